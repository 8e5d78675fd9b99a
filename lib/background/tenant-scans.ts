/**
 * "Scan selected" (issue 16): each tenant scanned on its own through the same path as "Scan now"
 * (scanSignedInTenant), with a token from the sign-in that reaches it, and saved under its own tenant
 * id only. A signed-in account's own tenant is scanned as "Scan now" scans it (admin services too); a
 * customer tenant reads Graph and DNS only, and its list name becomes the organization's name.
 */
import type { Declarations } from '../engine/scan/declarations';
import type { ScanResult } from '../engine/scan/run-scan';
import { isAbortError } from '../graph/abort';
import { TenantAccessError, type TenantScansView } from '../messaging/partner-protocol';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import { scanSignedInTenant } from '../scanner/tenant-scan-service';
import type { CustomerTenants } from '../store/customer-tenants';
import type { ScanStore } from '../store/scan-store';
import type { ActiveSession, AuthPort } from './auth-port';
import type { CustomerScan } from './scan-runner';
import type { ServiceReaders } from './service-readers';
import type { ToolbarBadge } from './toolbar-badge';
import type { TenantScanLocks } from './tenant-scan-locks';
import { createTenantScanQueue, type TenantScanJob, type TenantScanOutcome } from './tenant-scan-queue';

export interface TenantScansDeps {
  getStore(): Promise<ScanStore>;
  customers: Pick<CustomerTenants, 'get' | 'rename'>;
  auth: Pick<AuthPort, 'state' | 'activeSession' | 'tenantSession' | 'noteMissingPermissions'>;
  /** The resolver chosen under Settings › DNS checks, as a scan's `doh` option (absent: DNS checks off). */
  doh(): Promise<{ doh?: { url: string } }>;
  declarations(tenantId: string): Promise<Declarations>;
  badge: Pick<ToolbarBadge, 'showScore'>;
  locks: TenantScanLocks;
  /** Milliseconds since the epoch. */
  clock(): number;
  /** Graph's fetch; the browser's unless a test passes the simulator's. */
  fetch?: typeof fetch;
  /** The admin services a signed-in account's own tenant reads (issue 17); customer tenants read none. */
  services?: Pick<ServiceReaders, 'forSignedIn' | 'afterScan'>;
  /** After a scheduled scan is saved: the watch compares it with the tenant's previous one and notifies. */
  afterScheduledScan?(previous: ScanResult | null, scan: ScanResult): Promise<unknown>;
}

/** Who reaches a tenant: a signed-in account's own, or a customer tenant through its account; else why not. */
type Reach =
  | { readonly kind: 'home' | 'customer'; readonly accountId: string }
  | { readonly kind: 'refused'; readonly why: string };

const DEMO_REFUSED = 'The demo tenant is scanned with "Scan demo tenant", not with a sign-in.';
const UNKNOWN_REFUSED =
  'This tenant is neither a signed-in account’s nor in your list of customer tenants: add it on the Tenants page first.';

async function reach(deps: TenantScansDeps, tenantId: string): Promise<Reach> {
  if (tenantId === DEMO_TENANT_ID.toLowerCase()) return { kind: 'refused', why: DEMO_REFUSED };
  const home = (await deps.auth.state()).accounts.find((a) => a.tenantId.toLowerCase() === tenantId);
  if (home) return { kind: 'home', accountId: home.id };
  const customer = await deps.customers.get(tenantId);
  return customer ? { kind: 'customer', accountId: customer.accountId } : { kind: 'refused', why: UNKNOWN_REFUSED };
}

/** The active account's own tenant takes its session (admin service tokens too); any other, its tenant session. */
async function sessionFor(deps: TenantScansDeps, tenantId: string, accountId: string): Promise<ActiveSession> {
  const active = await deps.auth.activeSession();
  if (active?.account.id === accountId && active.account.tenantId.toLowerCase() === tenantId) return active;
  return deps.auth.tenantSession(accountId, tenantId);
}

async function scanAndSave(
  deps: TenantScansDeps,
  tenantId: string,
  who: Extract<Reach, { accountId: string }>,
  job: TenantScanJob,
): Promise<void> {
  const session = await sessionFor(deps, tenantId, who.accountId);
  const store = await deps.getStore();
  // The previous scan: Microsoft's new controls and stale verdicts are found against it.
  const previous = (await store.latestScan(tenantId)) ?? null;
  const declarations = await deps.declarations(tenantId);
  const services = who.kind === 'home' ? await deps.services?.forSignedIn(session) : undefined;
  const { scan, missingPermissions } = await scanSignedInTenant(session, {
    signal: job.signal,
    onProgress: job.onProgress,
    previous,
    declarations,
    ...(await deps.doh()),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(services ? { services } : {}),
  });
  // Consent for a 403 is asked of the account's own tenant: a customer tenant's 403s are its scan's unknowns.
  if (who.kind === 'home') await deps.auth.noteMissingPermissions(who.accountId, missingPermissions);
  // Cancelled after the last answer but before the save: still cancelled, nothing saved.
  if (job.signal.aborted) return;
  await store.saveScan(scan, { demo: false });
  if (who.kind === 'home') await deps.services?.afterScan(scan).catch(() => undefined);
  else await deps.customers.rename(tenantId, scan.tenant.displayName);
  if (job.background) await deps.afterScheduledScan?.(previous, scan).catch(() => undefined);
  // Only the tenant the pages show puts its score on the toolbar.
  if ((await store.activeTenantId())?.toLowerCase() === tenantId) await deps.badge.showScore(scan);
}

export function createTenantScans(deps: TenantScansDeps) {
  async function scanOne(tenantId: string, job: TenantScanJob): Promise<TenantScanOutcome> {
    const who = await reach(deps, tenantId);
    if (who.kind === 'refused') return { state: 'failed', message: who.why };
    try {
      await scanAndSave(deps, tenantId, who, job);
      return job.signal.aborted ? { state: 'cancelled' } : { state: 'done' };
    } catch (err) {
      if (job.signal.aborted || isAbortError(err)) return { state: 'cancelled' };
      if (err instanceof TenantAccessError && err.access.state === 'needsConsent')
        return { state: 'needsConsent', message: err.access.reason };
      return { state: 'failed', message: err instanceof Error ? err.message : String(err) };
    }
  }

  const queue = createTenantScanQueue({ scan: scanOne, locks: deps.locks, clock: () => deps.clock() });

  return {
    /** Queues `tenantIds` (the demo and unknown tenants refused, each saying why); answers the queue at once. */
    async scan(
      tenantIds: readonly string[],
      opts: { concurrency: number; background?: boolean },
    ): Promise<TenantScansView> {
      const ids = [...new Set(tenantIds.map((id) => id.toLowerCase()))];
      const refused = new Map<string, string>();
      for (const id of ids) {
        const who = await reach(deps, id);
        if (who.kind === 'refused') refused.set(id, who.why);
      }
      return queue.enqueue(ids, { ...opts, refused });
    },
    cancel: (tenantId: string | null): TenantScansView => queue.cancel(tenantId),
    /** A customer tenant (not a signed-in account's own): its schedule is its own, off until chosen. */
    isCustomer: async (tenantId: string): Promise<boolean> =>
      (await reach(deps, tenantId.toLowerCase())).kind === 'customer',
    /** "Scan now" on a shown tenant: its session when it is a customer tenant of the active account, else null. */
    async shownCustomer(tenantId: string, active: ActiveSession): Promise<CustomerScan | null> {
      const customer = await deps.customers.get(tenantId);
      if (customer?.accountId !== active.account.id) return null;
      return {
        session: await deps.auth.tenantSession(active.account.id, customer.tenantId),
        afterSave: (scan) => deps.customers.rename(customer.tenantId, scan.tenant.displayName),
      };
    },
    view: (): TenantScansView => queue.view(),
    subscribe: (listener: (v: TenantScansView) => void): (() => void) => queue.subscribe(listener),
    /** Resolves when no tenant is queued or running. */
    whenIdle: (): Promise<void> => queue.whenIdle(),
  };
}

export type TenantScans = ReturnType<typeof createTenantScans>;
