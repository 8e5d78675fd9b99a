/**
 * The popup's slim state (PopupState, lib/messaging/protocol.ts) made from the app's: what the popup
 * shows and nothing more, a few kilobytes instead of the whole scan with its evidence.
 */
import type { DisposedScan } from '../engine/history/dispositions';
import { reviewsDue } from '../engine/history/dispositions';
import { reviewControlsDue } from '../engine/history/reviews';
import { rankedImprovements } from '../engine/score/improvements';
import { borrowedOf } from '../engine/secure-score/borrowed';
import type { AppState, PopupAction, PopupScan, PopupState } from './protocol';

/** How many actions the popup lists in all: the "top five" every screen agrees on (issue 14 §3). */
export const POPUP_ACTIONS = 5;

// The background makes it twice from one answer (to keep the popup's copy, then to send it): once is enough.
const made = new WeakMap<AppState, PopupState>();

/** The popup's view of the app's state: the same numbers the dashboard shows, without the evidence. */
export function popupStateOf(state: AppState): PopupState {
  const known = made.get(state);
  if (known) return known;
  const { scan, dispositions: _dispositions, ...rest } = state;
  const popup: PopupState = { ...rest, scan: scan && popupScanOf(scan) };
  made.set(state, popup);
  return popup;
}

function popupScanOf(scan: DisposedScan): PopupScan {
  const byId = new Map(scan.controls.map((c) => [c.id, c]));
  // Aged against the scan's own time, so an old scan shows what was stale when it was made.
  const borrowed = (id: string) => {
    const c = byId.get(id);
    return c && borrowedOf(c, scan.scannedAt);
  };
  const actions = rankedImprovements(scan)
    .slice(0, POPUP_ACTIONS)
    .map((a): PopupAction => {
      const b = borrowed(a.id);
      return b ? { ...a, borrowedFrom: b } : a;
    });
  return {
    tenantName: scan.tenant.displayName,
    scannedAt: scan.scannedAt,
    score: scan.score,
    controls: scan.controls.length,
    coverage: { unknown: scan.summary.coverage.unknown, notApplicable: scan.summary.coverage.notApplicable },
    actions,
    byCategory: scan.summary.byCategory,
    unlock: scan.summary.unlock,
    ...(scan.microsoft ? { microsoft: scan.microsoft } : {}),
    staleBorrowed: scan.controls.filter((c) => borrowedOf(c, scan.scannedAt)?.stale).length,
    reviewsDue: reviewsDue(scan).length,
    reviewControlsDue: reviewControlsDue(scan.controls).length,
  };
}
