import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import type { ControlResult } from '../engine/verdict/result';
import { openStore } from '../store/open-store';
import { recentAlertsHandlers } from './recent-alerts';
import { createWatchAlerts } from './watch-alerts';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER = '99999999-2222-3333-4444-555555555555';
const mfa = controlResult({
  id: 'entra-mfa-admins-required',
  title: 'Require MFA for admins',
  status: 'pass',
  score: 8,
  maxScore: 8,
});
const scanOf = (controls: ControlResult[], at: string, id = TENANT) =>
  scanWith(controls, {
    scannedAt: at,
    tenant: { id, displayName: id === TENANT ? 'Contoso' : 'Fabrikam', cloud: 'global' },
  });
const before = scanOf([mfa], '2026-12-04T09:00:00.000Z');
const dropped = scanOf([{ ...mfa, status: 'fail', score: 0 }], '2026-12-05T09:00:00.000Z');

beforeEach(() => fakeBrowser.reset());

async function setup(name: string, active: string | null = TENANT) {
  const db = await openStore(name);
  const getDb = () => Promise.resolve(db);
  const watch = createWatchAlerts({
    getDb,
    clock: () => Date.parse('2026-12-05T09:01:00.000Z'),
    showTenant: () => Promise.resolve(),
  });
  const { getAlerts } = recentAlertsHandlers({
    getDb,
    scans: () => Promise.resolve({ activeTenantId: () => Promise.resolve(active ?? undefined) }),
  });
  return { db, watch, alerts: () => getAlerts(null, {}) };
}

describe('Recent alerts: what the watch raised, answered for the tenant shown', () => {
  test('a scheduled scan that notifies keeps the alert as sent, with its findings', async () => {
    const { watch, alerts } = await setup('recent-kept');
    await watch.afterScheduledScan(before, dropped);
    const [sent] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    const view = await alerts();
    expect(view).toMatchObject({ tenantId: TENANT, unreadable: 0 });
    expect(view.alerts).toHaveLength(1);
    expect(view.alerts[0]).toMatchObject({
      title: sent?.title,
      message: sent?.message,
      raisedAt: '2026-12-05T09:01:00.000Z',
      scannedAt: dropped.scannedAt,
      findings: [{ controlId: mfa.id, what: 'Require MFA for admins: −8 points', pointsLost: 8, notified: true }],
    });
  });

  test('nothing notified, nothing kept; another tenant’s alerts are not this one’s', async () => {
    const { watch, alerts } = await setup('recent-others');
    await watch.afterScheduledScan(before, scanOf([mfa], '2026-12-05T09:00:00.000Z'));
    await watch.afterScheduledScan(
      scanOf([mfa], '2026-12-04T09:00:00.000Z', OTHER),
      scanOf([{ ...mfa, status: 'fail', score: 0 }], '2026-12-05T09:00:00.000Z', OTHER),
    );
    expect(await alerts()).toEqual({ tenantId: TENANT, alerts: [], unreadable: 0 });
  });

  test('a corrupt stored alert breaks neither the watch nor the list', async () => {
    const { db, watch, alerts } = await setup('recent-corrupt');
    await db.put('settings', { key: `watchAlerts:${TENANT}|2026-12-04T09:00:00.000Z`, value: { title: 42 } });
    await watch.afterScheduledScan(before, dropped);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
    const view = await alerts();
    expect(view.alerts.map((a) => a.scannedAt)).toEqual([dropped.scannedAt]);
    expect(view.unreadable).toBe(1);
  });

  test('before any tenant is shown, there is none to list', async () => {
    const { alerts } = await setup('recent-none', null);
    expect(await alerts()).toEqual({ tenantId: null, alerts: [], unreadable: 0 });
  });
});
