import { beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuthState } from '../messaging/protocol';
import { SCHEDULED_SCAN_ALARM } from '../scanner/scan-schedule';
import { openStore } from '../store/open-store';
import { createScheduledScans, type ScheduledScansDeps } from './scheduled-scans';

const DAY = 24 * 60;
const account = { id: 'a', username: 'admin@contoso.com', name: 'Admin', tenantId: 't', tenantName: 'Contoso' };
const signedIn: AuthState = {
  status: 'signedIn',
  connection: null,
  redirectUri: 'https://x.chromiumapp.org/',
  accounts: [account],
  active: account,
  missingPermissions: [],
  problem: null,
};
const alarm = () => fakeBrowser.alarms.get(SCHEDULED_SCAN_ALARM);

beforeEach(() => fakeBrowser.reset());

interface Over {
  signInExpired?: () => Promise<boolean>;
  authState?: () => Promise<AuthState>;
  scanInBackground?: () => Promise<void>;
}

async function setup(name: string, over: Over = {}) {
  const db = await openStore(name);
  const scanInBackground = vi.fn(over.scanInBackground ?? (() => Promise.resolve()));
  const deps: ScheduledScansDeps = {
    getDb: () => Promise.resolve(db),
    auth: {
      paused: over.signInExpired ?? (() => Promise.resolve(false)),
      state: over.authState ?? (() => Promise.resolve(signedIn)),
    },
    scanInBackground,
  };
  /** The worker starting (again): a new service over the same database and alarms. */
  const start = async () => {
    const schedule = createScheduledScans(deps);
    await schedule.start();
    return schedule;
  };
  return { start, scanInBackground };
}

describe('the alarm follows the saved choice', () => {
  test('a new install scans daily: the alarm is set at start-up and shown as the next scan', async () => {
    const { start } = await setup('schedule-default');
    const schedule = await start();
    expect((await alarm())?.periodInMinutes).toBe(DAY);
    expect(await schedule.view()).toEqual({ every: 'daily', nextAt: (await alarm())!.scheduledTime, paused: false });
  });

  test('weekly sets a weekly alarm; off clears it and there is no next scan', async () => {
    const { start } = await setup('schedule-set');
    const schedule = await start();
    expect(await schedule.set('weekly')).toMatchObject({ every: 'weekly' });
    expect((await alarm())?.periodInMinutes).toBe(7 * DAY);
    expect(await schedule.set('off')).toEqual({ every: 'off', nextAt: null, paused: false });
    expect(await alarm()).toBeUndefined();
  });

  test('a restart keeps the alarm as it was, and puts it back if it went missing; off stays off', async () => {
    const { start } = await setup('schedule-restart');
    await (await start()).set('weekly');
    const before = await alarm();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    onTestFinished(() => create.mockRestore());
    await start();
    expect(create).not.toHaveBeenCalled();
    expect(await alarm()).toEqual(before);
    await fakeBrowser.alarms.clear(SCHEDULED_SCAN_ALARM);
    await start();
    expect((await alarm())?.periodInMinutes).toBe(7 * DAY);
    await (await start()).set('off');
    await start();
    expect(await alarm()).toBeUndefined();
  });

  test("each tenant keeps its own choice, hourly included, and the alarm follows the active account's tenant", async () => {
    let active = account;
    const { start } = await setup('schedule-per-tenant', {
      authState: () => Promise.resolve({ ...signedIn, active }),
    });
    const schedule = await start();
    expect(await schedule.set('hourly')).toMatchObject({ every: 'hourly' });
    expect((await alarm())?.periodInMinutes).toBe(60);
    active = { ...account, id: 'b', tenantId: 't2' };
    await schedule.follow();
    expect((await schedule.view()).every).toBe('daily');
    expect((await alarm())?.periodInMinutes).toBe(DAY);
    active = account;
    await schedule.follow();
    expect((await alarm())?.periodInMinutes).toBe(60);
  });

  test('the choice saved before it was per tenant holds for a tenant that never chose', async () => {
    const db = await openStore('schedule-legacy');
    await db.put('settings', { key: 'scanEvery', value: 'weekly' });
    const { start } = await setup('schedule-legacy');
    expect((await (await start()).view()).every).toBe('weekly');
    expect((await alarm())?.periodInMinutes).toBe(7 * DAY);
  });

  test('the view says when scans are paused for an expired sign-in', async () => {
    const { start } = await setup('schedule-paused', { signInExpired: () => Promise.resolve(true) });
    expect((await (await start()).view()).paused).toBe(true);
  });
});

describe('the alarm’s scan', () => {
  const ring = (name = SCHEDULED_SCAN_ALARM) =>
    fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: 0, persistAcrossSessions: true });

  test('the alarm scans the signed-in tenant in the background; another alarm does not', async () => {
    const { start, scanInBackground } = await setup('schedule-ring');
    await start();
    await ring('something-else');
    expect(scanInBackground).not.toHaveBeenCalled();
    await ring();
    await vi.waitFor(() => expect(scanInBackground).toHaveBeenCalledTimes(1));
  });

  test('signed in: scanned; a failed scan says failed', async () => {
    const { start } = await setup('schedule-outcome');
    expect(await (await start()).scheduledScan()).toBe('scanned');
    const failing = await setup('schedule-outcome-failed', {
      scanInBackground: () => Promise.reject(new Error('offline')),
    });
    expect(await (await failing.start()).scheduledScan()).toBe('failed');
  });

  test('paused while the sign-in is expired, and after a scan whose token turned out expired', async () => {
    const expired = await setup('schedule-expired', { signInExpired: () => Promise.resolve(true) });
    expect(await (await expired.start()).scheduledScan()).toBe('paused');
    expect(expired.scanInBackground).not.toHaveBeenCalled();
    let nowExpired = false;
    const turned = await setup('schedule-turned-expired', {
      signInExpired: () => Promise.resolve(nowExpired),
      scanInBackground: () => Promise.reject(new Error((nowExpired = true) && 'expired')),
    });
    expect(await (await turned.start()).scheduledScan()).toBe('paused');
  });

  test('nobody signed in, or a sign-in under way: nothing is scanned', async () => {
    const out = await setup('schedule-signed-out', {
      authState: () => Promise.resolve({ ...signedIn, accounts: [], active: null, status: 'signedOut' }),
    });
    expect(await (await out.start()).scheduledScan()).toBe('signedOut');
    const during = await setup('schedule-signing-in', {
      authState: () => Promise.resolve({ ...signedIn, status: 'signingIn' }),
    });
    expect(await (await during.start()).scheduledScan()).toBe('signedOut');
    expect(out.scanInBackground).not.toHaveBeenCalled();
    expect(during.scanInBackground).not.toHaveBeenCalled();
  });
});
