import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catalogue } from '../../controls';
import { bandOf } from '../../components/score-band';
import { createAuthService } from '../../lib/auth/auth-service';
import { inPageHostClient, launchWebAuthFlow, offscreenHostClient } from '../../lib/auth/msal-host-client';
import { isAdminHost } from '../../lib/engine/admin-hosts';
import { historyView } from '../../lib/engine/history';
import { pageBadges } from '../../lib/engine/page-badges';
import type { ScanResult } from '../../lib/engine/run-scan';
import { isEnvelope } from '../../lib/messaging/envelope';
import { createMessageRouter } from '../../lib/messaging/handle';
import type { AppState, ScanScheduleView } from '../../lib/messaging/protocol';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { periodMinutes, SCHEDULED_SCAN_ALARM, scanEveryOf, type ScanEvery } from '../../lib/scanner/scan-schedule';
import { scanSignedInTenant } from '../../lib/scanner/tenant-scan-service';
import { openStore, type StoreDb } from '../../lib/store/open-store';
import { createScanStore, type ScanStore } from '../../lib/store/scan-store';

// Portal blades render in sandbox frames on these hosts; their content script asks for badges too.
const portalFrame = /\.reactblade(-ms|-rc)?\.portal\.azure\.net$/;
const SCAN_EVERY = 'scanEvery';

export default defineBackground(() => {
  // One connection for the worker's life (settings, auth flags and history alike).
  let db: Promise<StoreDb> | null = null;
  const getDb = (): Promise<StoreDb> => {
    db ??= openStore();
    db.catch(() => (db = null)); // a failed open is retried next time, never papered over
    return db;
  };
  let store: Promise<ScanStore> | null = null;
  const getStore = (): Promise<ScanStore> => {
    store ??= getDb().then(createScanStore);
    store.catch(() => (store = null));
    return store;
  };
  let scanning = false;
  const auth = createAuthService({
    db: getDb,
    tenantNames: async () => new Map((await (await getStore()).tenants()).map((t) => [t.id, t.displayName])),
    // Firefox has no offscreen documents, but its background is a page that can host MSAL itself.
    host: import.meta.env.FIREFOX
      ? inPageHostClient(() => import('../../lib/auth/msal-host').then((m) => m.createMsalHost({ launchWebAuthFlow })))
      : offscreenHostClient(),
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
    // While the sign-in is expired the badge says `!` (lib/auth), not an old score.
    if (!scan || (await auth.paused().catch(() => false))) return;
    const band = bandOf(scan.score.percent);
    await browser.action.setBadgeText({ text: `${scan.score.percent}` });
    await browser.action.setBadgeBackgroundColor({ color: band.color });
    await browser.action.setTitle({
      title: `Posture Lens — ${scan.tenant.displayName}: ${scan.score.percent}% (${scan.score.achieved}/${scan.score.available} points), scanned ${new Date(scan.scannedAt).toLocaleString()}`,
    });
  }

  /** Makes the store's active tenant (the scan every page shows) the active account's. */
  async function followActiveAccount(): Promise<void> {
    const active = (await auth.state()).active;
    if (!active) return;
    const s = await getStore();
    await s.setActiveTenant(active.tenantId);
    const scan = (await s.latestScan(active.tenantId)) ?? null;
    if (scan) return showOnToolbar(scan);
    // Not scanned yet: no score rather than another tenant's (the `!` of an expired sign-in stays).
    if (await auth.paused()) return;
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: `Posture Lens — ${active.tenantName}: not scanned yet` });
  }

  /**
   * Scans the active account's tenant with a silent token; throws with the sentence to show. A
   * background scan adds to the history without changing what the pages show (the demo, say).
   */
  async function scanActiveTenant(opts: { background: boolean } = { background: false }): Promise<void> {
    const session = await auth.activeSession();
    if (!session) throw new Error('Sign in to a tenant first.');
    if (scanning) return;
    scanning = true;
    try {
      const { scan, missingPermissions } = await scanSignedInTenant(session);
      await auth.noteMissingPermissions(session.account.id, missingPermissions);
      const s = await getStore();
      await s.saveScan(scan, { demo: false });
      if (opts.background && (await s.activeTenantId()) !== scan.tenant.id) return;
      await s.setActiveTenant(scan.tenant.id);
      await showOnToolbar(scan);
    } finally {
      scanning = false;
    }
  }

  async function scanEvery(): Promise<ScanEvery> {
    return scanEveryOf((await (await getDb()).get('settings', SCAN_EVERY))?.value);
  }

  async function scheduleView(): Promise<ScanScheduleView> {
    const [every, alarm, paused] = await Promise.all([
      scanEvery(),
      browser.alarms.get(SCHEDULED_SCAN_ALARM),
      auth.paused(),
    ]);
    return { every, nextAt: alarm?.scheduledTime ?? null, paused };
  }

  /** Makes the alarm match the saved choice (kept across restarts; created again if it went missing). */
  async function applySchedule(every: ScanEvery, opts: { restart: boolean }): Promise<void> {
    const period = periodMinutes(every);
    const alarm = await browser.alarms.get(SCHEDULED_SCAN_ALARM);
    if (period === null) {
      if (alarm) await browser.alarms.clear(SCHEDULED_SCAN_ALARM);
      return;
    }
    if (alarm && alarm.periodInMinutes === period && !opts.restart) return;
    await browser.alarms.create(SCHEDULED_SCAN_ALARM, { delayInMinutes: period, periodInMinutes: period });
  }

  /**
   * The alarm's scan. Skipped while the sign-in is expired (the badge already says `!`): a token
   * that fails here records why, which sets the badge and pauses the next ones until a sign-in.
   */
  async function scheduledScan(): Promise<'scanned' | 'paused' | 'signedOut' | 'failed'> {
    if (await auth.paused()) return 'paused';
    const s = await auth.state();
    if (!s.active || s.status === 'signingIn') return 'signedOut';
    try {
      await scanActiveTenant({ background: true });
      return 'scanned';
    } catch {
      return (await auth.paused()) ? 'paused' : 'failed';
    }
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
          // The account just signed in is the active one: show its tenant's scan (none yet, if new).
          if (result.active && !result.problem) await followActiveAccount();
          return auth.state();
        },
        signOut: async ({ accountId }) => {
          const before = await auth.state();
          const result = await auth.signOut(accountId);
          // History stays; the page shows the tenant of the account that is active now, if any.
          if (before.active?.id === accountId && result.active) await followActiveAccount();
          return result;
        },
        switchAccount: async ({ accountId }) => {
          if (await auth.switchAccount(accountId)) await followActiveAccount();
          return state();
        },
        scanSignedInTenant: async () => {
          try {
            await scanActiveTenant();
          } catch (err) {
            return state(err instanceof Error ? err.message : String(err));
          }
          return state();
        },
        getScanSchedule: () => scheduleView(),
        setScanSchedule: async ({ every }) => {
          await (await getDb()).put('settings', { key: SCAN_EVERY, value: every });
          await applySchedule(every, { restart: true });
          return scheduleView();
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

  // Registered at start-up, as MV3 requires, so the alarm wakes a stopped worker into this handler.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SCHEDULED_SCAN_ALARM) void scheduledScan();
  });
  void scanEvery().then(
    (every) => applySchedule(every, { restart: false }),
    () => undefined,
  );

  // Restore the toolbar badge when the worker starts again: `!` if the sign-in expired, else the score.
  void auth
    .restoreBadge()
    .then((expired) => (expired ? undefined : currentScan().then(({ scan }) => showOnToolbar(scan))))
    .catch(() => undefined);
});
