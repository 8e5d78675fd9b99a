import type { ScanResult } from '../engine/scan/run-scan';
import { readActiveTenantId, writeActiveTenant } from './active-tenant';
import { newestScans } from './newest-scans';
import type { StoreDb } from './open-store';
import { isReadableScan, withCurrentSummary } from './readable-records';
import { historyStamp, recentScans, type RecentWindow } from './recent-scans';
import { saveScan } from './save-scan';
import type { TenantRecord } from './schema';

/** Scan history on top of an open database; the database is passed in so tests use their own. */
export function createScanStore(db: StoreDb) {
  // Records that failed the shape check: skipped on every read, left in place, counted for a message.
  const unreadable = new Set<string>();
  const readable = (rec: { key: string; scan: unknown }): ScanResult | undefined => {
    if (isReadableScan(rec.scan)) return withCurrentSummary(rec.scan);
    unreadable.add(rec.key);
    return undefined;
  };

  return {
    /** Refuses a scan with a failure or without a tenant: it is nobody's history (lib/engine/scan/tenant-identity.ts). */
    saveScan: (scan: ScanResult, opts: { demo: boolean }): Promise<void> => saveScan(db, scan, opts),

    async latestScan(tenantId: string): Promise<ScanResult | undefined> {
      return (await newestScans(db, tenantId, 1, readable))[0];
    },

    /** Newest first. */
    history: (tenantId: string, limit = 400): Promise<ScanResult[]> => newestScans(db, tenantId, limit, readable),

    /** Newest first: the scans of the `days` before the newest, at most `limit`, and whether older ones exist. */
    recent: (tenantId: string, window: RecentWindow): Promise<{ scans: ScanResult[]; earlier: boolean }> =>
      recentScans(db, tenantId, window, readable),

    /** Changes whenever the tenant's history does (a new scan, one saved late), read from keys alone. */
    historyStamp: (tenantId: string): Promise<string | null> => historyStamp(db, tenantId),

    /** How many stored scans were skipped as unreadable so far. */
    unreadableScans: (): number => unreadable.size,

    tenants: (): Promise<TenantRecord[]> => db.getAll('tenants'),

    activeTenantId: (): Promise<string | undefined> => readActiveTenantId(db),

    setActiveTenant: (tenantId: string): Promise<void> => writeActiveTenant(db, tenantId),
  };
}

export type ScanStore = ReturnType<typeof createScanStore>;
