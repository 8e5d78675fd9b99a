import type { ScanResult } from '../engine/scan/run-scan';
import type { StoreDb } from './open-store';
import { isReadableScan, withCurrentSummary } from './readable-records';
import type { TenantRecord } from './schema';

const ACTIVE_TENANT = 'activeTenantId';
/** What older builds saved a scan under when the organization read failed: two tenants could share it. */
const MADE_UP_TENANT = 'unknown';

/** A tenant id a history may be kept under: not empty, not the old made-up one. */
const isTenantId = (id: string): boolean => id !== '' && id !== MADE_UP_TENANT;

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
    /** Refuses a scan with a failure or without a tenant: it is nobody's history (lib/engine/scan/tenant-identity.ts). */
    async saveScan(scan: ScanResult, opts: { demo: boolean }): Promise<void> {
      if (scan.failure || !isTenantId(scan.tenant.id)) {
        throw new Error(
          scan.failure?.message ?? 'The tenant could not be identified: a scan without a tenant id is not saved.',
        );
      }
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
      // An older build's made-up tenant is no tenant: nothing is shown rather than a mixed history.
      return typeof rec?.value === 'string' && isTenantId(rec.value) ? rec.value : undefined;
    },

    async setActiveTenant(tenantId: string): Promise<void> {
      if (!isTenantId(tenantId)) throw new Error('The tenant could not be identified: it cannot be the active tenant.');
      await db.put('settings', { key: ACTIVE_TENANT, value: tenantId });
    },
  };
}

export type ScanStore = ReturnType<typeof createScanStore>;
