/**
 * The background's side of the admin-center overlay: the content protocol's handlers (badges for the
 * sender's page, "Rescan this control", opening a control in the dashboard) and the per-admin-center
 * switches. Content scripts get view models only; the page is decided from the tab's URL the browser
 * reports, never from what a frame claims.
 */
import { browser } from 'wxt/browser';
import { catalogue } from '../../controls';
import {
  adminCenterOf,
  overlaySwitchesOf,
  type AdminCenterId,
  type OverlaySwitches,
} from '../../lib/engine/pages/admin-centers';
import { isAdminHost } from '../../lib/engine/pages/admin-hosts';
import { withheldReason } from '../../lib/engine/pages/tenant-hosts';
import { pageBadges, type PageBadges } from '../../lib/engine/pages/page-badges';
import { controlsOn, governingPageFor } from '../../lib/engine/pages/page-map';
import type { Declarations } from '../../lib/engine/scan/declarations';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import type { SenderInfo } from '../../lib/messaging/handle';
import { rescanDemoTenant } from '../../lib/scanner/demo-scan';
import { rescanSignedInTenant } from '../../lib/scanner/rescan';
import { admitRescan, readRescanLog, rescanLimitSentence } from '../../lib/scanner/rescan-limit';
import type { SignedInSession } from '../../lib/scanner/tenant-scan-service';
import type { StoreDb } from '../../lib/store/open-store';
import type { ScanStore } from '../../lib/store/scan-store';
import { openDashboardAt } from './dashboard-tab';

const OVERLAY_SWITCHES = 'overlaySwitches';
/**
 * The rescan limits' log (lib/scanner/rescan-limit.ts), in the extension's own settings store: it
 * survives the service worker stopping at the cost of one small record, needs no extra permission, and
 * a content script can't reach it (its IndexedDB is the admin page's origin, not ours).
 */
const RESCAN_LOG = 'rescanLog';
const NOWHERE: PageBadges = { pageId: null, pageTitle: null, tenantName: null, scannedAt: null, badges: [] };

export interface OverlayDeps {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  currentScan(): Promise<{ scan: ScanResult | null; demo: boolean }>;
  activeSession(): Promise<SignedInSession | null>;
  /** The resolver chosen under Settings › DNS checks, as a scan's `doh` option (absent: DNS checks off). */
  doh?(): Promise<{ doh?: { url: string } }>;
  /** The tenant's declarations (Settings › Exclusions you sanction); a rescan is judged against them. */
  declarations?(tenantId: string): Promise<Declarations>;
  /** A whole scan is running: a rescan waits for it rather than racing it into the history. */
  isScanning(): boolean;
  showOnToolbar(scan: ScanResult): Promise<void>;
  /** Milliseconds since the epoch (rescan limits); Date.now unless a test passes its own. */
  clock?: () => number;
}

export function createOverlay(deps: OverlayDeps) {
  let rescanning = false;
  const clock = deps.clock ?? (() => Date.now());

  /** Counts the rescan against its limits, or throws the sentence saying when it can be retried. */
  async function admit(controlId: string, tabId: number): Promise<void> {
    const db = await deps.getDb();
    const log = readRescanLog((await db.get('settings', RESCAN_LOG))?.value);
    const admission = admitRescan(log, { controlId, tabId }, clock());
    if (!admission.ok) throw new Error(rescanLimitSentence(admission, (ms) => new Date(ms).toLocaleTimeString()));
    await db.put('settings', { key: RESCAN_LOG, value: admission.log });
  }

  const switches = async (): Promise<OverlaySwitches> =>
    overlaySwitchesOf((await (await deps.getDb()).get('settings', OVERLAY_SWITCHES))?.value);

  /**
   * The URL that decides the page: the sender tab's, as the browser reports it, for the top frame and
   * portal blade frames alike; never a URL a message carries. The top frame's own URL must be on that
   * origin too (a message sent just before the tab navigated away is answered with nothing).
   */
  const pageUrlOf = (sender: SenderInfo): URL | null => {
    const tab = sender.tab?.url;
    if (!tab || !URL.canParse(tab)) return null;
    const u = new URL(tab);
    const inFrame = sender.frameId !== undefined && sender.frameId !== 0;
    if (!inFrame && (!sender.url || !URL.canParse(sender.url) || new URL(sender.url).origin !== u.origin)) return null;
    return isAdminHost(u) ? u : null;
  };

  const dashboardUrl = (id: string) => browser.runtime.getURL(`/dashboard.html#control=${encodeURIComponent(id)}`);

  async function badgesFor(url: URL): Promise<PageBadges> {
    const center = adminCenterOf(url);
    if (!center || !(await switches())[center]) return { ...NOWHERE, off: true };
    const { scan } = await deps.currentScan();
    return pageBadges(url, catalogue, scan, dashboardUrl);
  }

  return {
    switches,
    async setSwitch(center: AdminCenterId, on: boolean): Promise<OverlaySwitches> {
      const db = await deps.getDb();
      const next = { ...(await switches()), [center]: on };
      await db.put('settings', { key: OVERLAY_SWITCHES, value: next });
      return next;
    },
    handlers: {
      getPageBadges: async (_: null, sender: SenderInfo): Promise<PageBadges> => {
        const page = pageUrlOf(sender);
        return page ? badgesFor(page) : NOWHERE;
      },
      rescanControl: async ({ controlId }: { controlId: string }, sender: SenderInfo): Promise<PageBadges> => {
        const page = pageUrlOf(sender);
        const governing = page && governingPageFor(page);
        // Only a control this page shows: a page can't make the background read anything else.
        if (!page || !governing || !controlsOn(governing, catalogue).some((c) => c.id === controlId)) {
          throw new Error('That control is not on this page.');
        }
        const center = adminCenterOf(page);
        if (!center || !(await switches())[center])
          throw new Error('Posture Lens is switched off for this admin center.');
        // Limits are per tab: a sender the browser names no tab for gets no rescan.
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('Rescan works from an admin-center tab only.');
        if (rescanning || deps.isScanning()) throw new Error('A scan is already running; try again in a moment.');
        rescanning = true;
        try {
          const { scan: shown, demo } = await deps.currentScan();
          const store = await deps.getStore();
          // The stored scan, not the one shown (which carries the dispositions' scoring): that is what a rescan extends.
          const latest = shown && (await store.latestScan(shown.tenant.id));
          if (!latest) throw new Error('Scan the tenant first: open Posture Lens from the toolbar.');
          // Another tenant's SharePoint admin center: this tenant's controls aren't its settings.
          const withheld = withheldReason(page, latest);
          if (withheld) throw new Error(withheld);
          const declarations = await deps.declarations?.(latest.tenant.id);
          const declared = declarations ? { declarations } : {};
          // Counted only now, when Graph is about to be read (inside the one-at-a-time section, so two asks can't both pass).
          await admit(controlId, tabId);
          let scan: ScanResult;
          if (demo) scan = await rescanDemoTenant(latest, [controlId], declared);
          else {
            // A silent token only: an expired sign-in is reported, never turned into a sign-in window.
            const session = await deps.activeSession();
            if (!session) throw new Error('Sign in again from the Posture Lens toolbar button to rescan.');
            scan = await rescanSignedInTenant(session, latest, [controlId], {
              ...((await deps.doh?.()) ?? {}),
              ...declared,
            });
          }
          await store.saveScan(scan, { demo });
          await deps.showOnToolbar(scan);
        } finally {
          rescanning = false;
        }
        return badgesFor(page);
      },
      openControl: async ({ controlId }: { controlId: string }): Promise<null> => {
        if (!catalogue.some((c) => c.id === controlId)) throw new Error('Unknown control.');
        await openDashboardAt(`control=${encodeURIComponent(controlId)}`);
        return null;
      },
    },
  };
}
