/**
 * How often "Rescan this control" may read Graph. Pure: the background keeps the log (in its own
 * settings store, so a restarted service worker still knows) and passes the time in.
 *
 * Why these numbers: a rescan is the admin confirming a setting they just changed, one control at a
 * time. Once a minute per control is enough for that (a changed setting shows in Graph within seconds
 * to minutes) and turns a double-click or a stuck key into one read. Five per tab in ten minutes covers
 * fixing the few settings one admin page governs; beyond that, a full scan from the toolbar is the
 * right tool. Together they bound what one page can make the extension read to about 15 Graph requests
 * (each rescan: the control's sources, the organization, the licences) per ten minutes, far below
 * Graph's throttling limits, so the admin's own scans are never throttled because of the overlay.
 */
export const RESCAN_LIMITS = {
  /** One rescan of a control (from any tab) per this long. */
  perControlMs: 60_000,
  /** At most this many rescans per tab… */
  perTab: 5,
  /** …in this sliding window. */
  perTabWindowMs: 10 * 60_000,
} as const;

/** When each control was last rescanned, and each tab's rescans in the window (ms since the epoch). */
export interface RescanLog {
  readonly controls: Readonly<Record<string, number>>;
  readonly tabs: Readonly<Record<string, readonly number[]>>;
}

export const EMPTY_RESCAN_LOG: RescanLog = { controls: {}, tabs: {} };

export type RescanAdmission =
  | { readonly ok: true; readonly log: RescanLog }
  | { readonly ok: false; readonly limit: 'control' | 'tab'; readonly retryAt: number };

/** Admits the rescan (and returns the log with it counted) or says which limit holds it and until when. */
export function admitRescan(log: RescanLog, ask: { controlId: string; tabId: number }, now: number): RescanAdmission {
  const last = Object.hasOwn(log.controls, ask.controlId) ? log.controls[ask.controlId] : undefined;
  if (last !== undefined && now - last < RESCAN_LIMITS.perControlMs) {
    return { ok: false, limit: 'control', retryAt: last + RESCAN_LIMITS.perControlMs };
  }
  const tabKey = String(ask.tabId);
  const recent = (Object.hasOwn(log.tabs, tabKey) ? (log.tabs[tabKey] ?? []) : []).filter(
    (t) => now - t < RESCAN_LIMITS.perTabWindowMs,
  );
  if (recent.length >= RESCAN_LIMITS.perTab) {
    return { ok: false, limit: 'tab', retryAt: Math.min(...recent) + RESCAN_LIMITS.perTabWindowMs };
  }
  return {
    ok: true,
    log: pruned(
      { controls: { ...log.controls, [ask.controlId]: now }, tabs: { ...log.tabs, [tabKey]: [...recent, now] } },
      now,
    ),
  };
}

/** Drops what no limit looks at any more, so the stored log stays small. */
function pruned(log: RescanLog, now: number): RescanLog {
  const controls = Object.fromEntries(
    Object.entries(log.controls).filter(([, t]) => now - t < RESCAN_LIMITS.perControlMs),
  );
  const tabs = Object.fromEntries(
    Object.entries(log.tabs)
      .map(([k, ts]) => [k, ts.filter((t) => now - t < RESCAN_LIMITS.perTabWindowMs)] as const)
      .filter(([, ts]) => ts.length > 0),
  );
  return { controls, tabs };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored log, checked: anything else (another build's, a bug's) reads as empty. */
export function readRescanLog(v: unknown): RescanLog {
  if (!isRecord(v) || !isRecord(v.controls) || !isRecord(v.tabs)) return EMPTY_RESCAN_LOG;
  const controlsOk = Object.values(v.controls).every(isTime);
  const tabsOk = Object.values(v.tabs).every((ts) => Array.isArray(ts) && ts.every(isTime));
  return controlsOk && tabsOk ? (v as unknown as RescanLog) : EMPTY_RESCAN_LOG;
}

/** What the badge card says when a limit holds, with when to retry (`time` formats it for the reader). */
export function rescanLimitSentence(
  a: { limit: 'control' | 'tab'; retryAt: number },
  time: (ms: number) => string,
): string {
  return a.limit === 'control'
    ? `This control was rescanned less than a minute ago. You can rescan it again at ${time(a.retryAt)}.`
    : `This tab has rescanned ${RESCAN_LIMITS.perTab} times in ten minutes. You can rescan again at ${time(a.retryAt)}, or scan the whole tenant from the Posture Lens toolbar button.`;
}
