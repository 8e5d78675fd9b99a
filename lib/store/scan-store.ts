import type { ScanResult } from '../engine/run-scan';
import type { StoreDb } from './open-store';
import { isReadableScan, withCurrentSummary } from './readable-records';
import type { TenantRecord } from './schema';

const ACTIVE_TENANT = 'activeTenantId';

/** Full scans are kept this long; older ones keep their verdicts and scores but drop evidence. */
export const FULL_HISTORY_DAYS = 400;
const DAY_MS = 86_400_000;

/** A scan reduced to what the history needs: every control's verdict and points, no Graph objects. */
export function compactScan(scan: ScanResult): ScanResult {
  return {
    ...scan,
    controls: scan.controls.map((c) => {
      const { affected: _affected, ...rest } = c;
      return { ...rest, evidence: [] };
    }),
  };
}

/** Scan history on top of an open database; the database is passed in so tests use their own. */
export function createScanStore(db: StoreDb) {
  // Records that failed the shape check: skipped on every read, left in place, counted for a message.
  const unreadable = new Set<string>();
  const readable = (rec: { key: string; scan: unknown }): ScanResult | undefined => {
    if (isReadableScan(rec.scan)) return withCurrentSummary(rec.scan);
    unreadable.add(rec.key);
    return undefined;
  };

  // Compacts in place: the scan stays in the history, so nothing is ever deleted by retention.
  async function compactBefore(tenantId: string, cutoff: string): Promise<void> {
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

  return {
    async saveScan(scan: ScanResult, opts: { demo: boolean }): Promise<void> {
      const tx = db.transaction(['scans', 'tenants'], 'readwrite');
      const known = await tx.objectStore('tenants').get(scan.tenant.id);
      const tenant: TenantRecord = {
        id: scan.tenant.id,
        displayName: scan.tenant.displayName,
        cloud: scan.tenant.cloud,
        demo: opts.demo,
        lastScannedAt: scan.scannedAt,
      };
      await Promise.all([
        tx.objectStore('scans').put({
          key: `${scan.tenant.id}|${scan.scannedAt}`,
          tenantId: scan.tenant.id,
          scannedAt: scan.scannedAt,
          scan,
        }),
        // An older scan saved late (an import, a slow rescan) never rolls the tenant's record back.
        known && known.lastScannedAt > scan.scannedAt ? Promise.resolve() : tx.objectStore('tenants').put(tenant),
        tx.done,
      ]);
      await compactBefore(
        scan.tenant.id,
        new Date(Date.parse(scan.scannedAt) - FULL_HISTORY_DAYS * DAY_MS).toISOString(),
      );
    },

    async latestScan(tenantId: string): Promise<ScanResult | undefined> {
      const range = IDBKeyRange.bound([tenantId, ''], [tenantId, '\uffff']);
      let cursor = await db.transaction('scans').store.index('byTenant').openCursor(range, 'prev');
      while (cursor) {
        const scan = readable(cursor.value);
        if (scan) return scan;
        cursor = await cursor.continue();
      }
      return undefined;
    },

    /** Newest first. */
    async history(tenantId: string, limit = 400): Promise<ScanResult[]> {
      const range = IDBKeyRange.bound([tenantId, ''], [tenantId, '\uffff']);
      const out: ScanResult[] = [];
      let cursor = await db.transaction('scans').store.index('byTenant').openCursor(range, 'prev');
      while (cursor && out.length < limit) {
        const scan = readable(cursor.value);
        if (scan) out.push(scan);
        cursor = await cursor.continue();
      }
      return out;
    },

    /** How many stored scans were skipped as unreadable so far. */
    unreadableScans(): number {
      return unreadable.size;
    },

    async tenants(): Promise<TenantRecord[]> {
      return db.getAll('tenants');
    },

    async activeTenantId(): Promise<string | undefined> {
      const rec = await db.get('settings', ACTIVE_TENANT);
      return typeof rec?.value === 'string' ? rec.value : undefined;
    },

    async setActiveTenant(tenantId: string): Promise<void> {
      await db.put('settings', { key: ACTIVE_TENANT, value: tenantId });
    },
  };
}

export type ScanStore = ReturnType<typeof createScanStore>;
