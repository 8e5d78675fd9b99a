import { shownDate } from '../lib/engine/format/dates';
import type { AuthState, ScanEvery, ScanScheduleView } from '../lib/messaging/protocol';
import { missesAuditOnFree } from '../lib/scanner/scan-schedule';

const everyLabel: Record<ScanEvery, string> = { off: 'Off', hourly: 'Hourly', daily: 'Daily', weekly: 'Weekly' };

/** Background scans need an account to scan with: a saved app registration and a signed-in tenant. */
export const canScanInBackground = (auth: AuthState | null): boolean =>
  !!auth?.connection && !!auth.active && (auth.status === 'signedIn' || auth.status === 'consentNeeded');

/** What the schedule will do, said once: never a "Next scan" time while nothing could be scanned. */
export function scheduleText(schedule: ScanScheduleView, auth: AuthState | null): string {
  if (schedule.paused) return 'Paused: the sign-in expired. Sign in again to resume background scans.';
  if (schedule.nextAt === null) return 'Off: scans run only when you start one.';
  if (!canScanInBackground(auth))
    return `${everyLabel[schedule.every]} once a tenant is connected and signed in: nothing is scanned until then.`;
  return `Next scan: ${shownDate(schedule.nextAt)}. It uses a silent token and skips while the sign-in is expired.`;
}

/** The Connect page's "Background scans" section: how often, and what happens next. */
export function ScanSchedule({
  schedule,
  auth,
  onChange,
}: {
  schedule: ScanScheduleView;
  auth: AuthState | null;
  onChange?: (every: ScanEvery) => void;
}) {
  return (
    <section aria-labelledby="schedule">
      <h2 id="schedule">Background scans</h2>
      <p class="schedule-field">
        <label for="scan-every">How often to scan the signed-in tenant</label>
        <select
          id="scan-every"
          name="scanEvery"
          value={schedule.every}
          onChange={(e) => onChange?.(e.currentTarget.value as ScanEvery)}
        >
          {(Object.keys(everyLabel) as ScanEvery[]).map((k) => (
            <option key={k} value={k}>
              {everyLabel[k]}
            </option>
          ))}
        </select>
      </p>
      <p class="schedule-state">{scheduleText(schedule, auth)}</p>
      {missesAuditOnFree(schedule.every) && (
        <p class="schedule-hint">
          A tenant without Entra ID P1 keeps 7 days of audit log: weekly scans may miss who changed something. Daily
          keeps it covered.
        </p>
      )}
    </section>
  );
}
