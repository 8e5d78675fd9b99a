/**
 * One date style for every screen and the CLI: "4 Dec 2026, 23:45", a day alone as "4 Dec 2026", and
 * "2 h ago" where the distance matters more than the date. Machines' formats (JSON, CSV, JUnit) keep ISO.
 */

/**
 * Whose clock a date is shown on. The locale stays the product's English (en-GB: "4 Dec 2026, 23:45")
 * unless a caller says otherwise, so dates read like the sentences around them; the time zone is the
 * viewer's unless given.
 */
export interface DateZone {
  readonly locale?: string;
  readonly timeZone?: string;
}

const PRODUCT_LOCALE = 'en-GB';

/**
 * Text frozen into a scan (reasons, explanations) and the CLI's output read the same for everyone and in
 * every log: day-month-year, 24-hour clock, UTC, and said so.
 */
export const UTC_TEXT: DateZone = { locale: 'en-GB', timeZone: 'UTC' };

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** An ISO 8601 string as stored, or milliseconds since the epoch. */
export type When = string | number;

function format(when: When, zone: DateZone, options: Intl.DateTimeFormatOptions): string {
  const t = typeof when === 'number' ? when : Date.parse(when);
  // Shown as stored rather than as "Invalid Date": the reader sees what there is.
  if (!Number.isFinite(t)) return String(when);
  const named = zone.timeZone === 'UTC' && options.hour ? { timeZoneName: 'short' as const } : {};
  return new Intl.DateTimeFormat(zone.locale ?? PRODUCT_LOCALE, {
    ...options,
    ...named,
    timeZone: zone.timeZone,
  }).format(t);
}

/** "4 Dec 2026, 23:45" (in UTC, "4 Dec 2026, 23:45 UTC"); minutes are enough to tell scans apart. */
export const shownDate = (when: When, zone: DateZone = {}): string => format(when, zone, { ...DAY, ...TIME });

/** "4 Dec 2026": when only the day matters (Microsoft's daily measurements, review dates). */
export const shownDay = (when: When, zone: DateZone = {}): string => format(when, zone, DAY);

/** "just now", "5 min", "2 h", "3 days": a distance in milliseconds, rounded to the unit that reads best. */
export function spanText(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 36) return `${h} h`;
  const d = Math.round(h / 24);
  return `${d} day${d === 1 ? '' : 's'}`;
}

/** "2 h ago", "3 days ago", "just now": when something happened, relative to `now` (passed in: testable). */
export function relativeTime(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return 'at an unknown time';
  const span = spanText(ms);
  if (span === 'just now') return span;
  return ms < 0 ? `in ${span}` : `${span} ago`;
}

/** "2026-12-24" (a review date, a calendar day with no time) → "24 Dec 2026", the same day in every zone. */
export function shownCalendarDay(ymd: string, zone: DateZone = {}): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return ymd;
  return format(`${ymd}T00:00:00Z`, { ...zone, timeZone: 'UTC' }, DAY);
}

/** "1 – 14 Dec 2026", "28 Nov – 14 Dec 2026", one day as "14 Dec 2026": a run of days, from the earlier. */
export function shownDayRange(from: When, to: When, zone: DateZone = {}): string {
  const ms = (w: When): number => (typeof w === 'number' ? w : Date.parse(w));
  const [a, b] = [ms(from), ms(to)];
  // Shown as stored, each on its own, rather than a range that can't be made.
  if (!Number.isFinite(a) || !Number.isFinite(b) || a > b) return `${shownDay(from, zone)} – ${shownDay(to, zone)}`;
  const range = new Intl.DateTimeFormat(zone.locale ?? PRODUCT_LOCALE, { ...DAY, timeZone: zone.timeZone });
  // ICU puts thin spaces around the dash; plain ones read (and search) the same everywhere.
  return range.formatRange(a, b).replace(/[\u2009\u202f]/g, ' ');
}
