/**
 * Every message the background answers, typed once and split by trust. Types only (plus payload
 * validators), so both ends agree and neither can send what the other doesn't expect.
 */
import type { Declarations } from '../engine/scan/declarations';
import type { DisposedScan, DispositionInput, DispositionRecord } from '../engine/history/dispositions';
import { isDeclarationsPayload } from './declarations-payload';
import { isDispositionInputShape, isReviewNoteShape } from './disposition-payload';
import type { HistoryPoint, HistoryView } from '../engine/history/history';
import type { Improvement } from '../engine/score/improvements';
import type { ScoreSummary } from '../engine/score/score';
import type { Borrowed } from '../engine/secure-score/borrowed';
import type { MicrosoftSection } from '../engine/secure-score/microsoft-verdict';
import type { ControlTimeline } from '../engine/history/timeline';
import type { RegressedTenants } from '../engine/partner/regressed';
import { isScanEvery, type ScanEvery } from '../scanner/scan-schedule';
import type { PageBadges } from '../engine/pages/page-badges';
import { isAdminCenterId, type AdminCenterId, type OverlaySwitches } from '../engine/pages/admin-centers';
import { isDnsResolverSetting, type DnsResolverSetting } from '../dns/resolver-setting';
import type { WatchSettings } from '../engine/watch/watch-settings';
import { isWatchSettingsPayload } from './watch-payload';
import { isControlIdsPayload } from './new-controls-payload';
import type { AuthState, SaveConnectionResult } from './auth-view';
import type { AlertsView } from './alerts-view';
import { isSetAdminServicePayload, type AdminServicesView, type SetAdminServicePayload } from './admin-services-view';
import { partnerPayloads, type PartnerProtocol } from './partner-protocol';

export type {
  AccountView,
  AuthProblem,
  AuthState,
  AuthStatus,
  ConnectionView,
  SaveConnectionResult,
} from './auth-view';
export type { AlertRecord, AlertRecordFinding, AlertsView } from './alerts-view';
export type { WatchSettings, WatchThreshold } from '../engine/watch/watch-settings';
export type { BadgeModel, PageBadges } from '../engine/pages/page-badges';

export interface AppState {
  /** The latest scan as scored with the tenant's dispositions (the stored scan is never rewritten). */
  readonly scan: DisposedScan | null;
  /** The scan before it (its score with the dispositions of its time), for "+8 since yesterday"; absent with one scan. */
  readonly previous?: Pick<HistoryPoint, 'scannedAt' | 'percent'>;
  /** The scan is of the built-in demo tenant, not a real one. */
  readonly demo: boolean;
  readonly scanning: boolean;
  /** A problem the user should see (store unavailable, scan failed), as one sentence. */
  readonly error: string | null;
  /** Something the user should know that isn't a failure ("Scan cancelled."), as one sentence. */
  readonly notice?: string | null;
  /** The active tenant's dispositions, each with its audit trail. */
  readonly dispositions?: readonly DispositionRecord[];
  /** Sign-in state for a real tenant; absent from backgrounds that predate sign-in. */
  readonly auth?: AuthState;
  /** For the popup's "3 tenants regressed" (lib/engine/partner/regressed.ts); absent when it couldn't be read. */
  readonly regressedTenants?: RegressedTenants;
}

/** One improvement action, with Microsoft's verdict when it is borrowed (tagged as the table does). */
export interface PopupAction extends Improvement {
  readonly borrowedFrom?: Borrowed;
}

/** The latest scan, as the popup shows it. */
export interface PopupScan {
  readonly tenantName: string;
  readonly scannedAt: string;
  readonly score: DisposedScan['score'];
  readonly controls: number;
  readonly coverage: Pick<ScoreSummary['coverage'], 'unknown' | 'notApplicable'>;
  /** The engine's one ranking, first five. */
  readonly actions: readonly PopupAction[];
  readonly byCategory: ScoreSummary['byCategory'];
  readonly unlock: ScoreSummary['unlock'];
  readonly microsoft?: MicrosoftSection;
  /** Verdicts borrowed from Microsoft that were stale when the scan was made. */
  readonly staleBorrowed: number;
  /** Accepted risks past their review date. */
  readonly reviewsDue: number;
  /** Review controls whose cadence has passed (attestations: no points until reviewed again). */
  readonly reviewControlsDue: number;
}

/**
 * What the toolbar popup shows, and nothing more: the score, the change since the scan before, the top
 * actions, the categories and a few counts (made by lib/messaging/popup-state.ts). Small enough for
 * the background to keep a copy the popup paints from before the service worker has woken.
 */
export interface PopupState extends Omit<AppState, 'scan' | 'dispositions'> {
  readonly scan: PopupScan | null;
}

/** How often the background scans the active account's tenant by itself (chosen per tenant). */
export type { ScanEvery };

export interface ScanScheduleView {
  readonly every: ScanEvery;
  /** When the next background scan is due (ms since epoch); null when off. */
  readonly nextAt: number | null;
  /** Background scans wait for a sign-in (the last one expired). */
  readonly paused: boolean;
}

/** The signed-in tenant's watch (issue 15): what its scheduled scans notify about. */
export interface WatchSettingsView {
  /** The active account's tenant; null when nobody is signed in (nothing is scanned in the background). */
  readonly tenantId: string | null;
  readonly tenantName: string | null;
  readonly settings: WatchSettings;
}

/** The active tenant's declarations, as the settings page edits them. */
export interface DeclarationsView {
  /** The tenant they belong to (the active one); null before any tenant is signed in to or scanned. */
  readonly tenantId: string | null;
  readonly tenantName: string | null;
  /** The built-in demo tenant. */
  readonly demo: boolean;
  readonly declarations: Declarations;
  /** The saved declarations couldn't be read and count as none: the sentence to show. */
  readonly problem: string | null;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}

/** Extension pages → background. Privileged: served only to our own extension origin. */
export interface PagesProtocol extends PartnerProtocol {
  getState(payload: null): AppState;
  /** The popup's slim state: what it shows, without the scan's evidence. */
  getPopupState(payload: null): PopupState;
  runDemoScan(payload: null): AppState;
  /** The active tenant's score over time and what its latest scan changed. */
  getHistory(payload: null): HistoryView;
  getAuthState(payload: null): AuthState;
  /** Validates (again, in the background) and saves the Connect page's settings. */
  saveConnection(payload: { clientId: string; tenant: string; cloud: string }): SaveConnectionResult;
  /** Interactive sign-in, run by the background so it survives the popup closing. `consent` asks again for every permission. */
  signIn(payload: { consent: boolean }): AuthState;
  /** Removes that account's tokens; its scan history stays. */
  signOut(payload: { accountId: string }): AuthState;
  /** Makes an account (and its tenant's latest scan) the active one. */
  switchAccount(payload: { accountId: string }): AppState;
  /** Scans the active account's tenant with a silently acquired token. */
  scanSignedInTenant(payload: null): AppState;
  /** The signed-in tenant's schedule (the choice saved before it was per tenant, else daily). */
  getScanSchedule(payload: null): ScanScheduleView;
  /** Saves the choice for the signed-in tenant (for any, while nobody is) and sets (or clears) the alarm. */
  setScanSchedule(payload: { every: ScanEvery }): ScanScheduleView;
  /** Stops the scan in progress: nothing is saved and the previous score stays. */
  cancelScan(payload: null): AppState;
  /**
   * One control's timeline for the active tenant, newest first: each scan's status and points, the audit
   * events attached to it, the disposition trail (from the 90 days before the newest scan, at most 100 scans).
   */
  getControlTimeline(payload: { controlId: string }): ControlTimeline;
  /** One control's disposition and trail, for the active tenant. */
  getDisposition(payload: { controlId: string }): DispositionRecord | null;
  /** Records a disposition for the active tenant (checked again in the background), by the signed-in account. */
  setDisposition(payload: { controlId: string; disposition: DispositionInput }): AppState;
  /** Clears it; the trail keeps who cleared what and when. */
  clearDisposition(payload: { controlId: string }): AppState;
  /**
   * Marks a review control Reviewed with the admin's note, for the active tenant: the background checks
   * the note and that the control is a review, and records who (the signed-in account) and when (its clock).
   */
  markReviewed(payload: { controlId: string; note: string }): AppState;
  /** Which admin centers the overlay annotates (all on unless switched off). */
  getOverlaySwitches(payload: null): OverlaySwitches;
  setOverlaySwitch(payload: { center: AdminCenterId; on: boolean }): OverlaySwitches;
  /** Which DNS-over-HTTPS resolver a scan asks for SPF, DMARC and DKIM (off unless chosen). */
  getDnsResolver(payload: null): DnsResolverSetting;
  /** Saves it (a custom URL is checked again here: https only, no credentials). */
  setDnsResolver(payload: DnsResolverSetting): DnsResolverSetting;
  /** The signed-in tenant's watch settings (the defaults until chosen). */
  getWatchSettings(payload: null): WatchSettingsView;
  /** Saves them for `tenantId` (checked again when stored); refused when it is no longer the signed-in tenant. */
  setWatchSettings(payload: { tenantId: string; settings: WatchSettings }): WatchSettingsView;
  /** The active tenant's emergency-access accounts, sanctioned exemptions and privileged roles. */
  getDeclarations(payload: null): DeclarationsView;
  /**
   * Replaces them (checked with parseDeclarations before the handler runs, and again when stored); refused
   * when `tenantId` is no longer the active tenant. They apply from the next scan.
   */
  setDeclarations(payload: { tenantId: string; declarations: Declarations }): DeclarationsView;
  /** The active tenant's controls new to it and not yet seen on the dashboard (the first call sees them all). */
  getNewControls(payload: null): readonly string[];
  /** Records the admin saw these controls (the active tenant's); answers the ids still new. */
  markControlsSeen(payload: { controlIds: readonly string[] }): readonly string[];
  /** The alerts the watch raised for the active tenant, newest first, each with every finding. */
  getAlerts(payload: null): AlertsView;
  /** The shown tenant's admin services (issue 17): off unless turned on, with where each stands. */
  getAdminServices(payload: null): AdminServicesView;
  /** Turns one on (asking its consent, interactively) or off, for `tenantId` if it is still the shown tenant. */
  setAdminService(payload: SetAdminServicePayload): AdminServicesView;
}

/**
 * Scan progress is pushed, not polled: an extension page opens a port with this name and the
 * background posts a `ScanProgress` on it for every batch of requests answered, while a scan runs.
 */
export const SCAN_PROGRESS_PORT = 'scan-progress';

export interface ScanProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Admin-page content script → background. Unprivileged: view models only, nothing that calls Graph
 * but one rate-limited rescan. No message carries a URL: the page is always the sender tab's URL as
 * the browser reports it (`sender.tab.url`), so a frame or a tampered script can't pick another page.
 */
export interface ContentProtocol {
  /** The badges of the page the sender's tab shows. */
  getPageBadges(payload: null): PageBadges;
  /**
   * Reads one control of the sender tab's page again and answers with the page's badges. The background
   * checks the page governs the control, limits rescans per control and per tab, runs one at a time,
   * and never starts a sign-in.
   */
  rescanControl(payload: { controlId: string }): PageBadges;
  /** Opens the control in the dashboard, reusing the dashboard tab if one is open (an admin page can't link to an extension page itself). */
  openControl(payload: { controlId: string }): null;
}

export interface Protocols {
  pages: PagesProtocol;
  content: ContentProtocol;
}

export type MessageName<C extends keyof Protocols> = keyof Protocols[C] & string;
export type PayloadOf<C extends keyof Protocols, N extends MessageName<C>> = Protocols[C][N] extends (
  p: infer P,
) => unknown
  ? P
  : never;
export type ResultOf<C extends keyof Protocols, N extends MessageName<C>> = Protocols[C][N] extends (
  p: never,
) => infer R
  ? R
  : never;

/** Payload validators, run by the background before any handler sees a message. */
export const validPayload: { [C in keyof Protocols]: { [N in MessageName<C>]: (p: unknown) => boolean } } = {
  pages: {
    getState: (p) => p === null,
    getPopupState: (p) => p === null,
    runDemoScan: (p) => p === null,
    getHistory: (p) => p === null,
    getAuthState: (p) => p === null,
    saveConnection: (p) =>
      isRecord(p) && ['clientId', 'tenant', 'cloud'].every((k) => typeof p[k] === 'string' && p[k].length < 300),
    signIn: (p) => isRecord(p) && typeof p.consent === 'boolean',
    signOut: (p) => isRecord(p) && isAccountId(p.accountId),
    switchAccount: (p) => isRecord(p) && isAccountId(p.accountId),
    scanSignedInTenant: (p) => p === null,
    getScanSchedule: (p) => p === null,
    setScanSchedule: (p) => isRecord(p) && isScanEvery(p.every),
    cancelScan: (p) => p === null,
    getControlTimeline: (p) => hasOnlyKeys(p, ['controlId']) && isControlId(p.controlId),
    getDisposition: (p) => isRecord(p) && isControlId(p.controlId),
    setDisposition: (p) => isRecord(p) && isControlId(p.controlId) && isDispositionInputShape(p.disposition),
    clearDisposition: (p) => isRecord(p) && isControlId(p.controlId),
    markReviewed: (p) => hasOnlyKeys(p, ['controlId', 'note']) && isControlId(p.controlId) && isReviewNoteShape(p.note),
    getOverlaySwitches: (p) => p === null,
    setOverlaySwitch: (p) => isRecord(p) && isAdminCenterId(p.center) && typeof p.on === 'boolean',
    getDnsResolver: (p) => p === null,
    setDnsResolver: (p) => isDnsResolverSetting(p),
    getWatchSettings: (p) => p === null,
    setWatchSettings: (p) => isWatchSettingsPayload(p),
    getDeclarations: (p) => p === null,
    setDeclarations: (p) => isDeclarationsPayload(p),
    getNewControls: (p) => p === null,
    markControlsSeen: (p) => isControlIdsPayload(p),
    getAlerts: (p) => p === null,
    getAdminServices: (p) => p === null,
    setAdminService: (p) => isSetAdminServicePayload(p),
    ...partnerPayloads,
  },
  content: {
    getPageBadges: (p) => p === null,
    rescanControl: (p) => hasOnlyKeys(p, ['controlId']) && isControlId(p.controlId),
    openControl: (p) => hasOnlyKeys(p, ['controlId']) && isControlId(p.controlId),
  },
};

/** Exactly these keys: a content message carrying more (a URL, say) is malformed, not half-read. */
function hasOnlyKeys(p: unknown, keys: readonly string[]): p is Record<string, unknown> {
  return isRecord(p) && Object.keys(p).every((k) => keys.includes(k)) && keys.every((k) => k in p);
}

const isRecord = (p: unknown): p is Record<string, unknown> => typeof p === 'object' && p !== null;

function isControlId(id: unknown): id is string {
  return typeof id === 'string' && /^[\w.-]{1,200}$/.test(id);
}

const isAccountId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length < 200;
