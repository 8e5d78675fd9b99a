/**
 * Which controls the dashboard marks "New" (issue 15 §5): controls genuinely new to the tenant (ours a
 * new catalogue version added, profiles Microsoft says it added: controlsNewIn, the notification's own
 * rule) that the admin hasn't been shown yet. The background keeps, per tenant, the ids the dashboard
 * has shown: the first time it opens for a tenant, every control of the latest scan, so nothing is new
 * on day one; and a Secure Score read that comes back after failing adds rows but no "New" tags.
 */
import type { DisposedScan } from '../history/dispositions';
import { controlsNewIn } from './score-findings';

/** The ids the dashboard shows the first time it opens for a tenant: all of its latest scan's. */
export const shownAtFirst = (latest: Pick<DisposedScan, 'controls'>): string[] => latest.controls.map((c) => c.id);

/**
 * Candidates (newControlIds with nothing shown) less those shown: its last step, for a reader that keeps
 * the ids between calls rather than the scans (lib/background/new-controls.ts).
 */
export const newAmong = (candidates: readonly string[], shown: ReadonlySet<string>): string[] =>
  candidates.filter((id) => !shown.has(id));

/**
 * The latest scan's controls new to the tenant and not yet shown, in the scan's order. `scans` is the
 * tenant's recent history, newest first: a control counts as new when controlsNewIn accepted it for
 * any consecutive pair in it, so it stays new over later scans until the admin has seen it.
 */
export function newControlIds(scans: readonly DisposedScan[], shown: ReadonlySet<string>): string[] {
  const latest = scans[0];
  if (!latest) return [];
  const accepted = new Set(
    scans.slice(1).flatMap((previous, i) => controlsNewIn(previous, scans[i]!).map((c) => c.id)),
  );
  return newAmong(
    latest.controls.map((c) => c.id).filter((id) => accepted.has(id)),
    shown,
  );
}

/**
 * The shown set after the admin saw `seen`: only ids of the latest scan (`latestIds`) are kept from the
 * message, so the stored set never grows past the controls the tenant really had.
 */
export function shownAfter(
  shown: ReadonlySet<string>,
  seen: readonly string[],
  latestIds: readonly string[],
): string[] {
  const has = new Set(latestIds);
  return [...new Set([...shown, ...seen.filter((id) => has.has(id))])];
}
