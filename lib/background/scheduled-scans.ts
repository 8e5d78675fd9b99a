/**
 * Settings › Scan schedule: the saved choice (daily by default), the chrome.alarms alarm that matches
 * it, and the scan that alarm starts. The alarm survives the worker stopping; `start` registers its
 * listener at start-up, as MV3 requires, so the alarm wakes a stopped worker into it.
 */
import { browser } from 'wxt/browser';
import type { ScanScheduleView } from '../messaging/protocol';
import { periodMinutes, SCHEDULED_SCAN_ALARM, scanEveryOf, type ScanEvery } from '../scanner/scan-schedule';
import type { StoreDb } from '../store/open-store';
import type { AuthPort } from './auth-port';

const SCAN_EVERY = 'scanEvery';

export interface ScheduledScansDeps {
  getDb(): Promise<StoreDb>;
  /** `paused`: the active account's sign-in expired, so scheduled scans wait until the user signs in again. */
  auth: Pick<AuthPort, 'paused' | 'state'>;
  /** Scans the active account's tenant in the background; throws when the scan failed. */
  scanInBackground(): Promise<void>;
}

export type ScheduledScanOutcome = 'scanned' | 'paused' | 'signedOut' | 'failed';

export function createScheduledScans(deps: ScheduledScansDeps) {
  async function every(): Promise<ScanEvery> {
    return scanEveryOf((await (await deps.getDb()).get('settings', SCAN_EVERY))?.value);
  }

  async function view(): Promise<ScanScheduleView> {
    const [chosen, alarm, paused] = await Promise.all([
      every(),
      browser.alarms.get(SCHEDULED_SCAN_ALARM),
      deps.auth.paused(),
    ]);
    return { every: chosen, nextAt: alarm?.scheduledTime ?? null, paused };
  }

  /** Makes the alarm match the saved choice (kept across restarts; created again if it went missing). */
  async function apply(chosen: ScanEvery, opts: { restart: boolean }): Promise<void> {
    const period = periodMinutes(chosen);
    const alarm = await browser.alarms.get(SCHEDULED_SCAN_ALARM);
    if (period === null) {
      if (alarm) await browser.alarms.clear(SCHEDULED_SCAN_ALARM);
      return;
    }
    if (alarm && alarm.periodInMinutes === period && !opts.restart) return;
    await browser.alarms.create(SCHEDULED_SCAN_ALARM, { delayInMinutes: period, periodInMinutes: period });
  }

  /**
   * The alarm's scan. Skipped while the sign-in is expired (the badge already says `!`): a token
   * that fails here records why, which sets the badge and pauses the next ones until a sign-in.
   */
  async function scheduledScan(): Promise<ScheduledScanOutcome> {
    if (await deps.auth.paused()) return 'paused';
    const s = await deps.auth.state();
    if (!s.active || s.status === 'signingIn') return 'signedOut';
    try {
      await deps.scanInBackground();
      return 'scanned';
    } catch {
      return (await deps.auth.paused()) ? 'paused' : 'failed';
    }
  }

  return {
    view,
    scheduledScan,

    /** Saves the choice and sets the alarm again from now (or clears it). */
    async set(chosen: ScanEvery): Promise<ScanScheduleView> {
      await (await deps.getDb()).put('settings', { key: SCAN_EVERY, value: chosen });
      await apply(chosen, { restart: true });
      return view();
    },

    /**
     * At worker start-up: listens for the alarm (synchronously, before any await), then puts the alarm
     * back if it went missing; resolves when it has.
     */
    start(): Promise<void> {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === SCHEDULED_SCAN_ALARM) void scheduledScan();
      });
      return every().then(
        (chosen) => apply(chosen, { restart: false }),
        () => undefined,
      );
    },
  };
}
