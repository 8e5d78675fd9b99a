/**
 * The findings a score change makes: regressions (diffScans' own verdict), controls new to the scan
 * that fail, reviews and risk acceptances that came due since the previous scan, and controls the tenant
 * never had before. Both scans are scored with their dispositions (DisposedScan), so a risk the admin
 * accepted doesn't alert as a drop.
 */
import { diffScans, type ControlChange } from '../history/diff';
import type { DisposedScan } from '../history/dispositions';
import { microsoftControlId } from '../secure-score/microsoft-controls';
import { roundPoints } from '../verdict/verdict-kit';
import { whoChanged, type AlertFinding } from './alert-finding';
import { reviewsComingDue } from './reviews-due';

type Finding<K extends AlertFinding['kind']> = Extract<AlertFinding, { kind: K }>;

const failing = (c: { status: string }): boolean => c.status === 'fail' || c.status === 'partial';

/**
 * Controls genuinely new to the tenant: ours the previous scan didn't have (a new catalogue version),
 * and the profiles Microsoft says it added. Borrowed controls appearing because the previous scan
 * couldn't read Secure Score are not new: Microsoft's own list decides (empty without a previous one).
 */
export function controlsNewIn(previous: DisposedScan, next: DisposedScan): DisposedScan['controls'][number][] {
  const had = new Set(previous.controls.map((c) => c.id));
  const microsoft = new Set(
    (next.microsoft?.available ? next.microsoft.newControls : []).map((p) => microsoftControlId(p.profileId)),
  );
  return next.controls.filter((c) => !had.has(c.id) && (c.source === 'posture-lens' || microsoft.has(c.id)));
}

/** Drops between the two scans, and controls new to the tenant that fail. */
export function scoreDrops(previous: DisposedScan, next: DisposedScan): Finding<'regression' | 'newFailing'>[] {
  const fresh = new Set(controlsNewIn(previous, next).map((c) => c.id));
  const byId = new Map(next.controls.map((c) => [c.id, c]));
  return diffScans(previous, next).flatMap((change): Finding<'regression' | 'newFailing'>[] => {
    const c = byId.get(change.id);
    if (!c) return [];
    // A review control's lost points are its review coming due: said once, by reviewsCome.
    if (c.review) return [];
    const lost = Math.max(0, -change.delta);
    // The admin already decided about a disposed control: a measurement that moves under it costs nothing.
    if (change.kind === 'regression' && lost === 0 && c.disposition?.applies) return [];
    if (change.kind === 'regression') return [drop('regression', change, c, lost)];
    if (change.kind === 'added' && fresh.has(c.id) && failing(c))
      return [drop('newFailing', change, c, roundPoints(c.maxScore - c.score))];
    return [];
  });

  function drop(
    kind: 'regression' | 'newFailing',
    change: ControlChange,
    c: DisposedScan['controls'][number],
    pointsLost: number,
  ): Finding<'regression' | 'newFailing'> {
    return {
      kind,
      controlId: c.id,
      title: c.title,
      pointsLost,
      before: change.before,
      after: { status: c.status, score: c.score },
      source: c.source,
      // A control new to the catalogue wasn't changed by anyone: its verdict is its first.
      who: kind === 'regression' ? whoChanged(next, c.id) : { kind: 'notInLog' },
    };
  }
}

/**
 * Reviews that came due since the previous scan (lib/engine/watch/reviews-due.ts): review controls whose
 * cadence ran out and risk acceptances whose review date came; each reminds once.
 */
export function reviewsCome(previous: DisposedScan, next: DisposedScan, now: string): Finding<'reviewDue'>[] {
  return reviewsComingDue(previous, next, now).map((r) => ({
    kind: 'reviewDue',
    due: r.kind,
    controlId: r.controlId,
    title: r.title,
    pointsLost: r.pointsLost,
    reviewBy: r.dueAt,
    lastBy: r.lastBy,
    // Not a change anyone made: time passed.
    who: { kind: 'notInLog' },
  }));
}

/** The controls new to the tenant (controlsNewIn), less those already notified for it (`seen`). */
export function newControls(
  previous: DisposedScan,
  next: DisposedScan,
  seen: ReadonlySet<string>,
): Finding<'newControls'> | null {
  const controls = controlsNewIn(previous, next)
    .filter((c) => !seen.has(c.id))
    .map((c) => ({ id: c.id, title: c.title, maxScore: c.maxScore }));
  const first = controls[0];
  if (!first) return null;
  return {
    kind: 'newControls',
    controlId: first.id,
    title: controls.map((c) => c.title).join(', '),
    pointsLost: 0,
    controls,
    who: { kind: 'notInLog' },
  };
}
