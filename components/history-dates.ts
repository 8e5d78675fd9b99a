/**
 * The history chart's dates, in the reader's locale and time zone through Intl: "4 Dec 2026, 23:45" for
 * a scan, "23 Nov 2026" for a day Microsoft measured, "4 Dec" or "Dec 2026" on the axis.
 */

/** Where and how dates are read; both default to the browser's. Tests pin them. */
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
  const moment = new Intl.DateTimeFormat(settings.locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  });
  // A day is a label, not a moment: read it in UTC so it never shifts to the day before or after.
  const day = new Intl.DateTimeFormat(settings.locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dayTick = new Intl.DateTimeFormat(settings.locale, { day: 'numeric', month: 'short', ...zone });
  const monthTick = new Intl.DateTimeFormat(settings.locale, { month: 'short', year: 'numeric', ...zone });
  return {
    moment: (ms) => moment.format(ms),
    day: (d) => day.format(Date.parse(`${d}T00:00:00Z`)),
    tick: (ms, monthly) => (monthly ? monthTick : dayTick).format(ms),
  };
}
