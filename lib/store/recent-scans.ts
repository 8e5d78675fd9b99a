import type { ScanResult } from '../engine/scan/run-scan';
import type { StoreDb } from './open-store';

const DAY_MS = 86_400_000;

/** How far back a read reaches: the `days` before the tenant's newest scan, and at most `limit` scans. */
export interface RecentWindow {
  readonly days: number;
  readonly limit: number;
}

/**
 * A tenant's scans of the window ending at its newest scan, newest first, and whether older ones exist.
 * Only the window's records are read: the newest scan's date and the count of older ones come from the
 * index's keys. `readable` turns a record into the scan to show, or undefined to skip it.
 */
export async function recentScans(
  db: StoreDb,
  tenantId: string,
  window: RecentWindow,
  readable: (rec: { key: string; scan: unknown }) => ScanResult | undefined,
): Promise<{ scans: ScanResult[]; earlier: boolean }> {
  const index = db.transaction('scans').store.index('byTenant');
  const newest = await index.openKeyCursor(IDBKeyRange.bound([tenantId, ''], [tenantId, '\uffff']), 'prev');
  if (!newest) return { scans: [], earlier: false };
  const since = new Date(Date.parse(newest.key[1]) - window.days * DAY_MS).toISOString();
  const scans: ScanResult[] = [];
  let cursor = await index.openCursor(IDBKeyRange.bound([tenantId, since], [tenantId, '\uffff']), 'prev');
  while (cursor && scans.length < window.limit) {
    const scan = readable(cursor.value);
    if (scan) scans.push(scan);
    cursor = await cursor.continue();
  }
  const before = await index.count(IDBKeyRange.bound([tenantId, ''], [tenantId, since], false, true));
  return { scans, earlier: cursor !== null || before > 0 };
}

/**
 * What a cached read of a tenant's recent scans is good for: its newest scan's time and how many it has,
 * from the index's keys alone. A new scan (or one saved late) changes it; null before any scan.
 */
export async function historyStamp(db: StoreDb, tenantId: string): Promise<string | null> {
  const index = db.transaction('scans').store.index('byTenant');
  const range = IDBKeyRange.bound([tenantId, ''], [tenantId, '\uffff']);
  const [newest, count] = await Promise.all([index.openKeyCursor(range, 'prev'), index.count(range)]);
  return newest ? `${newest.key[1]}|${count}` : null;
}
