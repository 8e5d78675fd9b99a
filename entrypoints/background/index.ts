import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catalogue } from '../../controls';
import { bandOf } from '../../components/score-band';
import { createAuthService } from '../../lib/auth/auth-service';
import { isAdminHost } from '../../lib/engine/admin-hosts';
import { historyView } from '../../lib/engine/history';
import { pageBadges } from '../../lib/engine/page-badges';
import type { ScanResult } from '../../lib/engine/run-scan';
import { isEnvelope } from '../../lib/messaging/envelope';
import { createMessageRouter } from '../../lib/messaging/handle';
import type { AppState } from '../../lib/messaging/protocol';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { scanSignedInTenant } from '../../lib/scanner/tenant-scan-service';
import { openStore } from '../../lib/store/open-store';
import { createScanStore, type ScanStore } from '../../lib/store/scan-store';

// Portal blades render in sandbox frames on these hosts; their content script asks for badges too.
const portalFrame = /\.reactblade(-ms|-rc)?\.portal\.azure\.net$/;

export default defineBackground(() => {
  let store: Promise<ScanStore> | null = null;
  const getStore = (): Promise<ScanStore> => {
    store ??= openStore().then(createScanStore);
    store.catch(() => (store = null)); // a failed open is retried next time, never papered over
    return store;
  };
  let scanning = false;
  const auth = createAuthService({
    db: () => openStore(),
    tenantNames: async () => new Map((await (await getStore()).tenants()).map((t) => [t.id, t.displayName])),
  });

  async function currentScan(): Promise<{ scan: ScanResult | null; demo: boolean }> {
    const s = await getStore();
    const tenantId = await s.activeTenantId();
    if (!tenantId) return { scan: null, demo: false };
    const tenant = (await s.tenants()).find((t) => t.id === tenantId);
    return { scan: (await s.latestScan(tenantId)) ?? null, demo: tenant?.demo ?? false };
  }

  async function state(error: string | null = null): Promise<AppState> {
    try {
      return { ...(await currentScan()), scanning, error, auth: await auth.state() };
    } catch (err) {
      return { scan: null, demo: false, scanning, error: err instanceof Error ? err.message : String(err) };
    }
  }

  async function showOnToolbar(scan: ScanResult | null): Promise<void> {
    if (!scan) return;
    const band = bandOf(scan.score.percent);
    await browser.action.setBadgeText({ text: `${scan.score.percent}` });
    await browser.action.setBadgeBackgroundColor({ color: band.color });
    await browser.action.setTitle({
      title: `Posture Lens — ${scan.tenant.displayName}: ${scan.score.percent}% (${scan.score.achieved}/${scan.score.available} points), scanned ${new Date(scan.scannedAt).toLocaleString()}`,
    });
  }

  const route = createMessageRouter({
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    isAllowedContentUrl: (url) => isAdminHost(url) || (url.protocol === 'https:' && portalFrame.test(url.hostname)),
    handlers: {
      pages: {
        getState: () => state(),
        getHistory: async () => {
          const s = await getStore();
          const tenantId = await s.activeTenantId();
          return historyView(tenantId ? await s.history(tenantId, 400) : []);
        },
        runDemoScan: async () => {
          if (scanning) return state();
          scanning = true;
          try {
            const scan = await scanDemoTenant();
            const s = await getStore();
            await s.saveScan(scan, { demo: true });
            await s.setActiveTenant(scan.tenant.id);
            await showOnToolbar(scan);
          } finally {
            scanning = false;
          }
          return state();
        },
        getAuthState: () => auth.state(),
        saveConnection: (p) => auth.saveConnection(p),
        signIn: async (p) => {
          const result = await auth.signIn(p);
          if (result.status === 'signedIn') await showOnToolbar((await currentScan()).scan);
          return result;
        },
        signOut: ({ accountId }) => auth.signOut(accountId),
        switchAccount: async ({ accountId }) => {
          const account = await auth.switchAccount(accountId);
          const s = await getStore();
          if (account && (await s.latestScan(account.tenantId))) await s.setActiveTenant(account.tenantId);
          return state();
        },
        scanSignedInTenant: async () => {
          const session = await auth.activeSession();
          if (!session) return state('Sign in to a tenant first.');
          if (scanning) return state();
          scanning = true;
          try {
            const { scan, missingPermissions } = await scanSignedInTenant(session);
            auth.noteMissingPermissions(missingPermissions);
            const s = await getStore();
            await s.saveScan(scan, { demo: false });
            await s.setActiveTenant(scan.tenant.id);
            await showOnToolbar(scan);
          } catch (err) {
            return state(err instanceof Error ? err.message : String(err));
          } finally {
            scanning = false;
          }
          return state();
        },
      },
      content: {
        getPageBadges: async ({ url }, sender) => {
          const { scan } = await currentScan();
          // A blade inside a portal frame doesn't know its route; the browser tells us the tab's
          // (top frame's) URL, which decides the page. Only admin-host tabs are ever annotated.
          const inFrame = sender.frameId !== undefined && sender.frameId !== 0;
          const top = inFrame ? sender.tab?.url : url;
          if (!top || !URL.canParse(top) || !isAdminHost(new URL(top))) {
            return { pageTitle: null, tenantName: null, scannedAt: null, badges: [] };
          }
          return pageBadges(new URL(top), catalogue, scan, (id) =>
            browser.runtime.getURL(`/dashboard.html#control=${encodeURIComponent(id)}`),
          );
        },
      },
    },
  });

  // The offscreen document hosting MSAL asks for launchWebAuthFlow (see lib/auth/auth-service.ts).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) =>
    auth.onMessage(message, sender, sendResponse),
  );

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isEnvelope(message)) return false; // not ours: leave it to other listeners
    route(message, sender)
      .then((reply) => reply && sendResponse(reply))
      .catch((err: unknown) => sendResponse({ ok: false, error: String(err) }));
    return true;
  });

  // Restore the toolbar badge when the worker starts again.
  void currentScan().then(
    ({ scan }) => showOnToolbar(scan),
    () => undefined,
  );
});
