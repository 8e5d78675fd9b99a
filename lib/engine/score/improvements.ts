import type { DisposedControl, DisposedScan } from '../history/dispositions';
import type { Level } from '../verdict/status';
import type { ReviewCadence } from '../verdict/review-spec';
import { roundPoints } from '../verdict/verdict-kit';

/** One improvement action: a control with points still to gain, and the columns that rank it. */
export interface Improvement {
  readonly id: string;
  readonly title: string;
  /** Points the control still lacks (maxScore − score), to two decimals. */
  readonly pointsToGain: number;
  readonly userImpact: Level;
  /** Null for a control in a scan stored before results carried its cost. */
  readonly implementationCost: Level | null;
  readonly reason: string;
  readonly adminUrl: string;
  /** Microsoft Secure Score's verdict, not Posture Lens' own measurement (`source: 'microsoft'`). */
  readonly borrowed: boolean;
  /** The admin marked it planned: still an action, listed after the unplanned ones. */
  readonly planned?: boolean;
  /** A review control: the action is a recurring review an admin attests to, not a setting to change. */
  readonly review?: { readonly cadence: ReviewCadence };
}

const LEVEL_ORDER: Record<Level, number> = { low: 0, moderate: 1, high: 2 };
// A cost we don't know is not known to be cheap: it ranks after a high one.
const costOrder = (c: Level | null): number => (c === null ? 3 : LEVEL_ORDER[c]);
/** Code-unit order, not localeCompare: the same in Node and in every browser locale. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The one ranking order (Secure Score's columns): planned ones after the unplanned, then most points
 * to gain, then low user impact before high, then low implementation cost before high, then control id.
 */
export function compareImprovements(a: Improvement, b: Improvement): number {
  return (
    Number(a.planned ?? false) - Number(b.planned ?? false) ||
    b.pointsToGain - a.pointsToGain ||
    LEVEL_ORDER[a.userImpact] - LEVEL_ORDER[b.userImpact] ||
    costOrder(a.implementationCost) - costOrder(b.implementationCost) ||
    compareIds(a.id, b.id)
  );
}

/**
 * Only a fail or a partial can gain points: unknown may already pass (its fix is a permission, not a
 * setting), and not licensed, manual and not applicable are out of the score. A risk accepted is a
 * decision not to act, so it drops out; third party and alternate mitigation earn their points.
 */
function canGain(c: DisposedControl): boolean {
  if (c.status !== 'fail' && c.status !== 'partial') return false;
  if (c.disposition?.applies && c.disposition.kind === 'riskAccepted') return false;
  return c.maxScore > c.score;
}

function improvementOf(c: DisposedControl): Improvement {
  return {
    id: c.id,
    title: c.title,
    pointsToGain: roundPoints(c.maxScore - c.score),
    userImpact: c.userImpact,
    implementationCost: c.implementationCost ?? null,
    reason: c.reason,
    ...(c.review ? { review: { cadence: c.review.cadence } } : {}),
    adminUrl: c.adminUrl,
    borrowed: c.source === 'microsoft',
    ...(c.disposition?.kind === 'planned' ? { planned: true } : {}),
  };
}

/**
 * Merges two ranked lists so that borrowed rows are a strict minority of every prefix (issue 14 §2):
 * whatever top N a screen shows, our own findings outnumber Microsoft's, until ours run out.
 */
function keepBorrowedMinority(own: readonly Improvement[], borrowed: readonly Improvement[]): Improvement[] {
  const out: Improvement[] = [];
  let o = 0;
  let b = 0;
  while (o < own.length || b < borrowed.length) {
    const nextOwn = own[o];
    const nextBorrowed = borrowed[b];
    // Placing a borrowed row as number out.length + 1 keeps it a minority if 2 × (b + 1) < out.length + 1.
    const borrowedFits = 2 * (b + 1) < out.length + 1;
    const takeBorrowed =
      nextBorrowed !== undefined &&
      (nextOwn === undefined || (borrowedFits && compareImprovements(nextBorrowed, nextOwn) < 0));
    if (takeBorrowed) {
      out.push(nextBorrowed);
      b += 1;
    } else if (nextOwn !== undefined) {
      out.push(nextOwn);
      o += 1;
    }
  }
  return out;
}

/**
 * Every improvement action of these controls, in the one order every screen and export uses
 * (`compareImprovements`), with Microsoft's borrowed rows held to a minority of any top N.
 */
export function rankImprovements(controls: readonly DisposedControl[]): Improvement[] {
  const ranked = controls.filter(canGain).map(improvementOf).sort(compareImprovements);
  return keepBorrowedMinority(
    ranked.filter((i) => !i.borrowed),
    ranked.filter((i) => i.borrowed),
  );
}

/** The scan's improvement actions, ranked: what the popup, the dashboard, the CLI and the exports list. */
export function rankedImprovements(scan: Pick<DisposedScan, 'controls'>): Improvement[] {
  return rankImprovements(scan.controls);
}

/** The first `limit` improvement actions of the ranking (five by default, as the popup shows). */
export function topImprovements(controls: readonly DisposedControl[], limit = 5): Improvement[] {
  return rankImprovements(controls).slice(0, limit);
}
