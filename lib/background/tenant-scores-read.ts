/**
 * Reading one tenant's scores for the Tenants overview: its newest two readable scans in full, and the
 * older points of its 90-day line from those kept (lib/store/overview-points.ts), made again only for a
 * scan that has none or whose dispositions then changed. Unreadable scans are skipped and counted.
 */
import type { DispositionRecord } from '../engine/history/dispositions';
import {
  dispositionsFingerprint,
  linePointOf,
  tenantScores,
  type LinePoint,
  type TenantScores,
} from '../engine/partner/overview-row';
import type { ScanResult } from '../engine/scan/run-scan';
import type { StoreDb } from '../store/open-store';
import { storedScanAt, windowScanTimes, type KeptPoint, type OverviewPoints } from '../store/overview-points';
import { isReadableScan, withCurrentSummary } from '../store/readable-records';

/** The sparkline's reach: the 90 days before a tenant's newest scan, at most this many scans of them. */
export const OVERVIEW_WINDOW = { days: 90, limit: 200 } as const;

export interface TenantScoresRead {
  readonly scores: TenantScores;
  /** Stored scans of the window that couldn't be read. */
  readonly skipped: number;
}

export async function readTenantScores(
  io: { readonly db: StoreDb; readonly points: OverviewPoints },
  tenantId: string,
  records: readonly DispositionRecord[],
  now: string,
): Promise<TenantScoresRead> {
  const times = await windowScanTimes(io.db, tenantId, OVERVIEW_WINDOW);
  let skipped = 0;
  const scanAt = async (at: string): Promise<ScanResult | undefined> => {
    const stored = await storedScanAt(io.db, tenantId, at);
    if (isReadableScan(stored)) return withCurrentSummary(stored);
    skipped += 1;
    return undefined;
  };
  // The newest two readable scans, read in full: the latest, and the one it is compared with.
  const newest: ScanResult[] = [];
  let i = 0;
  for (; i < times.length && newest.length < 2; i++) {
    const scan = await scanAt(times[i]!);
    if (scan) newest.push(scan);
  }
  const kept = await io.points.read(tenantId);
  const next = new Map<string, KeptPoint>();
  const older: LinePoint[] = [];
  for (const at of times.slice(i)) {
    const fingerprint = dispositionsFingerprint(records, at);
    const known = kept.get(at);
    const percent =
      known?.fingerprint === fingerprint
        ? known.percent
        : await scanAt(at).then((s) => s && linePointOf(s, records).percent);
    if (percent === undefined) continue;
    next.set(at, { fingerprint, percent });
    older.push({ at, percent });
  }
  if (next.size !== kept.size || [...next].some(([at, p]) => kept.get(at)?.fingerprint !== p.fingerprint)) {
    await io.points.write(tenantId, next);
  }
  return { scores: tenantScores(newest, records, now, older.reverse()), skipped };
}
