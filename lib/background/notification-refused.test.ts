/**
 * A browser that refuses the watch's notification (notifications.create() rejects: Chrome's does when
 * it can't load the icon, say): the scheduled scan is still saved and shown, the watch still decides,
 * and new controls it couldn't announce are announced by the next scan. (Firefox without a desktop
 * notification service doesn't reject: it closes the notification at once; see test/e2e/README.md.)
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import { createGraphSimulator } from '../../simulator/simulator';
import { applyTenantChange } from '../../simulator/tenant-changes';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import type { ControlResult } from '../engine/verdict/result';
import { noDeclarations } from '../engine/scan/declarations';
import { createScanControl } from '../scanner/scan-control';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { createScanRunner } from './scan-runner';
import { createToolbarBadge } from './toolbar-badge';
import { createWatchAlerts } from './watch-alerts';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** From now on notifications.create rejects. */
const refuseNotifications = () =>
  vi
    .spyOn(fakeBrowser.notifications, 'create')
    .mockRejectedValue(new Error('Notifications are not available on this system.'));
const shownNotifications = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

describe('the watch when the browser refuses its notification', () => {
  const mfa = controlResult({ id: 'entra-mfa', title: 'Require MFA', status: 'pass', score: 8, maxScore: 8 });
  const added = controlResult({ id: 'entra-new', title: 'New thing', status: 'pass', score: 3, maxScore: 3 });
  const tenant = { id: TENANT_ID, displayName: 'Contoso', cloud: 'global' as const };
  const scanAt = (controls: ControlResult[], at: string) => scanWith(controls, { scannedAt: at, tenant });

  test('the decision stands, and new controls it could not announce are announced by the next scan', async () => {
    const db = await openStore('refused-watch');
    const watch = createWatchAlerts({
      getDb: () => Promise.resolve(db),
      clock: () => Date.parse('2026-12-05T09:01:00.000Z'),
      showTenant: () => Promise.resolve(),
    });
    const before = scanAt([mfa], '2026-12-04T09:00:00.000Z');
    const refused = refuseNotifications();
    const decision = await watch.afterScheduledScan(before, scanAt([mfa, added], '2026-12-05T09:00:00.000Z'));
    expect(decision.notification?.message).toBe('1 new control: New thing, worth 3 points');
    expect(shownNotifications()).toEqual([]);

    refused.mockRestore(); // notifications work again
    await watch.afterScheduledScan(before, scanAt([mfa, added], '2026-12-06T09:00:00.000Z'));
    expect(shownNotifications().map((n) => n.message)).toEqual(['1 new control: New thing, worth 3 points']);
  });
});

test('a scheduled scan whose notification is refused is still saved and on the toolbar', async () => {
  const contosoTenant = contoso();
  const db = await openStore('refused-runner');
  const store = createScanStore(db);
  const watch = createWatchAlerts({
    getDb: () => Promise.resolve(db),
    clock: () => Date.now(),
    showTenant: () => Promise.resolve(),
  });
  const runner = createScanRunner({
    getStore: () => Promise.resolve(store),
    scanControl: createScanControl(),
    activeSession: () =>
      Promise.resolve({
        connection: { cloud: 'global' },
        account: { id: 'admin-account', tenantId: TENANT_ID },
        getToken: () => Promise.resolve('token'),
      }),
    noteMissingPermissions: () => Promise.resolve(),
    doh: () => Promise.resolve({}),
    declarations: () => Promise.resolve(noDeclarations),
    badge: createToolbarBadge({ signInExpired: () => Promise.resolve(false), scored: (s) => Promise.resolve(s) }),
    fetch: createGraphSimulator(contosoTenant).fetch,
    afterScheduledScan: watch.afterScheduledScan,
  });
  await runner.scanSignedInTenant(); // the admin's first scan: the tenant the pages and toolbar show
  const policy = contosoTenant.conditionalAccessPolicies.find(
    (p) => p.displayName === 'Require MFA for administrators',
  );
  applyTenantChange(contosoTenant, {
    kind: 'caPolicyState',
    policyId: policy!.id!,
    state: 'disabled',
    actor: { upn: 'alex@contoso.com' },
    at: new Date().toISOString(),
  });

  const refused = refuseNotifications();
  await runner.scanSignedInTenant({ background: true });
  // The watch asked to tell the drop; the browser said no; the scan is no less done.
  expect(refused).toHaveBeenCalledTimes(1);
  const [latest, first] = await store.history(TENANT_ID);
  expect(latest!.score.percent).toBeLessThan(first!.score.percent);
  expect(await fakeBrowser.action.getBadgeText({})).toBe(`${latest!.score.percent}`);
  expect(runner.isScanning()).toBe(false);
});
