import type { ScanResult } from '../engine/scan/run-scan';
import type { StoreDb } from './open-store';

/**
 * Up to `limit` of a tenant's stored scans, newest first. `readable` turns a record into the scan to
 * show, or undefined to skip it (an unreadable record); skipped ones don't count toward the limit.
 */
export async function newestScans(
  db: StoreDb,
  tenantId: string,
  limit: number,
  readable: (rec: { key: string; scan: unknown }) => ScanResult | undefined,
): Promise<ScanResult[]> {
  const range = IDBKeyRange.bound([tenantId, ''], [tenantId, '\uffff']);
  const out: ScanResult[] = [];
  let cursor = await db.transaction('scans').store.index('byTenant').openCursor(range, 'prev');
  while (cursor && out.length < limit) {
    const scan = readable(cursor.value);
    if (scan) out.push(scan);
    cursor = await cursor.continue();
  }
  return out;
}
