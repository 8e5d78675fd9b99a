/**
 * What the background puts back each time its worker starts: the popup's copy of the state when it is
 * missing (kept in memory only, so a browser restart loses it) and the toolbar badge (`!` if the sign-in expired, else
 * the score). Both are best effort: the next page or scan brings them up to date anyway.
 */
import type { ScoredStateService } from '../store/scored-state';
import type { ToolbarBadge } from './toolbar-badge';

export function restoreAtStart(deps: {
  /** Reads the pages' state, which also keeps the popup's copy (lib/background/app-state.ts). */
  state(): Promise<unknown>;
  /** The popup's copy is still there (it outlives the worker, not the browser). */
  popupCopyKept(): Promise<boolean>;
  auth: { restoreBadge(): Promise<boolean> };
  scored: Pick<ScoredStateService, 'current'>;
  badge: Pick<ToolbarBadge, 'showScore'>;
}): void {
  // The worker wakes for every message and alarm; the whole state is read again only when a browser
  // restart lost the copy, not on each wake (the pages' next request refreshes it anyway).
  void deps
    .popupCopyKept()
    .catch(() => false)
    .then((kept) => (kept ? undefined : deps.state()))
    .catch(() => undefined);
  void deps.auth
    .restoreBadge()
    .then((expired) => (expired ? undefined : deps.scored.current().then(({ scan }) => deps.badge.showScore(scan))))
    .catch(() => undefined);
}
