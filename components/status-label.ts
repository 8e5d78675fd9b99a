import type { Status } from '../lib/engine/verdict/status';

/** Statuses the score leaves out of the available points (lib/engine/score/score.ts). */
export const uncounted = (s: Status): boolean => s === 'notApplicable' || s === 'notLicensed' || s === 'manual';

/**
 * Points as a table shows them: "3/7", or "—" when the control is out of the score (not applicable,
 * not licensed, checked by hand), so never "0/7", which reads as a failure.
 */
export function pointsText(r: { readonly status: Status; readonly score: number; readonly maxScore: number }): string {
  return uncounted(r.status) ? '—' : `${r.score}/${r.maxScore}`;
}
