import { afterEach, describe, expect, test } from 'vitest';
import type { AlertRecord } from '../engine/watch/alert-record';
import { createAlertStore, MAX_ALERT_DAYS, MAX_ALERTS } from './alert-store';
import { openStore, type StoreDb } from './open-store';

const CONTOSO = '11111111-1111-1111-1111-111111111111';
const FABRIKAM = '22222222-2222-2222-2222-222222222222';
const NOW = Date.parse('2026-12-05T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;

function alert(tenantId: string, hoursAgo: number, title = 'Contoso: posture dropped'): AlertRecord {
  const at = new Date(NOW - hoursAgo * HOUR).toISOString();
  return {
    tenantId,
    tenantName: tenantId === CONTOSO ? 'Contoso' : 'Fabrikam',
    raisedAt: at,
    scannedAt: at,
    title,
    message: 'Require MFA for admins: −8 points, by alex@contoso.com at 14:02 · and 1 more',
    controlId: 'entra-mfa-admins-required',
    findings: [
      {
        kind: 'regression',
        controlId: 'entra-mfa-admins-required',
        title: 'Require MFA for admins',
        pointsLost: 8,
        what: 'Require MFA for admins: −8 points',
        by: { actor: 'alex@contoso.com', at },
        unnamed: null,
        notified: true,
      },
    ],
  };
}

let db: StoreDb | undefined;
afterEach(() => db?.close());
async function open(name: string) {
  db = await openStore(`alert-store-${name}`);
  return { db, store: createAlertStore(db) };
}
const times = (alerts: readonly AlertRecord[]) => alerts.map((a) => a.scannedAt);

describe('the alerts the watch raised', () => {
  test('are listed newest first, everything kept as it was stored', async () => {
    const { store } = await open('order');
    await store.save(alert(CONTOSO, 48), NOW);
    await store.save(alert(CONTOSO, 1), NOW);
    await store.save(alert(CONTOSO, 24), NOW);
    const { alerts, unreadable } = await store.forTenant(CONTOSO);
    expect(times(alerts)).toEqual([alert(CONTOSO, 1), alert(CONTOSO, 24), alert(CONTOSO, 48)].map((a) => a.scannedAt));
    expect(alerts[0]).toEqual(alert(CONTOSO, 1));
    expect(unreadable).toBe(0);
  });

  test("each tenant's alerts stay its own", async () => {
    const { store } = await open('tenants');
    await store.save(alert(CONTOSO, 2), NOW);
    await store.save(alert(FABRIKAM, 1, 'Fabrikam: posture dropped'), NOW);
    expect((await store.forTenant(CONTOSO)).alerts.map((a) => a.title)).toEqual(['Contoso: posture dropped']);
    expect((await store.forTenant(FABRIKAM)).alerts.map((a) => a.title)).toEqual(['Fabrikam: posture dropped']);
    expect((await store.forTenant('33333333-3333-3333-3333-333333333333')).alerts).toEqual([]);
  });

  test('an alert filed under one tenant that says it is another’s is not shown as either', async () => {
    const { db, store } = await open('misfiled');
    await db.put('settings', {
      key: `watchAlerts:${CONTOSO}|${alert(FABRIKAM, 1).scannedAt}`,
      value: alert(FABRIKAM, 1),
    });
    expect(await store.forTenant(CONTOSO)).toEqual({ alerts: [], unreadable: 1 });
    expect((await store.forTenant(FABRIKAM)).alerts).toEqual([]);
  });

  test(`are bounded per tenant: the newest ${MAX_ALERTS}, none older than ${MAX_ALERT_DAYS} days`, async () => {
    const { store } = await open('bounded');
    await store.save(alert(FABRIKAM, 5), NOW);
    for (let h = MAX_ALERTS + 10; h >= 1; h--) await store.save(alert(CONTOSO, h), NOW);
    const kept = (await store.forTenant(CONTOSO)).alerts;
    expect(kept).toHaveLength(MAX_ALERTS);
    expect(kept[0]?.scannedAt).toBe(alert(CONTOSO, 1).scannedAt);
    expect(kept.at(-1)?.scannedAt).toBe(alert(CONTOSO, MAX_ALERTS).scannedAt);
    // Another tenant's alerts are not counted against this one's bound.
    expect((await store.forTenant(FABRIKAM)).alerts).toHaveLength(1);

    const old = await open('aged');
    await old.store.save(alert(CONTOSO, MAX_ALERT_DAYS * 24 + 1), NOW);
    await old.store.save(alert(CONTOSO, MAX_ALERT_DAYS * 24 - 1), NOW);
    await old.store.save(alert(CONTOSO, 1), NOW);
    expect(times((await old.store.forTenant(CONTOSO)).alerts)).toEqual(
      [alert(CONTOSO, 1), alert(CONTOSO, MAX_ALERT_DAYS * 24 - 1)].map((a) => a.scannedAt),
    );
  });

  test('a corrupt record is skipped and counted, the others shown, and it is left in place', async () => {
    const { db, store } = await open('corrupt');
    await store.save(alert(CONTOSO, 3), NOW);
    const key = `watchAlerts:${CONTOSO}|${new Date(NOW - 2 * HOUR).toISOString()}`;
    await db.put('settings', { key, value: 'garbage' });
    await db.put('settings', {
      key: `watchAlerts:${CONTOSO}|x`,
      value: { ...alert(CONTOSO, 1), findings: [{ kind: 'rumour' }] },
    });
    await store.save(alert(CONTOSO, 1), NOW);
    const { alerts, unreadable } = await store.forTenant(CONTOSO);
    expect(times(alerts)).toEqual([alert(CONTOSO, 1), alert(CONTOSO, 3)].map((a) => a.scannedAt));
    expect(unreadable).toBe(2);
    expect((await db.get('settings', key))?.value).toBe('garbage');
  });
});
