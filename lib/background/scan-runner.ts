/**
 * Whole-tenant scans, one at a time, for the demo tenant and the signed-in one through the same path:
 * read the previous scan and the tenant's declarations, scan (cancellable, progress pushed), save,
 * make it the tenant the pages show, and put its score on the toolbar.
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
    }
  }

  const demoTenant: ScanTarget = {
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
  };

  const signedInTenant = (session: ActiveSession): ScanTarget => ({
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

  return {
    /** A whole scan is running (a rescan waits for it rather than racing it into the history). */
    isScanning: (): boolean => scanning,

    /** Scans the built-in demo tenant (no sign-in, no network). */
    scanDemoTenant: (): Promise<void> => run(demoTenant, false),

    /** Scans the active account's tenant with a silent token; throws 'Sign in…' when nobody is signed in. */
    async scanSignedInTenant(opts: { background: boolean } = { background: false }): Promise<void> {
      const session = await deps.activeSession();
      if (!session) throw new Error('Sign in to a tenant first.');
      return run(signedInTenant(session), opts.background);
    },
  };
}

export type ScanRunner = ReturnType<typeof createScanRunner>;
