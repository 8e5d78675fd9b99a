/**
 * Settings › Scan schedule: the saved choice (daily by default), the chrome.alarms alarm that matches
 * it, and the scan that alarm starts. The alarm survives the worker stopping; `start` registers its
 * listener at start-up, as MV3 requires, so the alarm wakes a stopped worker into it.
 *
 * The choice is per tenant (issue 15): background scans scan the active account's tenant, so the one
 * alarm follows that tenant's choice, and `follow` sets it again when another account becomes active.
 * A tenant that never chose has the choice saved before it was per tenant, else daily.
 */
import { browser } from 'wxt/browser';
import type { ScanScheduleView } from '../messaging/protocol';
import { periodMinutes, SCHEDULED_SCAN_ALARM, scanEveryOf, type ScanEvery } from '../scanner/scan-schedule';
import type { StoreDb } from '../store/open-store';
import type { AuthPort } from './auth-port';

const SCAN_EVERY = 'scanEvery';
const tenantKey = (tenantId: string): string => `${SCAN_EVERY}:${tenantId}`;

export interface ScheduledScansDeps {
  getDb(): Promise<StoreDb>;
  /** `paused`: the active account's sign-in expired, so scheduled scans wait until the user signs in again. */
  auth: Pick<AuthPort, 'paused' | 'state'>;
  /** Scans the active account's tenant in the background; throws when the scan failed. */
  scanInBackground(): Promise<void>;
}

export type ScheduledScanOutcome = 'scanned' | 'paused' | 'signedOut' | 'failed';

/** Where the choice is kept: the active account's tenant's key, or the shared one while nobody is signed in. */
async function choiceKey(deps: ScheduledScansDeps): Promise<{ own: string | null; shared: string }> {
  const tenantId = (await deps.auth.state()).active?.tenantId;
  return { own: tenantId ? tenantKey(tenantId) : null, shared: SCAN_EVERY };
}

async function savedEvery(deps: ScheduledScansDeps): Promise<ScanEvery> {
  const db = await deps.getDb();
  const { own, shared } = await choiceKey(deps);
  const chosen = own ? (await db.get('settings', own))?.value : undefined;
  return scanEveryOf(chosen ?? (await db.get('settings', shared))?.value);
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

export function createScheduledScans(deps: ScheduledScansDeps) {
  const every = () => savedEvery(deps);

  async function view(): Promise<ScanScheduleView> {
    const [chosen, alarm, paused] = await Promise.all([
      every(),
      browser.alarms.get(SCHEDULED_SCAN_ALARM),
      deps.auth.paused(),
    ]);
    return { every: chosen, nextAt: alarm?.scheduledTime ?? null, paused };
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
      const { own, shared } = await choiceKey(deps);
      await (await deps.getDb()).put('settings', { key: own ?? shared, value: chosen });
      await apply(chosen, { restart: true });
      return view();
    },

    /** Sets the alarm to the active tenant's choice, when another account became active (kept if it matches). */
    follow: async (): Promise<void> => apply(await every(), { restart: false }),

    /**
     * At worker start-up: listens for the alarm (synchronously, before any await), then puts the alarm
     * back if it went missing; resolves when it has.
     */
    start(): Promise<void> {
      browser.alarms.onAlarm.addListener((alarm) => {
        // After the scan, the alarm follows the tenant scanned next (the active account may have changed).
        if (alarm.name === SCHEDULED_SCAN_ALARM)
          void scheduledScan()
            .then(() => every())
            .then((chosen) => apply(chosen, { restart: false }))
            .catch(() => undefined);
      });
      return every().then(
        (chosen) => apply(chosen, { restart: false }),
        () => undefined,
      );
    },
  };
}
