/**
 * One tenant's scores on the Tenants overview, from its own scans and its own dispositions: the latest
 * scan as its dashboard shows it, the change since the scan before, the 90-day line and what regressed.
 * Pure: the background reads the store and hands the scans in.
 */
import { diffScans } from '../history/diff';
import { applyDispositions, dispositionsAt, type DisposedScan, type DispositionRecord } from '../history/dispositions';
import type { ScanResult } from '../scan/run-scan';
import { bandOf } from '../score/score-band';
import { frameworks, lensScore, type FrameworkId } from '../score/frameworks';
import { categories, type Category } from '../verdict/status';
import type { TenantRow } from '../../messaging/partner-protocol';
import { licenceText } from './licence-tier';

/** The part of a TenantRow its scans decide. */
export type TenantScores = Pick<TenantRow, 'latest' | 'change' | 'sparkline' | 'worstRegression' | 'regressions'>;

export const noScores: TenantScores = {
  latest: null,
  change: null,
  sparkline: [],
  worstRegression: null,
  regressions: 0,
};

const mineOf = (scan: ScanResult, records: readonly DispositionRecord[]) =>
  records.filter((r) => r.tenantId === scan.tenant.id);

// Third party and alternate mitigation resolve a failing control; planned and risk accepted leave it failing.
const isFailing = (c: DisposedScan['controls'][number]): boolean =>
  c.status === 'fail' &&
  !(c.disposition?.applies && (c.disposition.kind === 'thirdParty' || c.disposition.kind === 'alternateMitigation'));

/**
 * Each scan with its tenant's dispositions, as the dashboard's history scores them: the latest with
 * today's, an older one with those in force at its own time (a review current then earned its points then).
 */
export function scoredScans(
  newestFirst: readonly ScanResult[],
  records: readonly DispositionRecord[],
  now: string,
): DisposedScan[] {
  return newestFirst.map((scan, i) => {
    const mine = mineOf(scan, records);
    return i === 0
      ? applyDispositions(scan, mine, now)
      : applyDispositions(scan, dispositionsAt(mine, scan.scannedAt), scan.scannedAt);
  });
}

function latestOf(scan: DisposedScan): NonNullable<TenantRow['latest']> {
  const byCategory = Object.fromEntries(
    categories.map((c) => {
      const p = scan.summary.byCategory[c];
      return [c, p.available > 0 ? p.percent : null];
    }),
  ) as Record<Category, number | null>;
  const byFramework = Object.fromEntries(
    frameworks.map((f) => {
      const p = lensScore(scan.controls, f.id);
      return [f.id, p.available > 0 ? p.percent : null];
    }),
  ) as Record<FrameworkId, number | null>;
  return {
    scannedAt: scan.scannedAt,
    percent: scan.score.percent,
    achieved: scan.score.achieved,
    available: scan.score.available,
    band: bandOf(scan.score.percent),
    failing: scan.controls.filter(isFailing).length,
    byCategory,
    byFramework,
    licence: licenceText(scan.licences),
  };
}

/** A point of the 90-day line: a scan's score with the dispositions in force at its own time. */
export interface LinePoint {
  readonly at: string;
  readonly percent: number;
}

/**
 * What decides an older scan's point besides the scan itself: the dispositions in force at its time.
 * Equal fingerprints, equal points, so a point kept from an earlier read stays good until they differ.
 */
export function dispositionsFingerprint(records: readonly DispositionRecord[], at: string): string {
  return [...dispositionsAt(records, at)]
    .map(([id, d]) => `${id}:${d.kind}:${d.recordedAt}`)
    .sort()
    .join('|');
}

/** An older scan's point on the line (scored with the dispositions of its time, as the history chart does). */
export function linePointOf(scan: ScanResult, records: readonly DispositionRecord[]): LinePoint {
  const scored = applyDispositions(scan, dispositionsAt(mineOf(scan, records), scan.scannedAt), scan.scannedAt);
  return { at: scan.scannedAt, percent: scored.score.percent };
}

/**
 * The row's scores from one tenant's newest scans (newest first: the latest and the one before it are
 * enough), each scored with that tenant's dispositions; `now` (ISO) judges today's. `older` is the rest
 * of the 90-day line, oldest first, points the caller kept or made with `linePointOf`.
 */
export function tenantScores(
  newestFirst: readonly ScanResult[],
  records: readonly DispositionRecord[],
  now: string,
  older: readonly LinePoint[] = [],
): TenantScores {
  const scored = scoredScans(newestFirst.slice(0, 2), records, now);
  const [latest, previous] = scored;
  if (!latest) return noScores;
  const changes = previous ? diffScans(previous, latest) : [];
  const regressions = changes.filter((c) => c.kind === 'regression');
  // diffScans puts regressions first, the most points lost first among them.
  const worst = regressions[0];
  const rest = newestFirst.slice(2).map((s) => linePointOf(s, records));
  return {
    latest: latestOf(latest),
    change: previous ? latest.score.percent - previous.score.percent : null,
    sparkline: [
      ...older,
      ...rest.reverse(),
      ...scored.map((s) => ({ at: s.scannedAt, percent: s.score.percent })).reverse(),
    ],
    worstRegression: worst ? { controlId: worst.id, title: worst.title, pointsLost: -worst.delta } : null,
    regressions: regressions.length,
  };
}
