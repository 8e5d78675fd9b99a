/**
 * The history chart's dates in the product's one style (lib/engine/format/dates.ts), in the reader's time
 * zone: "4 Dec 2026, 23:45" for a scan, "23 Nov 2026" for a day Microsoft measured, "4 Dec" or "Dec 2026"
 * on the axis.
 */
import { shownDate, shownDay } from '../lib/engine/format/dates';

/** Where dates are read: the product's English and the browser's time zone unless given. Tests pin them. */
export interface DateSettings {
  readonly locale?: string;
  readonly timeZone?: string;
}

export interface HistoryDates {
  /** A scan's moment: "4 Dec 2026, 23:45". */
  readonly moment: (ms: number) => string;
  /** A calendar day given as 'YYYY-MM-DD' (Microsoft's days are UTC days): "23 Nov 2026". */
  readonly day: (day: string) => string;
  /** An axis tick: "4 Dec" when ticks are days or weeks apart, "Dec 2026" when months apart. */
  readonly tick: (ms: number, monthly: boolean) => string;
}

export function historyDates(settings: DateSettings = {}): HistoryDates {
  const zone = settings.timeZone ? { timeZone: settings.timeZone } : {};
  // The axis ticks in the product's English, like every other date (lib/engine/format/dates.ts).
  const locale = settings.locale ?? 'en-GB';
  const dayTick = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...zone });
  const monthTick = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', ...zone });
  return {
    moment: (ms) => shownDate(ms, settings),
    // A day is a label, not a moment: read it in UTC so it never shifts to the day before or after.
    day: (d) => shownDay(`${d}T00:00:00Z`, { ...settings, timeZone: 'UTC' }),
    tick: (ms, monthly) => (monthly ? monthTick : dayTick).format(ms),
  };
}
