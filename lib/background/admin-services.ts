/**
 * Admin services per tenant (issue 17): which of Exchange Online, Security & Compliance and Teams a
 * tenant's scans read (all off until the admin turns one on), and the last reason one couldn't be read.
 * Kept in the settings store under `adminServices:<tenant>`, like the watch settings; what is read back
 * is checked, so a damaged record reads as "all off", never as on.
 */
import {
  ADMIN_SERVICES,
  adminServiceInfo,
  isAdminService,
  type AdminService,
  type ServiceCloud,
} from '../graph/sources/admin-services';
import { serviceHostPatterns } from '../graph/service-hosts';
import type { ScanResult } from '../engine/scan/run-scan';
import type { AdminServiceView } from '../messaging/admin-services-view';
import type { StoreDb } from '../store/open-store';

const settingsKey = (tenantId: string): string => `adminServices:${tenantId}`;

/** One tenant's choice: the services turned on, and for some of them why the last try couldn't read them. */
export interface TenantServices {
  readonly on: ReadonlySet<AdminService>;
  readonly refused: ReadonlyMap<AdminService, string>;
}

interface Stored {
  on: AdminService[];
  refused: Partial<Record<AdminService, string>>;
}

function parse(value: unknown): TenantServices {
  const o = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const on = new Set(Array.isArray(o.on) ? o.on.filter(isAdminService) : []);
  const saved = typeof o.refused === 'object' && o.refused !== null ? (o.refused as Record<string, unknown>) : {};
  const refused = new Map<AdminService, string>();
  for (const s of on) if (typeof saved[s] === 'string') refused.set(s, saved[s]);
  return { on, refused };
}

/** Why a service the tenant left off isn't read, as a control's detail says it. */
export function offWhy(service: AdminService): string {
  return `${adminServiceInfo[service].label} reading is off for this tenant (Connect page › Admin services).`;
}

/** The services of `scan` that its controls found refused (401/403, token): the sentence each said. */
export function refusalsIn(scan: ScanResult, on: ReadonlySet<AdminService>): Map<AdminService, string> {
  const found = new Map<AdminService, string>();
  for (const c of scan.controls) {
    const read = c.serviceRead;
    if (!read || read.live || !read.why) continue;
    for (const s of read.services) if (on.has(s) && !found.has(s)) found.set(s, read.why);
  }
  return found;
}

export function createAdminServicesSetting(deps: { getDb(): Promise<StoreDb> }) {
  async function forTenant(tenantId: string): Promise<TenantServices> {
    return parse((await (await deps.getDb()).get('settings', settingsKey(tenantId)))?.value);
  }

  async function save(tenantId: string, next: TenantServices): Promise<void> {
    const value: Stored = { on: ADMIN_SERVICES.filter((s) => next.on.has(s)), refused: {} };
    for (const [s, why] of next.refused) if (next.on.has(s)) value.refused[s] = why;
    await (await deps.getDb()).put('settings', { key: settingsKey(tenantId), value });
  }

  return {
    forTenant,

    /** Turns a service on or off for the tenant; either way its last refusal is forgotten. */
    async set(tenantId: string, service: AdminService, on: boolean): Promise<TenantServices> {
      const now = await forTenant(tenantId);
      const next = new Set(now.on);
      if (on) next.add(service);
      else next.delete(service);
      const refused = new Map(now.refused);
      refused.delete(service);
      await save(tenantId, { on: next, refused });
      return forTenant(tenantId);
    },

    /** Records why the services that are on couldn't be read (or that they were: absent from `why`). */
    async noteRefusals(tenantId: string, why: ReadonlyMap<AdminService, string>): Promise<void> {
      const now = await forTenant(tenantId);
      await save(tenantId, { on: now.on, refused: new Map([...why].filter(([s]) => now.on.has(s))) });
    },

    /** Each service as the Connect page shows it for this tenant and cloud. */
    async views(tenantId: string, cloud: ServiceCloud): Promise<AdminServiceView[]> {
      const t = await forTenant(tenantId);
      return ADMIN_SERVICES.map((s) => {
        const why = t.refused.get(s) ?? null;
        return {
          ...adminServiceInfo[s],
          service: s,
          status: !t.on.has(s) ? 'off' : why ? 'refused' : 'on',
          why,
          hosts: serviceHostPatterns(cloud, s),
        };
      });
    },
  };
}

export type AdminServicesSetting = ReturnType<typeof createAdminServicesSetting>;
