/**
 * Admin services per tenant (issue 17): which of Exchange Online, Security & Compliance, Teams and
 * SharePoint Online a tenant's scans read (all off until the admin turns one on), the last reason one
 * couldn't be read, and the tenant's initial domain (`contoso.onmicrosoft.com`), which names
 * SharePoint's admin host. Kept in the settings store under `adminServices:<tenant>`, like the watch
 * settings; what is read back is checked, so a damaged record reads as "all off", never as on.
 */
import {
  ADMIN_SERVICES,
  adminServiceInfo,
  isAdminService,
  type AdminService,
  type ServiceCloud,
} from '../graph/sources/admin-services';
import { tenantServiceHostPatterns } from '../graph/service-hosts';
import type { ScanResult } from '../engine/scan/run-scan';
import type { AdminServiceView } from '../messaging/admin-services-view';
import type { StoreDb } from '../store/open-store';

const settingsKey = (tenantId: string): string => `adminServices:${tenantId}`;

/** One tenant's choice: the services turned on, and for some of them why the last try couldn't read them. */
export interface TenantServices {
  readonly on: ReadonlySet<AdminService>;
  readonly refused: ReadonlyMap<AdminService, string>;
  /** The tenant's initial domain, from its last scan or one organization read; absent until known. */
  readonly initialDomain?: string;
}

interface Stored {
  on: AdminService[];
  refused: Partial<Record<AdminService, string>>;
  initialDomain?: string;
}

/** An initial domain's shape (`contoso.onmicrosoft.com`, or a national cloud's); anything else isn't kept. */
const INITIAL_DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}\.onmicrosoft\.(?:com|us|cn)$/;

function parse(value: unknown): TenantServices {
  const o = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const on = new Set(Array.isArray(o.on) ? o.on.filter(isAdminService) : []);
  const saved = typeof o.refused === 'object' && o.refused !== null ? (o.refused as Record<string, unknown>) : {};
  const refused = new Map<AdminService, string>();
  for (const s of on) if (typeof saved[s] === 'string') refused.set(s, saved[s]);
  const domain = typeof o.initialDomain === 'string' && INITIAL_DOMAIN.test(o.initialDomain) ? o.initialDomain : null;
  return { on, refused, ...(domain ? { initialDomain: domain } : {}) };
}

/** Why a service the tenant left off isn't read, as a control's detail says it. */
export function offWhy(service: AdminService): string {
  return `${adminServiceInfo[service].label} reading is off for this tenant (Connect page › Admin services).`;
}

/** Why a service whose host is named after the tenant (SharePoint's) can't be reached: that name is missing. */
export function noInitialDomainWhy(service: AdminService): string {
  return `${adminServiceInfo[service].label} can't be read yet: its admin host is named after the tenant's initial domain (….onmicrosoft.com), which Posture Lens doesn't know — scan the tenant once (its organization read gives it; Organization.Read.All), then try again.`;
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
    if (next.initialDomain) value.initialDomain = next.initialDomain;
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
      await save(tenantId, { ...now, on: next, refused });
      return forTenant(tenantId);
    },

    /** Records why the services that are on couldn't be read (or that they were: absent from `why`). */
    async noteRefusals(tenantId: string, why: ReadonlyMap<AdminService, string>): Promise<void> {
      const now = await forTenant(tenantId);
      await save(tenantId, { ...now, refused: new Map([...why].filter(([s]) => now.on.has(s))) });
    },

    /**
     * Keeps the tenant's initial domain as its latest read gave it (a renamed SharePoint host follows);
     * a domain of the wrong shape is ignored, so the last good one stays. Answers the one now kept.
     */
    async noteInitialDomain(tenantId: string, domain: string): Promise<string | undefined> {
      const now = await forTenant(tenantId);
      const lower = domain.toLowerCase();
      if (!INITIAL_DOMAIN.test(lower) || now.initialDomain === lower) return now.initialDomain;
      await save(tenantId, { ...now, initialDomain: lower });
      return lower;
    },

    /**
     * Each service as the Connect page shows it for this tenant and cloud. `initialDomain`: the one
     * found for the tenant (kept or just read); absent, the stored one.
     */
    async views(tenantId: string, cloud: ServiceCloud, initialDomain?: string): Promise<AdminServiceView[]> {
      const t = await forTenant(tenantId);
      return ADMIN_SERVICES.map((s) => {
        const why = t.refused.get(s) ?? null;
        const hosts = tenantServiceHostPatterns(cloud, s, initialDomain ?? t.initialDomain);
        return {
          ...adminServiceInfo[s],
          service: s,
          status: !t.on.has(s) ? 'off' : why ? 'refused' : 'on',
          why,
          hosts: hosts ?? [],
          unavailable: hosts ? null : noInitialDomainWhy(s),
        };
      });
    },
  };
}

export type AdminServicesSetting = ReturnType<typeof createAdminServicesSetting>;
