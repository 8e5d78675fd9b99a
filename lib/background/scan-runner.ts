/**
 * Whole-tenant scans, one at a time, for the demo tenant and the signed-in one through the same path:
 * read the previous scan and the tenant's declarations, scan (cancellable, progress pushed), save,
 * make it the tenant the pages show, and put its score on the toolbar. "Scan now" on a customer tenant
 * the pages show (issue 16) scans that tenant through the active account's sign-in.
 */
import type { Declarations } from '../engine/scan/declarations';
import type { ScanResult } from '../engine/scan/run-scan';
import { DEMO_TENANT_ID, scanDemoTenant } from '../scanner/demo-scan';
import type { ScanProgress } from '../messaging/protocol';
import { SCAN_CANCELLED, type ScanControl } from '../scanner/scan-control';
import { scanSignedInTenant } from '../scanner/tenant-scan-service';
import type { ScanStore } from '../store/scan-store';
import type { ActiveSession } from './auth-port';
import type { ServiceReaders } from './service-readers';
import { ALREADY_SCANNING, type TenantScanLocks } from './tenant-scan-locks';
import type { ToolbarBadge } from './toolbar-badge';

export interface ScanRunnerDeps {
  getStore(): Promise<ScanStore>;
  /** The running scan's Cancel and progress (lib/scanner/scan-control.ts). */
  scanControl: ScanControl;
  /** Null when nobody is signed in. */
  activeSession(): Promise<ActiveSession | null>;
  /** Permissions the scan found refused (403s), so the UI can offer consent for exactly those. */
  noteMissingPermissions(accountId: string, perms: readonly string[]): Promise<void>;
  /** The resolver chosen under Settings › DNS checks, as a scan's `doh` option (absent: DNS checks off). */
  doh(): Promise<{ doh?: { url: string } }>;
  /** The tenant's declarations (Settings › Exclusions you sanction). */
  declarations(tenantId: string): Promise<Declarations>;
  badge: Pick<ToolbarBadge, 'showScore' | 'showScanFailed'>;
  /**
   * After a scheduled scan is saved: the watch compares it with the tenant's previous scan and
   * notifies (lib/background/watch-alerts.ts). Its failure never fails the scan, which is kept.
   */
  afterScheduledScan?(previous: ScanResult | null, scan: ScanResult): Promise<unknown>;
  /** Graph's fetch for the signed-in tenant; the browser's unless a test passes the simulator's. */
  fetch?: typeof fetch;
  /** The admin services each scan reads for its tenant (issue 17); absent: none. */
  services?: Pick<ServiceReaders, 'forSignedIn' | 'forDemo' | 'afterScan'>;
  /** The tenants being scanned now, shared with "Scan selected" (issue 16): none is scanned twice at once. */
  locks?: TenantScanLocks;
  /** The shown tenant as a customer tenant of the active account (issue 16); null when it isn't one. */
  shownCustomer?(tenantId: string, active: ActiveSession): Promise<CustomerScan | null>;
}

/** A customer tenant "Scan now" scans: its session through the active account, and what follows its save. */
export interface CustomerScan {
  readonly session: ActiveSession;
  /** Its list name becomes the organization's name. */
  afterSave(scan: ScanResult): Promise<void>;
}

interface ScanInput {
  signal: AbortSignal;
  onProgress: (p: ScanProgress) => void;
  previous: ScanResult | null;
  declarations: Declarations;
}

/** Who is scanned and how: all that differs between the demo tenant and the signed-in one. */
interface ScanTarget {
  readonly tenantId: string;
  readonly demo: boolean;
  /** The account whose consent the scan's 403s ask for; null for the demo. */
  readonly accountId: string | null;
  scan(input: ScanInput): Promise<{ scan: ScanResult; missingPermissions: readonly string[] }>;
  afterSave?(scan: ScanResult): Promise<void>;
}

const demoTarget = (deps: ScanRunnerDeps): ScanTarget => ({
  tenantId: DEMO_TENANT_ID,
  demo: true,
  accountId: null,
  scan: async (input) => ({
    scan: await scanDemoTenant({
      ...input,
      ...(deps.services ? { services: deps.services.forDemo(DEMO_TENANT_ID) } : {}),
    }),
    missingPermissions: [],
  }),
});

const signedInTarget = (deps: ScanRunnerDeps, session: ActiveSession): ScanTarget => ({
  tenantId: session.account.tenantId,
  demo: false,
  accountId: session.account.id,
  scan: async (input) => {
    const services = await deps.services?.forSignedIn(session);
    return scanSignedInTenant(session, {
      ...input,
      ...(await deps.doh()),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(services ? { services } : {}),
    });
  },
});

// Graph and DNS only: a customer tenant's admin services are not read (each says so).
const customerTarget = (deps: ScanRunnerDeps, tenantId: string, customer: CustomerScan): ScanTarget => ({
  tenantId,
  demo: false,
  accountId: null,
  scan: async (input) =>
    scanSignedInTenant(customer.session, {
      ...input,
      ...(await deps.doh()),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    }),
  afterSave: (scan) => customer.afterSave(scan),
});

/** "Scan now" scans the shown tenant when it is a customer tenant of the active account. */
async function shownCustomerTarget(deps: ScanRunnerDeps, session: ActiveSession): Promise<ScanTarget | null> {
  const shown = await (await deps.getStore()).activeTenantId();
  if (!shown || !deps.shownCustomer || shown.toLowerCase() === session.account.tenantId.toLowerCase()) return null;
  const customer = await deps.shownCustomer(shown, session);
  return customer ? customerTarget(deps, shown, customer) : null;
}

export function createScanRunner(deps: ScanRunnerDeps) {
  let scanning = false;

  const isCancelled = (err: unknown): boolean => err instanceof Error && err.message === SCAN_CANCELLED;

  /**
   * Scans `target` unless a scan is running; throws with the sentence to show (SCAN_CANCELLED when
   * cancelled: nothing is saved). A background scan adds to the history without changing what the
   * pages show when they show another tenant (the demo, say).
   */
  async function run(target: ScanTarget, background: boolean): Promise<void> {
    if (scanning) return;
    // "Scan selected" has it queued or running: its result is on the way.
    if (deps.locks && !deps.locks.claim(target.tenantId)) throw new Error(ALREADY_SCANNING);
    scanning = true;
    try {
      // The previous scan: Microsoft's new controls and stale verdicts are found against it.
      const previous = (await (await deps.getStore()).latestScan(target.tenantId)) ?? null;
      const declarations = await deps.declarations(target.tenantId);
      const done = await deps.scanControl.run((io) => target.scan({ ...io, previous, declarations }));
      if (done.cancelled) throw new Error(SCAN_CANCELLED);
      const { scan, missingPermissions } = done.value;
      if (target.accountId) await deps.noteMissingPermissions(target.accountId, missingPermissions);
      const store = await deps.getStore();
      await store.saveScan(scan, { demo: target.demo });
      await target.afterSave?.(scan);
      await deps.services?.afterScan(scan).catch(() => undefined);
      if (background) await deps.afterScheduledScan?.(previous, scan).catch(() => undefined);
      if (background && (await store.activeTenantId()) !== scan.tenant.id) return;
      await store.setActiveTenant(scan.tenant.id);
      await deps.badge.showScore(scan);
    } catch (err) {
      // A cancelled scan is the user's choice; the demo reads no Graph, so its failures are not the tenant's.
      if (!target.demo && !isCancelled(err)) await deps.badge.showScanFailed(err);
      throw err;
    } finally {
      scanning = false;
      deps.locks?.release(target.tenantId);
    }
  }

  return {
    /** A whole scan is running (a rescan waits for it rather than racing it into the history). */
    isScanning: (): boolean => scanning,

    /** Scans the built-in demo tenant (no sign-in, no network). */
    scanDemoTenant: (): Promise<void> => run(demoTarget(deps), false),

    /**
     * Scans the active account's tenant with a silent token, or (asked by the user) the customer tenant
     * the pages show; throws 'Sign in…' when nobody is signed in. Scheduled scans of customer tenants
     * go through "Scan selected" (lib/background/tenant-scans.ts).
     */
    async scanSignedInTenant(opts: { background: boolean } = { background: false }): Promise<void> {
      const session = await deps.activeSession();
      if (!session) throw new Error('Sign in to a tenant first.');
      const customer = opts.background ? null : await shownCustomerTarget(deps, session);
      return run(customer ?? signedInTarget(deps, session), opts.background);
    },
  };
}

export type ScanRunner = ReturnType<typeof createScanRunner>;
