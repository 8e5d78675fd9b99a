/**
 * The background's wiring: it builds the services (lib/background/), hands each the others it needs,
 * and registers their listeners at start-up. The work is in the services.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { createAuthService } from '../../lib/auth/auth-service';
import { inPageHostClient, launchWebAuthFlow, offscreenHostClient } from '../../lib/auth/msal-host-client';
import { followActiveAccount } from '../../lib/background/active-account';
import { createAppState } from '../../lib/background/app-state';
import { createRegressedTenants } from '../../lib/background/regressed-tenants';
import { sessionRegressionMemo } from '../../lib/store/regression-memo';
import { wireAdminServices } from '../../lib/background/admin-services-wiring';
import { createServiceReader } from '../../lib/services/create-service-reader';
import { createDeclarationsSetting } from '../../lib/background/declarations';
import { createDnsResolverSetting } from '../../lib/background/dns-resolver';
import { listenForMessages, listenForProgress } from '../../lib/background/message-listeners';
import { createOverlay } from '../../lib/background/overlay';
import { createControlTimeline } from '../../lib/background/control-timeline';
import { createNewControls, newControlsHandlers } from '../../lib/background/new-controls';
import { accountHandlers, scanHandlers, settingsHandlers, timelineHandlers } from '../../lib/background/pages-handlers';
import { recentAlertsHandlers } from '../../lib/background/recent-alerts';
import { wirePartner } from '../../lib/background/partner-wiring';
import type { ActiveSession } from '../../lib/background/auth-port';
import { createScanRunner } from '../../lib/background/scan-runner';
import { createTenantScanLocks } from '../../lib/background/tenant-scan-locks';
import { createScheduledScans } from '../../lib/background/scheduled-scans';
import { restoreAtStart } from '../../lib/background/start-up';
import { createStoreConnection } from '../../lib/background/store-connection';
import { createToolbarBadge } from '../../lib/background/toolbar-badge';
import { createWatchAlerts } from '../../lib/background/watch-alerts';
import { watchHandlers } from '../../lib/background/watch-handlers';
import { createScanControl } from '../../lib/scanner/scan-control';
import { createDispositionStore } from '../../lib/store/disposition-store';
import { createScoredState } from '../../lib/store/scored-state';
import { readPopupState, savePopupState } from '../../lib/store/popup-cache';
import { popupStateOf } from '../../lib/messaging/popup-state';

/** Firefox has no offscreen documents, but its background is a page that can host MSAL itself. */
const msalHost = () =>
  import.meta.env.FIREFOX
    ? inPageHostClient(() => import('../../lib/auth/msal-host').then((m) => m.createMsalHost({ launchWebAuthFlow })))
    : offscreenHostClient();

/**
 * The services every other one is built on: the store, dispositions' scoring, the toolbar badge,
 * sign-in, the settings a scan reads with, and the watch.
 */
function coreServices() {
  const { getDb, getStore } = createStoreConnection();
  const clock = () => Date.now();
  // Dispositions score the latest scan for every page, the badge and exports (lib/store/scored-state.ts).
  const scored = createScoredState({
    scans: getStore,
    dispositions: () => getDb().then(createDispositionStore),
    clock,
  });
  const badge = createToolbarBadge({ signInExpired: () => auth.paused(), scored: (scan) => scored.scored(scan) });
  const auth = createAuthService({
    db: getDb,
    tenantNames: async () => new Map((await (await getStore()).tenants()).map((t) => [t.id, t.displayName])),
    host: msalHost(),
    // The auth service decides when the sign-in-expired `!` shows; the toolbar badge, how.
    badge,
  });
  const recordedBy = async (demo: boolean): Promise<string> =>
    demo ? 'this browser' : ((await auth.state()).active?.username ?? 'this browser');
  const dnsResolver = createDnsResolverSetting({ getDb });
  const declarations = createDeclarationsSetting({ getDb, getStore, recordedBy, clock });
  const scanControl = createScanControl();
  const adminServices = wireAdminServices({ getDb, getStore, auth, create: createServiceReader });
  // What every scan and rescan reads with: store, silent token, DNS resolver, declarations, admin services (issue 17).
  const scanIo = {
    getStore,
    activeSession: () => auth.activeSession(),
    doh: () => dnsResolver.doh(),
    declarations: (tenantId: string) => declarations.forTenant(tenantId),
    noteMissingPermissions: (id: string, perms: readonly string[]) => auth.noteMissingPermissions(id, perms),
    services: adminServices.readers,
  };
  // After each scheduled scan: compare with the tenant's previous one and notify (issue 15).
  const watch = createWatchAlerts({
    getDb,
    clock,
    showTenant: async (tenantId) => {
      await (await getStore()).setActiveTenant(tenantId);
      await badge.showScore((await scored.current()).scan);
    },
  });
  return {
    getDb,
    getStore,
    clock,
    scored,
    badge,
    auth,
    recordedBy,
    dnsResolver,
    declarations,
    scanControl,
    adminServices,
    scanIo,
    watch,
  };
}

export default defineBackground(() => {
  const core = coreServices();
  const { getDb, getStore, clock, scored, badge, auth, scanIo, watch } = core;
  const { recordedBy, dnsResolver, declarations, scanControl, adminServices } = core;
  // "Scan now" and "Scan selected" share these: no tenant is scanned twice at once (issue 16).
  const locks = createTenantScanLocks();
  const shownCustomer = (tenantId: string, active: ActiveSession) =>
    partner.tenantScans.shownCustomer(tenantId, active);
  const scans = createScanRunner({
    ...scanIo,
    scanControl,
    badge,
    afterScheduledScan: watch.afterScheduledScan,
    locks,
    shownCustomer,
  });
  // Every state the pages are told is kept for the popup's first paint too (lib/store/popup-cache.ts).
  const regressed = createRegressedTenants({ getDb, getStore, clock, memo: sessionRegressionMemo });
  const state = createAppState({ scored, auth, scans, regressed, keep: (s) => savePopupState(popupStateOf(s)) });
  // A scheduled scan tells no page, so the popup's copy is brought up to date after it.
  const scanInBackground = () => scans.scanSignedInTenant({ background: true }).finally(() => void state());
  const schedule = createScheduledScans({ getDb, auth, scanInBackground });
  const overlay = createOverlay({
    ...scanIo,
    getDb,
    currentScan: () => scored.current(),
    isScanning: () => scans.isScanning(),
    showOnToolbar: (scan) => badge.showScore(scan),
  });
  const timeline = createControlTimeline({ scans: getStore, dispositions: () => getDb().then(createDispositionStore) });
  const showAccount = followActiveAccount({ auth, getStore, badge });
  // The pages, the toolbar and the scan schedule (chosen per tenant) follow the active account.
  const follow = () => showAccount().then(() => schedule.follow());

  // The partner view (issue 16): customer tenants, the Tenants overview, scans of several, templates.
  const partner = wirePartner({
    ...scanIo,
    getDb,
    dispositions: () => getDb().then(createDispositionStore),
    auth,
    clock,
    badge,
    locks,
    afterScheduledScan: watch.afterScheduledScan,
    signedInSchedule: schedule,
  });

  listenForMessages({
    handlers: {
      pages: {
        ...scanHandlers({ state, scans, scanControl, schedule: partner.schedule, scored }),
        ...accountHandlers({ state, auth, followActiveAccount: follow }),
        ...settingsHandlers({ state, scored, recordedBy, badge, overlay, dnsResolver, declarations }),
        ...timelineHandlers({ timeline }),
        ...watchHandlers({ auth, watch }),
        ...newControlsHandlers({ newControls: createNewControls({ getDb, scans: getStore }) }),
        ...recentAlertsHandlers({ getDb, scans: getStore }),
        ...adminServices.handlers,
        ...partner.handlers,
      },
      content: overlay.handlers,
    },
    onAuthMessage: (message, sender, reply) => auth.onMessage(message, sender, reply),
  });
  listenForProgress(scanControl);
  partner.start();
  watch.start();
  void schedule.start();
  restoreAtStart({ state, popupCopyKept: () => readPopupState().then(Boolean), auth, scored, badge });
});
