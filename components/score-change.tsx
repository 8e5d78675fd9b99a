import type { AppState } from '../lib/messaging/protocol';

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const hourMinute = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** When an earlier scan ran, in the reader's calendar: "09:12" (today), "yesterday", "2 Dec", "2 Dec 2025". */
export function sinceWhen(iso: string, now: number): string {
  const then = new Date(iso);
  const today = new Date(now);
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (then.toDateString() === today.toDateString()) return hourMinute.format(then);
  if (then.toDateString() === yesterday.toDateString()) return 'yesterday';
  return (then.getFullYear() === today.getFullYear() ? dayMonth : dayMonthYear).format(then);
}

/** "+8 since yesterday", "−3 since 2 Dec", "No change since 09:12": percentage points since the scan before. */
export function scoreChangeText(percent: number, previous: NonNullable<AppState['previous']>, now: number): string {
  const delta = Math.round(percent - previous.percent);
  const since = `since ${sinceWhen(previous.scannedAt, now)}`;
  if (delta === 0) return `No change ${since}`;
  // A real minus sign, as the issue and the dashboard write a fall.
  return `${delta > 0 ? '+' : '\u2212'}${Math.abs(delta)} ${since}`;
}

/** The change in score since the scan before; nothing when there is only one scan. */
export function ScoreChange({
  percent,
  previous,
  now,
}: {
  percent: number;
  previous: AppState['previous'];
  now: number;
}) {
  if (!previous) return null;
  const delta = Math.round(percent - previous.percent);
  return (
    <p
      class="score-change"
      data-trend={delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat'}
      title={`The scan before scored ${previous.percent}%`}
    >
      {scoreChangeText(percent, previous, now)}
    </p>
  );
}
