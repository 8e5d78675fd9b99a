/**
 * The extension pages' protocol (PagesProtocol), answered from the background's services. Each group
 * only translates a message into service calls and the state the page shows next; the work is in the
 * services (scan-runner, scheduled-scans, toolbar-badge, the settings).
 */
import type { Declarations } from '../engine/scan/declarations';
import type { AdminCenterId, OverlaySwitches } from '../engine/pages/admin-centers';
import { historyView } from '../engine/history/history';
import type { DnsResolverSetting } from '../dns/resolver-setting';
import type { Handlers } from '../messaging/handle';
import { popupStateOf } from '../messaging/popup-state';
import type { AppState, DeclarationsView, ScanScheduleView } from '../messaging/protocol';
import { SCAN_CANCELLED, type ScanControl } from '../scanner/scan-control';
import type { ScanEvery } from '../scanner/scan-schedule';
import type { ScoredStateService } from '../store/scored-state';
import type { AuthPort } from './auth-port';
import type { ControlTimelineService } from './control-timeline';
import type { ScanRunner } from './scan-runner';
import type { ToolbarBadge } from './toolbar-badge';

type PagesHandlers = Handlers['pages'];
type State = (error?: string | null, notice?: string | null) => Promise<AppState>;
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function scanHandlers(deps: {
  state: State;
  scans: Pick<ScanRunner, 'scanDemoTenant' | 'scanSignedInTenant'>;
  scanControl: Pick<ScanControl, 'cancel'>;
  schedule: { view(): Promise<ScanScheduleView>; set(every: ScanEvery): Promise<ScanScheduleView> };
  scored: Pick<ScoredStateService, 'history'>;
}): Pick<
  PagesHandlers,
  | 'getState'
  | 'getPopupState'
  | 'getHistory'
  | 'runDemoScan'
  | 'scanSignedInTenant'
  | 'cancelScan'
  | 'getScanSchedule'
  | 'setScanSchedule'
> {
  /** Runs a scan and answers with the state after it: a cancelled scan is a notice, a failed one the error. */
  const answer = async (scan: () => Promise<void>, failure: 'error' | 'thrown'): Promise<AppState> => {
    try {
      await scan();
    } catch (err) {
      const why = messageOf(err);
      if (why === SCAN_CANCELLED) return deps.state(null, why);
      if (failure === 'thrown') throw err;
      return deps.state(why);
    }
    return deps.state();
  };
  return {
    getState: () => deps.state(),
    getPopupState: async () => popupStateOf(await deps.state()),
    // Scored with dispositions as they stood at each scan (lib/store/scored-state.ts).
    getHistory: async () => historyView(await deps.scored.history(400)),
    // The demo's failures reach the page as a failed request, as they always have.
    runDemoScan: () => answer(() => deps.scans.scanDemoTenant(), 'thrown'),
    scanSignedInTenant: () => answer(() => deps.scans.scanSignedInTenant(), 'error'),
    cancelScan: () => {
      deps.scanControl.cancel();
      return deps.state();
    },
    getScanSchedule: () => deps.schedule.view(),
    setScanSchedule: ({ every }) => deps.schedule.set(every),
  };
}

export function accountHandlers(deps: {
  state: State;
  auth: Pick<AuthPort, 'state' | 'saveConnection' | 'signIn' | 'signOut' | 'switchAccount'>;
  followActiveAccount(): Promise<void>;
}): Pick<PagesHandlers, 'getAuthState' | 'saveConnection' | 'signIn' | 'signOut' | 'switchAccount'> {
  const { auth } = deps;
  return {
    getAuthState: () => auth.state(),
    saveConnection: (p) => auth.saveConnection(p),
    signIn: async (p) => {
      const result = await auth.signIn(p);
      // The account just signed in is the active one: show its tenant's scan (none yet, if new).
      if (result.active && !result.problem) await deps.followActiveAccount();
      return auth.state();
    },
    signOut: async ({ accountId }) => {
      const before = await auth.state();
      const result = await auth.signOut(accountId);
      // History stays; the page shows the tenant of the account that is active now, if any.
      if (before.active?.id === accountId && result.active) await deps.followActiveAccount();
      return result;
    },
    switchAccount: async ({ accountId }) => {
      if (await auth.switchAccount(accountId)) await deps.followActiveAccount();
      return deps.state();
    },
  };
}

export function settingsHandlers(deps: {
  state: State;
  scored: Pick<ScoredStateService, 'current' | 'get' | 'set' | 'clear' | 'markReviewed'>;
  /** Who records a disposition: the signed-in account, or "this browser" for the demo. */
  recordedBy(demo: boolean): Promise<string>;
  badge: Pick<ToolbarBadge, 'showScore'>;
  overlay: {
    switches(): Promise<OverlaySwitches>;
    setSwitch(center: AdminCenterId, on: boolean): Promise<OverlaySwitches>;
  };
  dnsResolver: { get(): Promise<DnsResolverSetting>; set(setting: DnsResolverSetting): Promise<DnsResolverSetting> };
  declarations: {
    view(): Promise<DeclarationsView>;
    set(tenantId: string, input: Declarations): Promise<DeclarationsView>;
  };
}): Pick<
  PagesHandlers,
  | 'getDisposition'
  | 'setDisposition'
  | 'clearDisposition'
  | 'markReviewed'
  | 'getOverlaySwitches'
  | 'setOverlaySwitch'
  | 'getDnsResolver'
  | 'setDnsResolver'
  | 'getDeclarations'
  | 'setDeclarations'
> {
  // A disposition changes the score: the toolbar shows it at once.
  const rescore = async (): Promise<AppState> => {
    await deps.scored.current().then(({ scan }) => deps.badge.showScore(scan));
    return deps.state();
  };
  return {
    getDisposition: ({ controlId }) => deps.scored.get(controlId),
    setDisposition: async ({ controlId, disposition }) => {
      await deps.scored.set(controlId, disposition, (demo) => deps.recordedBy(demo));
      return rescore();
    },
    clearDisposition: async ({ controlId }) => {
      await deps.scored.clear(controlId, (demo) => deps.recordedBy(demo));
      return rescore();
    },
    markReviewed: async ({ controlId, note }) => {
      await deps.scored.markReviewed(controlId, note, (demo) => deps.recordedBy(demo));
      return rescore();
    },
    getOverlaySwitches: () => deps.overlay.switches(),
    setOverlaySwitch: ({ center, on }) => deps.overlay.setSwitch(center, on),
    getDnsResolver: () => deps.dnsResolver.get(),
    setDnsResolver: (setting) => deps.dnsResolver.set(setting),
    getDeclarations: () => deps.declarations.view(),
    setDeclarations: ({ tenantId, declarations }) => deps.declarations.set(tenantId, declarations),
  };
}

export function timelineHandlers(deps: {
  timeline: Pick<ControlTimelineService, 'forControl'>;
}): Pick<PagesHandlers, 'getControlTimeline'> {
  return { getControlTimeline: ({ controlId }) => deps.timeline.forControl(controlId) };
}
