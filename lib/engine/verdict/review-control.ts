/**
 * Review controls: a recurring review an admin attests to (the sign-in logs, risky users, role changes,
 * forwarding rules…), the "[Not Scored]" review actions of the original Secure Score. Graph can't measure
 * that a person looked, so a scan never passes one: its own verdict is always "not reviewed", no points.
 * Only the extension's background, from the Reviewed records it keeps beside the history, scores one as
 * reviewed while its cadence lasts (lib/engine/history/reviews.ts). Unlike a manual control, it stays in
 * the available points: a review not done is points not earned.
 */
import type { Control, ControlMeta } from './control';
import { ATTESTATION_TEXT, cadenceWord, type ReviewSpec } from './review-spec';
import type { Verdict } from './verdict';

export type ReviewControlMeta = Omit<ControlMeta, 'manualCheck' | 'review'> & { readonly review: ReviewSpec };

/** The scan's verdict on any review control: nothing measured, so not reviewed as far as the scan knows. */
export function notReviewedReason(spec: ReviewSpec): string {
  return (
    `Not reviewed: nobody has marked this ${cadenceWord[spec.cadence]} review Reviewed in Posture Lens. ` +
    `${ATTESTATION_TEXT}: Graph can't tell whether anyone looked.`
  );
}

export function defineReviewControl({ review, ...meta }: ReviewControlMeta): Control<Record<string, never>> {
  const verdict: Verdict = { status: 'fail', score: 0, reason: notReviewedReason(review), evidence: [] };
  return Object.freeze({
    ...meta,
    review: Object.freeze({ ...review }),
    sources: {},
    evaluate: () => verdict,
  });
}

/** True for a control an admin reviews and attests to, rather than one a scan measures. */
export function isReviewControl<C extends ControlMeta>(c: C): c is C & { readonly review: ReviewSpec } {
  return c.review !== undefined;
}
