import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import type { DispositionRecord } from '../engine/history/dispositions';
import type { ControlResult } from '../engine/verdict/result';
import { openStore } from '../store/open-store';
import { createWatchAlerts, notificationId } from './watch-alerts';

const TENANT = '11111111-2222-3333-4444-555555555555';
const mfa = controlResult({
  id: 'entra-mfa-admins-required',
  title: 'Require MFA for admins',
  status: 'pass',
  score: 8,
  maxScore: 8,
});
const scanOf = (controls: ControlResult[], at: string) =>
  scanWith(controls, { scannedAt: at, tenant: { id: TENANT, displayName: 'Contoso', cloud: 'global' } });
const before = scanOf([mfa], '2026-12-04T09:00:00.000Z');
const dropped = scanOf([{ ...mfa, status: 'fail', score: 0 }], '2026-12-05T09:00:00.000Z');

beforeEach(() => fakeBrowser.reset());

async function setup(name: string, records: DispositionRecord[] = []) {
  const db = await openStore(name);
  for (const r of records) await db.put('dispositions', r);
  const shown: string[] = [];
  const watch = createWatchAlerts({
    getDb: () => Promise.resolve(db),
    clock: () => Date.parse('2026-12-05T09:01:00.000Z'),
    showTenant: (id) => Promise.resolve(void shown.push(id)),
  });
  watch.start();
  /** The tabs opened since: what the admin sees after a click. */
  const opened = async () => (await fakeBrowser.tabs.query({})).flatMap((t) => (t.url ? [t.url] : []));
  return { watch, opened, shown };
}

const shownNotifications = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

describe('after a scheduled scan', () => {
  test('a drop raises one browser notification naming the control and the points', async () => {
    const { watch } = await setup('watch-drop');
    await watch.afterScheduledScan(before, dropped);
    expect(shownNotifications()).toEqual([
      expect.objectContaining({
        type: 'basic',
        title: 'Contoso: posture dropped',
        message: 'Require MFA for admins: −8 points (who: unknown, this scan didn’t read the audit log)',
      }),
    ]);
  });

  test("clicking it makes the tenant the one shown and opens the dashboard at the control's timeline", async () => {
    const { watch, opened, shown } = await setup('watch-click');
    await watch.afterScheduledScan(before, dropped);
    const [id] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    await fakeBrowser.notifications.onClicked.trigger(id!);
    // The listener returns at once (a browser event doesn't wait); the tab follows.
    await vi.waitFor(async () =>
      expect(await opened()).toEqual([
        'chrome-extension://test-extension-id/dashboard.html#control=entra-mfa-admins-required&view=timeline',
      ]),
    );
    expect(shown).toEqual([TENANT]);
    expect(shownNotifications()).toEqual([]);
  });

  test("a click on some other extension's notification id is ignored", async () => {
    const { opened } = await setup('watch-other-click');
    await fakeBrowser.notifications.onClicked.trigger('something-else|x|y');
    expect(await opened()).toEqual([]);
  });

  test('nothing notifies when the score held, or the tenant’s watch is off', async () => {
    const { watch } = await setup('watch-off');
    await watch.afterScheduledScan(before, scanOf([mfa], '2026-12-05T09:00:00.000Z'));
    await watch.setSettings(TENANT, { notify: false, threshold: { kind: 'anyDrop' } });
    await watch.afterScheduledScan(before, dropped);
    expect(shownNotifications()).toEqual([]);
  });

  test('a control the admin marked resolved by a third party does not alert when its measurement drops', async () => {
    const disposition = {
      kind: 'thirdParty' as const,
      recordedBy: 'sam@contoso.com',
      recordedAt: '2026-12-01T00:00:00.000Z',
    };
    const { watch } = await setup('watch-disposed', [
      { tenantId: TENANT, controlId: mfa.id, current: disposition, trail: [{ action: 'set', disposition }] },
    ]);
    await watch.afterScheduledScan(scanOf([{ ...mfa, status: 'partial', score: 4 }], before.scannedAt), dropped);
    expect(shownNotifications()).toEqual([]);
  });

  test('new controls notify once per tenant', async () => {
    const added = controlResult({ id: 'entra-new-enabled', title: 'New thing', status: 'pass', score: 3, maxScore: 3 });
    const { watch } = await setup('watch-new');
    const next = scanOf([mfa, added], '2026-12-05T09:00:00.000Z');
    await watch.afterScheduledScan(before, next);
    expect(shownNotifications().map((n) => n.message)).toEqual(['1 new control: New thing, worth 3 points']);
    await fakeBrowser.notifications.clear(notificationId(TENANT, added.id, next.scannedAt));
    // The same pair again (a scan before the new one was read, say): already announced.
    await watch.afterScheduledScan(before, scanOf([mfa, added], '2026-12-06T09:00:00.000Z'));
    expect(shownNotifications()).toEqual([]);
  });
});

describe('watch settings are per tenant and checked', () => {
  test('saved for one tenant only; an invalid choice is refused', async () => {
    const { watch } = await setup('watch-settings');
    const chosen = { notify: true, threshold: { kind: 'points' as const, points: 5 } };
    expect(await watch.setSettings(TENANT, chosen)).toEqual(chosen);
    expect(await watch.settings(TENANT)).toEqual(chosen);
    expect(await watch.settings('other-tenant')).toEqual({ notify: true, threshold: { kind: 'anyDrop' } });
    await expect(
      watch.setSettings(TENANT, { notify: true, threshold: { kind: 'points', points: -1 } }),
    ).rejects.toThrow('not valid');
  });
});
