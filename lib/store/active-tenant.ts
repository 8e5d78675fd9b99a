/** Which tenant ids a history may be kept under, and the one tenant every page shows. */
import type { StoreDb } from './open-store';

const ACTIVE_TENANT = 'activeTenantId';
/** What older builds saved a scan under when the organization read failed: two tenants could share it. */
const MADE_UP_TENANT = 'unknown';

/** A tenant id a history may be kept under: not empty, not the old made-up one. */
export const isTenantId = (id: string): boolean => id !== '' && id !== MADE_UP_TENANT;

export async function readActiveTenantId(db: StoreDb): Promise<string | undefined> {
  const rec = await db.get('settings', ACTIVE_TENANT);
  // An older build's made-up tenant is no tenant: nothing is shown rather than a mixed history.
  return typeof rec?.value === 'string' && isTenantId(rec.value) ? rec.value : undefined;
}

export async function writeActiveTenant(db: StoreDb, tenantId: string): Promise<void> {
  if (!isTenantId(tenantId)) throw new Error('The tenant could not be identified: it cannot be the active tenant.');
  await db.put('settings', { key: ACTIVE_TENANT, value: tenantId });
}
