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
} from '../engine/pages/admin-centers';
import { isAdminHost } from '../engine/pages/admin-hosts';
import { pageBadges, type PageBadges } from '../engine/pages/page-badges';
import { controlsOn, governingPageFor } from '../engine/pages/page-map';
import type { SenderInfo } from '../messaging/handle';
import { openDashboardAt } from './dashboard-tab';
import { createControlRescan, type RescanDeps } from './overlay-rescan';

const OVERLAY_SWITCHES = 'overlaySwitches';
const NOWHERE: PageBadges = { pageId: null, pageTitle: null, tenantName: null, scannedAt: null, badges: [] };

/** The overlay reads the settings store and the scan the pages show; the rest is the rescan's (overlay-rescan.ts). */
export type OverlayDeps = RescanDeps;

/**
 * The URL that decides the page: the sender tab's, as the browser reports it, for the top frame and
 * portal blade frames alike; never a URL a message carries. The top frame's own URL must be on that
 * origin too (a message sent just before the tab navigated away is answered with nothing).
 */
function pageUrlOf(sender: SenderInfo): URL | null {
  const tab = sender.tab?.url;
  if (!tab || !URL.canParse(tab)) return null;
  const u = new URL(tab);
  const inFrame = sender.frameId !== undefined && sender.frameId !== 0;
  if (!inFrame && (!sender.url || !URL.canParse(sender.url) || new URL(sender.url).origin !== u.origin)) return null;
  return isAdminHost(u) ? u : null;
}

const dashboardUrl = (id: string) => browser.runtime.getURL(`/dashboard.html#control=${encodeURIComponent(id)}`);

export function createOverlay(deps: OverlayDeps) {
  const rescan = createControlRescan(deps);

  const switches = async (): Promise<OverlaySwitches> =>
    overlaySwitchesOf((await (await deps.getDb()).get('settings', OVERLAY_SWITCHES))?.value);

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
        await rescan(page, controlId, tabId);
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
