import type { ScanResult } from '../engine/scan/run-scan';
import { isTenantId } from './active-tenant';
import type { StoreDb } from './open-store';
import { compactOutsideWindow } from './scan-retention';
import type { TenantRecord } from './schema';

/**
 * Adds a scan to its tenant's history and brings the tenant record up to date, then applies
 * retention. Refuses a scan with a failure or without a tenant: it is nobody's history
 * (lib/engine/scan/tenant-identity.ts).
 */
export async function saveScan(db: StoreDb, scan: ScanResult, opts: { demo: boolean }): Promise<void> {
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
  await compactOutsideWindow(db, scan.tenant.id, scan.scannedAt);
}
