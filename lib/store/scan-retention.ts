/**
 * Retention: full scans are kept for a window; older ones are compacted in place (verdicts and
 * scores kept, Graph evidence dropped), so nothing is ever deleted by retention.
 */
import type { ScanResult } from '../engine/scan/run-scan';
import type { StoreDb } from './open-store';
import { isReadableScan } from './readable-records';

/** Full scans are kept this long; older ones keep their verdicts and scores but drop evidence. */
export const FULL_HISTORY_DAYS = 400;
const DAY_MS = 86_400_000;

/** A scan reduced to what the history needs: every control's verdict and points, no Graph objects. */
export function compactScan(scan: ScanResult): ScanResult {
  // The names of the people, groups and apps evidence showed go with the evidence; so do the members
  // of the groups CA excludes (kept only for the next scan's comparison). Who changed what stays.
  const { names: _names, namesUnreadable: _unreadable, exclusionGroups: _groups, ...kept } = scan;
  return {
    ...kept,
    controls: scan.controls.map((c) => {
      const { affected: _affected, ...rest } = c;
      return { ...rest, evidence: [] };
    }),
  };
}

/** Compacts the tenant's full scans from more than FULL_HISTORY_DAYS before `scannedAt`. */
export async function compactOutsideWindow(db: StoreDb, tenantId: string, scannedAt: string): Promise<void> {
  const cutoff = new Date(Date.parse(scannedAt) - FULL_HISTORY_DAYS * DAY_MS).toISOString();
  const tx = db.transaction('scans', 'readwrite');
  let cursor = await tx.store
    .index('byTenant')
    .openCursor(IDBKeyRange.bound([tenantId, ''], [tenantId, cutoff], false, true));
  while (cursor) {
    // An unreadable record is left exactly as it is (see readable-records.ts).
    if (!cursor.value.compact && isReadableScan(cursor.value.scan))
      await cursor.update({ ...cursor.value, scan: compactScan(cursor.value.scan), compact: true });
    cursor = await cursor.continue();
  }
  await tx.done;
}
