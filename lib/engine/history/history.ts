import { sameDeclarations } from '../scan/declarations-summary';
import { diffScans, type ControlChange } from './diff';
import type { ScanResult } from '../scan/run-scan';
import { categories, type Category } from '../verdict/status';

export interface HistoryPoint {
  readonly scannedAt: string;
  readonly percent: number;
  readonly achieved: number;
  readonly available: number;
  /** Percent per category; null where the category had no points available. */
  readonly byCategory: Readonly<Record<Category, number | null>>;
}

export interface HistoryView {
  /** Oldest first, for charts. */
  readonly points: readonly HistoryPoint[];
  /** What changed from the previous scan to the latest, regressions first. */
  readonly changes: readonly ControlChange[];
  readonly previousScannedAt: string | null;
  /** The two scans compared were judged against different declarations: some changes may come from them. */
  readonly declarationsChanged?: boolean;
}

/** The dashboard's history: score over time, and what the latest scan changed. */
export function historyView(scansNewestFirst: readonly ScanResult[]): HistoryView {
  const [latest, previous] = scansNewestFirst;
  const points = [...scansNewestFirst].reverse().map((s): HistoryPoint => ({
    scannedAt: s.scannedAt,
    percent: s.score.percent,
    achieved: s.score.achieved,
    available: s.score.available,
    byCategory: Object.fromEntries(
      categories.map((c) => {
        const p = s.summary.byCategory[c];
        return [c, p.available > 0 ? p.percent : null];
      }),
    ) as Record<Category, number | null>,
  }));
  return {
    points,
    changes: latest && previous ? diffScans(previous, latest) : [],
    previousScannedAt: previous?.scannedAt ?? null,
    ...(latest && previous
      ? { declarationsChanged: !sameDeclarations(previous.declarations, latest.declarations) }
      : {}),
  };
}
