/**
 * The history chart's data, shaped without a browser: scans and Microsoft's days as one list of rows
 * (the table shows them as they are, the chart draws them), the range picker's filter, and the
 * series handed to the chart.
 */
import type { HistoryPoint } from '../lib/engine/history/history';
import type { ScorePoint } from '../lib/engine/secure-score/microsoft-verdict';
import { categories, type Category } from '../lib/engine/verdict/status';

export const DAY_MS = 86_400_000;

/** The range picker's choices: the last N days up to the newest row, or everything. */
export const historyRanges = [30, 90, 365, 'all'] as const;
export type HistoryRange = (typeof historyRanges)[number];

/** One moment on the chart and one row of its table: a scan of ours, a day Microsoft measured, or both. */
export interface HistoryRow {
  /** Milliseconds: the scan's time, or noon UTC of Microsoft's day when no scan of ours fell on it. */
  readonly time: number;
  /** The scan's ISO time; null on a day only Microsoft measured. */
  readonly scannedAt: string | null;
  /** The UTC calendar day, 'YYYY-MM-DD': Microsoft measures per UTC day. */
  readonly day: string;
  /** Posture Lens' percent; null on a day only Microsoft measured. */
  readonly lens: number | null;
  /** Microsoft Secure Score's percent that UTC day; null when Microsoft gave none. */
  readonly microsoft: number | null;
  /** Percent per category as the scan found it (null: no points available); null without a scan. */
  readonly byCategory: Readonly<Record<Category, number | null>> | null;
}

const dayOf = (iso: string): string => new Date(Date.parse(iso)).toISOString().slice(0, 10);

/**
 * Scans and Microsoft's days as rows, oldest first. Microsoft's percent joins every scan made on its
 * day; a day Microsoft measured without a scan of ours becomes a row of its own. Unparseable dates
 * are left out rather than drawn at 1970.
 */
export function historyRows(points: readonly HistoryPoint[], microsoft: readonly ScorePoint[]): HistoryRow[] {
  const microsoftByDay = new Map(
    microsoft.filter((m) => Number.isFinite(Date.parse(m.date))).map((m) => [dayOf(m.date), m.percent]),
  );
  const scans = points
    .filter((p) => Number.isFinite(Date.parse(p.scannedAt)))
    .map((p): HistoryRow => {
      const day = dayOf(p.scannedAt);
      return {
        time: Date.parse(p.scannedAt),
        scannedAt: p.scannedAt,
        day,
        lens: p.percent,
        microsoft: microsoftByDay.get(day) ?? null,
        byCategory: p.byCategory,
      };
    });
  const scanned = new Set(scans.map((r) => r.day));
  const microsoftOnly = [...microsoftByDay]
    .filter(([day]) => !scanned.has(day))
    .map(([day, percent]): HistoryRow => ({
      time: Date.parse(`${day}T12:00:00Z`),
      scannedAt: null,
      day,
      lens: null,
      microsoft: percent,
      byCategory: null,
    }));
  return [...scans, ...microsoftOnly].sort((a, b) => a.time - b.time);
}

/** The rows within `range` days of the newest one (all of them for 'all'), oldest first. */
export function rowsInRange(rows: readonly HistoryRow[], range: HistoryRange): HistoryRow[] {
  const newest = rows.at(-1);
  if (range === 'all' || !newest) return [...rows];
  const from = newest.time - range * DAY_MS;
  return rows.filter((r) => r.time >= from);
}

/** 90 days, unless the whole history is shorter: then 'all', which shows the same rows. */
export function defaultRange(rows: readonly HistoryRow[]): HistoryRange {
  const first = rows[0];
  const last = rows.at(-1);
  return first && last && last.time - first.time > 90 * DAY_MS ? 90 : 'all';
}

/** The categories some scan in `rows` has points in, in the engine's order. */
export const categoriesIn = (rows: readonly HistoryRow[]): Category[] =>
  categories.filter((c) => rows.some((r) => r.byCategory && r.byCategory[c] !== null));

/**
 * A line's values, one per row. `undefined` marks a row the line has nothing to say about (a
 * Microsoft-only day on our line): the line runs on across it. `null` marks a real gap (a scan that
 * found no points in a category): the line breaks there.
 */
export type LineValues = (number | null | undefined)[];

export interface ChartSeries {
  /** Seconds since the epoch, as uPlot's time scale counts. */
  readonly x: number[];
  readonly lens: LineValues;
  readonly microsoft: LineValues;
  readonly byCategory: Readonly<Record<Category, LineValues>>;
  /** The x range in seconds, a day wider each side so a lone scan sits inside the chart with its date. */
  readonly xRange: readonly [number, number];
}

export function chartSeries(rows: readonly HistoryRow[]): ChartSeries {
  const x = rows.map((r) => r.time / 1000);
  const first = x[0] ?? 0;
  const last = x.at(-1) ?? 0;
  return {
    x,
    lens: rows.map((r) => (r.scannedAt === null ? undefined : r.lens)),
    microsoft: rows.map((r) => r.microsoft ?? undefined),
    byCategory: Object.fromEntries(
      categories.map((c) => [c, rows.map((r) => (r.byCategory ? r.byCategory[c] : undefined))]),
    ) as Record<Category, LineValues>,
    xRange: [first - DAY_MS / 1000, last + DAY_MS / 1000],
  };
}
