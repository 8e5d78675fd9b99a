import type { Status } from '../lib/engine/verdict/status';
import { outOfScore } from '../lib/engine/score/score';

/**
 * Points as a table shows them: "3/7", or "—" when the control is out of the score (not applicable,
 * not licensed, checked by hand), so never "0/7", which reads as a failure.
 */
export function pointsText(r: { readonly status: Status; readonly score: number; readonly maxScore: number }): string {
  return outOfScore(r.status) ? '—' : `${r.score}/${r.maxScore}`;
}
