import { outOfScore } from '../lib/engine/score/score';
import type { ControlResult } from '../lib/engine/verdict/result';

/**
 * Points as the CLI table shows them: "3/7", or "—" when the control is out of the score, so a
 * not-licensed or check-by-hand row never reads "0/7", a failure.
 */
export function pointsCell(c: Pick<ControlResult, 'status' | 'score' | 'maxScore'>): string {
  return outOfScore(c.status) ? '—' : `${c.score}/${c.maxScore}`;
}

/** Why a control is out of the score, said beside its "—": "needs Microsoft Entra ID P2", "check by hand". */
export function outOfScoreWhy(c: Pick<ControlResult, 'status' | 'licence'>): string | undefined {
  switch (c.status) {
    case 'notLicensed':
      return c.licence ? `needs ${c.licence}` : 'not licensed';
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
