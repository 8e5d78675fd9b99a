import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanResult } from '../engine/scan/run-scan';
import type { ScanScheduleView } from '../messaging/protocol';
import type { ScanEvery } from '../scanner/scan-schedule';
import { createCustomerTenants } from '../store/customer-tenants';
import { openStore } from '../store/open-store';
import { CUSTOMER_SCANS_ALARM, createCustomerSchedules, scheduleOfShownTenant } from './customer-schedules';

const A = 'f1ee7000-0000-4000-8000-000000000001';
const B = 'f1ee7000-0000-4000-8000-000000000002';
const NOW = Date.parse('2026-12-05T10:00:00Z');
const HOUR = 3_600_000;
const alarm = () => fakeBrowser.alarms.get(CUSTOMER_SCANS_ALARM);

beforeEach(() => fakeBrowser.reset());

/** Customer tenants A and B; `scannedAt`: each one's last scan. */
async function setup(name: string, scannedAt: Record<string, number> = {}, paused = false) {
  const db = await openStore(name);
  const customers = createCustomerTenants(() => Promise.resolve(db));
  for (const tenantId of [A, B])
    await customers.put({
      tenantId,
      name: tenantId,
      domain: null,
      accountId: 'partner',
      source: 'added',
      addedAt: '2026-12-01T00:00:00.000Z',
      addedBy: 'admin@partner.example',
    });
  const queued: [readonly string[], { concurrency: number; background: boolean }][] = [];
  let now = NOW;
  const schedules = createCustomerSchedules({
    getDb: () => Promise.resolve(db),
    customers,
    getStore: () =>
      Promise.resolve({
        latestScan: (tid: string) =>
          Promise.resolve(
            scannedAt[tid] === undefined
              ? undefined
              : ({ scannedAt: new Date(scannedAt[tid]).toISOString() } as unknown as ScanResult),
          ),
      }),
    paused: () => Promise.resolve(paused),
    scan: (ids, opts) => Promise.resolve(void queued.push([ids, opts])),
    clock: () => now,
  });
  return { schedules, queued, later: (ms: number) => (now += ms) };
}

test('adding customer tenants starts no background scan: each is off until its own schedule is chosen', async () => {
  const { schedules, queued } = await setup('customer-schedules-off');
  await schedules.start();
  expect(await alarm()).toBeUndefined();
  expect(await schedules.scanDue()).toEqual([]);
  expect(queued).toEqual([]);
  expect(await schedules.view(A)).toEqual({ every: 'off', nextAt: null, paused: false });
});

test('a tenant whose own choice is due is queued as a scheduled scan, three at a time; one scanned recently waits', async () => {
  const { schedules, queued, later } = await setup('customer-schedules-due', { [B]: NOW - HOUR });
  await schedules.set(A, 'daily');
  await schedules.set(B, 'daily');
  expect((await alarm())?.periodInMinutes).toBe(60);
  expect(await schedules.scanDue()).toEqual([A]);
  expect(queued).toEqual([[[A], { concurrency: 3, background: true }]]);
  later(23 * HOUR);
  expect(await schedules.scanDue()).toEqual([A, B]);
});

test('the next scan shown is the first hourly check after the tenant is due', async () => {
  const { schedules } = await setup('customer-schedules-next', { [A]: NOW });
  const view = await schedules.set(A, 'daily');
  const check = (await alarm())!.scheduledTime;
  expect(view.every).toBe('daily');
  expect(view.nextAt).toBeGreaterThanOrEqual(NOW + 24 * HOUR - 5 * 60_000);
  expect((view.nextAt! - check) % HOUR).toBe(0);
});

test('while the sign-in is expired nothing is queued; all back to off, the alarm goes', async () => {
  const { schedules, queued } = await setup('customer-schedules-paused', {}, true);
  await schedules.set(A, 'hourly');
  expect(await schedules.scanDue()).toEqual([]);
  expect(queued).toEqual([]);
  await schedules.set(A, 'off');
  expect(await alarm()).toBeUndefined();
});

test('the schedule control edits the shown tenant’s choice: a customer tenant’s own, never the signed-in tenant’s', async () => {
  const { schedules } = await setup('customer-schedules-shown');
  const signedInSet: ScanEvery[] = [];
  const signedInView: ScanScheduleView = { every: 'daily', nextAt: null, paused: false };
  let shown: string | null = A;
  const control = scheduleOfShownTenant({
    signedIn: {
      view: () => Promise.resolve(signedInView),
      set: (every) => Promise.resolve(void signedInSet.push(every)).then(() => signedInView),
    },
    customers: schedules,
    shownCustomer: () => Promise.resolve(shown),
  });
  expect((await control.set('weekly')).every).toBe('weekly');
  expect(signedInSet).toEqual([]);
  expect((await schedules.view(B)).every).toBe('off');
  shown = null;
  expect(await control.view()).toEqual(signedInView);
  await control.set('hourly');
  expect(signedInSet).toEqual(['hourly']);
  expect((await schedules.view(A)).every).toBe('weekly');
});
