/**
 * Reading the active tenant's scans as the pages show them: each scored with the dispositions in
 * force (lib/engine/history/dispositions.ts), with what couldn't be read said in one sentence.
 */
import {
  applyDispositions,
  dispositionsAt,
  type DisposedScan,
  type DispositionRecord,
} from '../engine/history/dispositions';
import type { HistoryPoint } from '../engine/history/history';
import type { DispositionStore } from './disposition-store';
import { skippedSentence } from './readable-records';
import type { ScanStore } from './scan-store';

/** The stores, opened lazily, and the clock the scored state reads through. */
export interface ScoredStateDeps {
  readonly scans: () => Promise<ScanStore>;
  readonly dispositions: () => Promise<DispositionStore>;
  /** Milliseconds since the epoch. */
  readonly clock: () => number;
}

export interface ScoredState {
  readonly scan: DisposedScan | null;
  /** The scan before it, scored with the dispositions of its time as the history chart shows it; absent with one scan. */
  readonly previous?: Pick<HistoryPoint, 'scannedAt' | 'percent'>;
  readonly demo: boolean;
  readonly dispositions: readonly DispositionRecord[];
  /** Unreadable records skipped, as one sentence; null when everything read. */
  readonly problem: string | null;
}

export interface ActiveTenant {
  readonly id: string;
  readonly demo: boolean;
}

/** The clock as the ISO time dispositions are dated and judged by. */
export const nowOf = (deps: ScoredStateDeps): string => new Date(deps.clock()).toISOString();

/** The active tenant and whether it is the demo, or null before any tenant was scanned. */
export async function activeTenantOf(deps: ScoredStateDeps): Promise<ActiveTenant | null> {
  const scans = await deps.scans();
  const id = await scans.activeTenantId();
  if (!id) return null;
  const tenant = (await scans.tenants()).find((t) => t.id === id);
  return { id, demo: tenant?.demo ?? false };
}

/** The active tenant's latest scan with today's dispositions, and the score of the scan before it. */
export async function readCurrent(deps: ScoredStateDeps): Promise<ScoredState> {
  const scans = await deps.scans();
  const tenant = await activeTenantOf(deps);
  if (!tenant) return { scan: null, demo: false, dispositions: [], problem: null };
  const [[raw, before], { records, skipped }] = await Promise.all([
    scans.history(tenant.id, 2),
    (await deps.dispositions()).forTenant(tenant.id),
  ]);
  const problems = [
    scans.unreadableScans() > 0 ? skippedSentence(scans.unreadableScans(), 'scan') : null,
    skipped > 0 ? skippedSentence(skipped, 'disposition') : null,
  ].filter((p) => p !== null);
  return {
    scan: raw ? applyDispositions(raw, records, nowOf(deps)) : null,
    ...(before
      ? {
          previous: {
            scannedAt: before.scannedAt,
            // Judged at its own time, so a review current then counts as it did then.
            percent: applyDispositions(before, dispositionsAt(records, before.scannedAt), before.scannedAt).score
              .percent,
          },
        }
      : {}),
    demo: tenant.demo,
    dispositions: records,
    problem: problems.length > 0 ? problems.join(' ') : null,
  };
}

/** The active tenant's history, newest first: each scan with the dispositions of its time, the latest with today's. */
export async function readHistory(deps: ScoredStateDeps, limit: number): Promise<DisposedScan[]> {
  const tenant = await activeTenantOf(deps);
  if (!tenant) return [];
  const [scans, { records }] = await Promise.all([
    (await deps.scans()).history(tenant.id, limit),
    (await deps.dispositions()).forTenant(tenant.id),
  ]);
  const mine = records.filter((r) => r.tenantId === tenant.id);
  // An older scan is judged at its own time: a review that was current then earned its points then.
  return scans.map((scan, i) =>
    i === 0
      ? applyDispositions(scan, mine, nowOf(deps))
      : applyDispositions(scan, dispositionsAt(mine, scan.scannedAt), scan.scannedAt),
  );
}
