/**
 * The partner's customer tenants (issue 16), kept in the settings store: the list only. Each tenant's
 * scans, dispositions and settings are kept under its own tenant id like any tenant's, so removing one
 * from the list leaves its history, as signing an account out does.
 */
import { isTenantGuid, type CustomerTenant } from '../messaging/partner-protocol';
import type { StoreDb } from './open-store';

const KEY = 'customerTenants';

/** A stored entry that still reads as a customer tenant; anything else is skipped, never guessed at. */
function isCustomerTenant(v: unknown): v is CustomerTenant {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isTenantGuid(r.tenantId) &&
    typeof r.name === 'string' &&
    (r.domain === null || typeof r.domain === 'string') &&
    typeof r.accountId === 'string' &&
    (r.source === 'added' || r.source === 'gdap') &&
    typeof r.addedAt === 'string' &&
    typeof r.addedBy === 'string'
  );
}

export function createCustomerTenants(getDb: () => Promise<StoreDb>) {
  async function list(): Promise<CustomerTenant[]> {
    const rec = await (await getDb()).get('settings', KEY);
    return Array.isArray(rec?.value) ? rec.value.filter(isCustomerTenant) : [];
  }
  async function write(tenants: readonly CustomerTenant[]): Promise<void> {
    await (await getDb()).put('settings', { key: KEY, value: [...tenants] });
  }

  return {
    /** In the order added. */
    list,
    async get(tenantId: string): Promise<CustomerTenant | undefined> {
      return (await list()).find((t) => t.tenantId === tenantId.toLowerCase());
    },
    /** Adds it, or replaces the entry with the same tenant id (keeping its place). */
    async put(tenant: CustomerTenant): Promise<void> {
      const entry = { ...tenant, tenantId: tenant.tenantId.toLowerCase() };
      const all = await list();
      const at = all.findIndex((t) => t.tenantId === entry.tenantId);
      await write(at < 0 ? [...all, entry] : all.map((t, i) => (i === at ? entry : t)));
    },
    async remove(tenantId: string): Promise<void> {
      await write((await list()).filter((t) => t.tenantId !== tenantId.toLowerCase()));
    },
    /** A scan read the organization's name: the list shows it from then on. */
    async rename(tenantId: string, name: string): Promise<void> {
      const all = await list();
      if (!all.some((t) => t.tenantId === tenantId.toLowerCase() && t.name !== name)) return;
      await write(all.map((t) => (t.tenantId === tenantId.toLowerCase() ? { ...t, name } : t)));
    },
  };
}

export type CustomerTenants = ReturnType<typeof createCustomerTenants>;
