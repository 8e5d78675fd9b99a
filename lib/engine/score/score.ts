import type { ControlResult } from '../verdict/result';
import { categories, type Category, type Status } from '../verdict/status';
import { roundPoints } from '../verdict/verdict-kit';
import { shownPoints } from '../format/points';

export interface Points {
  readonly achieved: number;
  readonly available: number;
  /** Whole percent, 0 when nothing is available. */
  readonly percent: number;
}

export interface ScoreSummary extends Points {
  readonly byCategory: Readonly<Record<Category, Points>>;
  /** Points out of reach for lack of a licence, per licence. */
  readonly unlock: ReadonlyArray<{ licence: string; points: number; controls: readonly string[] }>;
  /** How much of the score rests on decided verdicts. */
  readonly coverage: {
    readonly decided: number;
    readonly unknown: number;
    readonly manual: number;
    readonly notLicensed: number;
    /** Nothing to judge: decided (we read what we needed), but no points either way. */
    readonly notApplicable: number;
  };
}

/**
 * Statuses out of the available points: not licensed, checked by hand, nothing to judge. The score, the
 * JUnit report's skips and the tables' "—" all ask here.
 */
export const outOfScore = (s: Status): boolean => s === 'notLicensed' || s === 'manual' || s === 'notApplicable';

/**
 * Points as a table shows them (the dashboard, the printed report, the CLI): "3/7" ("1.8/3" for a
 * fraction), or "—" when the control is out of the score, so never "0/7", which reads as a failure.
 */
export function pointsText(r: { readonly status: Status; readonly score: number; readonly maxScore: number }): string {
  return outOfScore(r.status) ? '—' : `${shownPoints(r.score)}/${shownPoints(r.maxScore)}`;
}

/** What `outOfScoreWhy` reads of a control: its status, the licence it needs, and whose verdict it is. */
export type OutOfScoreInput = Pick<ControlResult, 'status'> & Partial<Pick<ControlResult, 'licence' | 'source'>>;

/**
 * Why a control shows "—" instead of points, said beside it on every screen and export (issue 14 §2):
 * "needs Microsoft Entra ID P2", "check by hand", "not applicable"; undefined for a scored control. A
 * Microsoft row Secure Score leaves out names no licence: Microsoft says only that it doesn't score it.
 */
export function outOfScoreWhy(c: OutOfScoreInput): string | undefined {
  switch (c.status) {
    case 'notLicensed':
      if (c.licence) return `needs ${c.licence}`;
      return c.source === 'microsoft' ? 'not scored by Microsoft for this tenant' : 'not licensed';
    case 'manual':
      return 'check by hand';
    case 'notApplicable':
      return 'not applicable';
    case 'pass':
    case 'partial':
    case 'fail':
    case 'unknown':
      return undefined;
  }
}

/** "— needs Microsoft Entra ID P2" or "3/7": the points and, out of the score, why, in one cell. */
export function pointsWithWhy(c: OutOfScoreInput & Pick<ControlResult, 'score' | 'maxScore'>): string {
  const why = outOfScoreWhy(c);
  return why ? `— ${why}` : pointsText(c);
}

function points(results: readonly ControlResult[]): Points {
  const scored = results.filter((r) => !outOfScore(r.status));
  const achieved = roundPoints(scored.reduce((n, r) => n + r.score, 0));
  const available = roundPoints(scored.reduce((n, r) => n + r.maxScore, 0));
  return { achieved, available, percent: available > 0 ? Math.round((achieved / available) * 100) : 0 };
}

/**
 * Achieved over available points. Unknown counts as available and not achieved (fail closed);
 * notLicensed, manual and notApplicable are out of the available points.
 */
export function scoreOf(results: readonly ControlResult[]): ScoreSummary {
  const byCategory = Object.fromEntries(
    categories.map((c) => [c, points(results.filter((r) => r.category === c))]),
  ) as Record<Category, Points>;
  const unlockMap = new Map<string, { points: number; controls: string[] }>();
  for (const r of results) {
    if (r.status !== 'notLicensed' || !r.licence) continue;
    const u = unlockMap.get(r.licence) ?? { points: 0, controls: [] };
    u.points = roundPoints(u.points + r.maxScore);
    u.controls.push(r.id);
    unlockMap.set(r.licence, u);
  }
  const n = (s: ControlResult['status']): number => results.filter((r) => r.status === s).length;
  return {
    ...points(results),
    byCategory,
    unlock: [...unlockMap].map(([licence, u]) => ({ licence, ...u })).sort((a, b) => b.points - a.points),
    coverage: {
      decided: n('pass') + n('partial') + n('fail'),
      unknown: n('unknown'),
      manual: n('manual'),
      notLicensed: n('notLicensed'),
      notApplicable: n('notApplicable'),
    },
  };
}
