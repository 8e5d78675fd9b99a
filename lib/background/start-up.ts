/**
 * What the background puts back each time its worker starts: the popup's copy of the state (kept in
 * memory only, so a browser restart loses it) and the toolbar badge (`!` if the sign-in expired, else
 * the score). Both are best effort: the next page or scan brings them up to date anyway.
 */
import type { ScoredStateService } from '../store/scored-state';
import type { ToolbarBadge } from './toolbar-badge';

export function restoreAtStart(deps: {
  /** Reads the pages' state, which also keeps the popup's copy (lib/background/app-state.ts). */
  state(): Promise<unknown>;
  auth: { restoreBadge(): Promise<boolean> };
  scored: Pick<ScoredStateService, 'current'>;
  badge: Pick<ToolbarBadge, 'showScore'>;
}): void {
  void deps.state();
  void deps.auth
    .restoreBadge()
    .then((expired) => (expired ? undefined : deps.scored.current().then(({ scan }) => deps.badge.showScore(scan))))
    .catch(() => undefined);
}
