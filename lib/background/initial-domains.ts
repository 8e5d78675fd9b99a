/**
 * Each tenant's initial domain (`contoso.onmicrosoft.com`), which names SharePoint's admin host
 * (`contoso-admin.sharepoint.com`; issue 17), kept with its admin-service settings. Found, in order:
 * kept from before, the tenant's last scan's organization read, or — for the signed-in tenant only —
 * one Graph GET of /organization. Never guessed: unknown stays unknown, and SharePoint says so.
 */
import type { ScanResult } from '../engine/scan/run-scan';
import type { AdminServicesSetting } from './admin-services';

export interface InitialDomainsDeps {
  settings: Pick<AdminServicesSetting, 'forTenant' | 'noteInitialDomain'>;
  /** The tenant's last saved scan, if any. */
  latestScan(tenantId: string): Promise<Pick<ScanResult, 'tenant'> | undefined>;
  /**
   * One Graph read of the signed-in tenant's initial domain (lib/scanner/read-initial-domain.ts); null
   * when `tenantId` isn't the signed-in tenant (no token to read it with).
   */
  readSignedIn(tenantId: string): Promise<{ ok: true; domain: string } | { ok: false; why: string } | null>;
}

export function createInitialDomains(deps: InitialDomainsDeps) {
  /** Kept, else the last scan's (then kept). */
  async function known(tenantId: string): Promise<string | undefined> {
    const kept = (await deps.settings.forTenant(tenantId)).initialDomain;
    if (kept) return kept;
    const scanned = (await deps.latestScan(tenantId))?.tenant.initialDomain;
    return scanned ? deps.settings.noteInitialDomain(tenantId, scanned) : undefined;
  }

  return {
    known,

    /** Known, else read from Graph once for the signed-in tenant (then kept); undefined when neither can say. */
    async find(tenantId: string): Promise<string | undefined> {
      const found = await known(tenantId);
      if (found) return found;
      const read = await deps.readSignedIn(tenantId).catch(() => null);
      return read?.ok ? deps.settings.noteInitialDomain(tenantId, read.domain) : undefined;
    },

    /** After a scan was saved: its organization read's domain is kept (a renamed tenant's replaces the old). */
    async afterScan(scan: Pick<ScanResult, 'tenant'>): Promise<void> {
      if (scan.tenant.initialDomain) await deps.settings.noteInitialDomain(scan.tenant.id, scan.tenant.initialDomain);
    },
  };
}

export type InitialDomains = ReturnType<typeof createInitialDomains>;
