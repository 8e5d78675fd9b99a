import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bandOf } from '../../components/score-band';
import { createAuthService } from '../../lib/auth/auth-service';
import { inPageHostClient, launchWebAuthFlow, offscreenHostClient } from '../../lib/auth/msal-host-client';
import { isAdminHost } from '../../lib/engine/pages/admin-hosts';
import { historyView } from '../../lib/engine/history/history';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { isEnvelope } from '../../lib/messaging/envelope';
import { createMessageRouter } from '../../lib/messaging/handle';
import type { AppState, ScanScheduleView } from '../../lib/messaging/protocol';
import { DEMO_TENANT_ID, scanDemoTenant } from '../../lib/scanner/demo-scan';
import { periodMinutes, SCHEDULED_SCAN_ALARM, scanEveryOf, type ScanEvery } from '../../lib/scanner/scan-schedule';
import { scanSignedInTenant } from '../../lib/scanner/tenant-scan-service';
import { openStore, type StoreDb } from '../../lib/store/open-store';
import { createDeclarationsSetting } from './declarations';
import { createDnsResolverSetting } from './dns-resolver';
import { createOverlay } from './overlay';
import { createScanStore, type ScanStore } from '../../lib/store/scan-store';
import { createDispositionStore } from '../../lib/store/disposition-store';
import { createScoredState } from '../../lib/store/scored-state';
import { createScanControl, SCAN_CANCELLED } from '../../lib/scanner/scan-control';
import { SCAN_PROGRESS_PORT } from '../../lib/messaging/protocol';

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
  // Dispositions score the latest scan for every page, the badge and exports (lib/store/scored-state.ts).
  const scored = createScoredState({
    scans: getStore,
    dispositions: () => getDb().then(createDispositionStore),
    clock: () => Date.now(),
  });
  // The running scan's Cancel and progress; progress goes to pages over a port (pushed, not polled).
  const scanControl = createScanControl();
  // Settings › DNS checks: the resolver SPF, DMARC and DKIM are looked up through (off by default).
  const dnsResolver = createDnsResolverSetting({ getDb });
  const recordedBy = async (demo: boolean): Promise<string> =>
    demo ? 'this browser' : ((await auth.state()).active?.username ?? 'this browser');
  // Settings › Exclusions you sanction: each tenant's declarations, passed to every scan of that tenant.
  const declarations = createDeclarationsSetting({ getDb, getStore, recordedBy, clock: () => Date.now() });
  const auth = createAuthService({
    db: getDb,
    tenantNames: async () => new Map((await (await getStore()).tenants()).map((t) => [t.id, t.displayName])),
    // Firefox has no offscreen documents, but its background is a page that can host MSAL itself.
    host: import.meta.env.FIREFOX
      ? inPageHostClient(() => import('../../lib/auth/msal-host').then((m) => m.createMsalHost({ launchWebAuthFlow })))
      : offscreenHostClient(),
    // The auth service decides when the sign-in-expired `!` shows; these are the toolbar calls it made itself.
    badge: {
      async showSignInExpired(expired) {
        if (!expired) {
          await browser.action.setBadgeText({ text: '' }); // showOnToolbar puts the score back
          return;
        }
        await browser.action.setBadgeText({ text: '!' });
        await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
        await browser.action.setTitle({
          title: 'Posture Lens — sign-in expired: background scans are paused. Sign in again.',
        });
      },
    },
  });

  const currentScan = () => scored.current();

  async function state(error: string | null = null, notice: string | null = null): Promise<AppState> {
    try {
      const { problem, ...current } = await currentScan();
      return { ...current, scanning, error: error ?? problem, notice, auth: await auth.state() };
    } catch (err) {
      return { scan: null, demo: false, scanning, error: err instanceof Error ? err.message : String(err) };
    }
  }

  async function showOnToolbar(scan: ScanResult | null): Promise<void> {
    // While the sign-in is expired the badge says `!` (lib/auth), not an old score.
    if (!scan || (await auth.paused().catch(() => false))) return;
    scan = await scored.scored(scan).catch(() => scan!);
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
      // The previous scan: Microsoft's new controls and stale verdicts are found against it.
      const previous = (await (await getStore()).latestScan(session.account.tenantId)) ?? null;
      const doh = await dnsResolver.doh();
      const declared = await declarations.forTenant(session.account.tenantId);
      const run = await scanControl.run((io) =>
        scanSignedInTenant(session, { ...io, previous, ...doh, declarations: declared }),
      );
      if (run.cancelled) throw new Error(SCAN_CANCELLED);
      const { scan, missingPermissions } = run.value;
      await auth.noteMissingPermissions(session.account.id, missingPermissions);
      const s = await getStore();
      await s.saveScan(scan, { demo: false });
      if (opts.background && (await s.activeTenantId()) !== scan.tenant.id) return;
      await s.setActiveTenant(scan.tenant.id);
      await showOnToolbar(scan);
    } catch (err) {
      // A cancelled scan is the user's choice; an expired sign-in has its own `!` (lib/auth).
      const cancelled = err instanceof Error && err.message === SCAN_CANCELLED;
      if (!cancelled && !(await auth.paused().catch(() => false))) await showScanFailed(err);
      throw err;
    } finally {
      scanning = false;
    }
  }

  /** The toolbar says the last scan failed (`!` and why) until a scan succeeds; the stored score is kept. */
  async function showScanFailed(err: unknown): Promise<void> {
    const why = err instanceof Error ? err.message : String(err);
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    await browser.action.setTitle({ title: `Posture Lens — the last scan failed: ${why}` });
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

  const overlay = createOverlay({
    getDb,
    getStore,
    currentScan,
    activeSession: () => auth.activeSession(),
    doh: () => dnsResolver.doh(),
    declarations: (tenantId) => declarations.forTenant(tenantId),
    isScanning: () => scanning,
    showOnToolbar,
  });

  const route = createMessageRouter({
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    isAllowedContentUrl: (url) => isAdminHost(url) || (url.protocol === 'https:' && portalFrame.test(url.hostname)),
    handlers: {
      pages: {
        getState: () => state(),
        // Scored with dispositions as they stood at each scan (lib/store/scored-state.ts).
        getHistory: async () => historyView(await scored.history(400)),
        runDemoScan: async () => {
          if (scanning) return state();
          scanning = true;
          try {
            const previous = (await (await getStore()).latestScan(DEMO_TENANT_ID)) ?? null;
            const declared = await declarations.forTenant(DEMO_TENANT_ID);
            const run = await scanControl.run((io) => scanDemoTenant({ ...io, previous, declarations: declared }));
            if (run.cancelled) return await state(null, SCAN_CANCELLED);
            const { value: scan } = run;
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
            const why = err instanceof Error ? err.message : String(err);
            return why === SCAN_CANCELLED ? state(null, why) : state(why);
          }
          return state();
        },
        getScanSchedule: () => scheduleView(),
        cancelScan: () => {
          scanControl.cancel();
          return state();
        },
        getDisposition: ({ controlId }) => scored.get(controlId),
        setDisposition: async ({ controlId, disposition }) => {
          await scored.set(controlId, disposition, recordedBy);
          await currentScan().then(({ scan }) => showOnToolbar(scan));
          return state();
        },
        clearDisposition: async ({ controlId }) => {
          await scored.clear(controlId, recordedBy);
          await currentScan().then(({ scan }) => showOnToolbar(scan));
          return state();
        },
        setScanSchedule: async ({ every }) => {
          await (await getDb()).put('settings', { key: SCAN_EVERY, value: every });
          await applySchedule(every, { restart: true });
          return scheduleView();
        },
        getOverlaySwitches: () => overlay.switches(),
        setOverlaySwitch: ({ center, on }) => overlay.setSwitch(center, on),
        getDnsResolver: () => dnsResolver.get(),
        setDnsResolver: (setting) => dnsResolver.set(setting),
        getDeclarations: () => declarations.view(),
        setDeclarations: ({ tenantId, declarations: input }) => declarations.set(tenantId, input),
      },
      content: overlay.handlers,
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

  browser.runtime.onConnect.addListener((port) => {
    // Only our own pages hear scan progress (content scripts can open ports too).
    if (port.name !== SCAN_PROGRESS_PORT || !port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return;
    const stop = scanControl.subscribe((p) => port.postMessage(p));
    port.onDisconnect.addListener(() => stop());
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
