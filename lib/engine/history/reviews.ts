/**
 * Review controls in the scored view: a control an admin marks Reviewed (a disposition of kind
 * `reviewed`, kept with its trail beside the history) earns its points until its cadence passes, then
 * is "review due" and earns none; never marked, it earns none and says so. Only the background applies
 * this, from records it wrote and dated itself, so no page or content script can make one green; a scan
 * on its own (the CLI) always says "not reviewed".
 */
import type { ControlResult } from '../verdict/result';
import {
  ATTESTATION_TEXT,
  cadenceWord,
  type ReviewCadence,
  type ReviewResult,
  type ReviewSpec,
} from '../verdict/review-spec';
import { notReviewedReason } from '../verdict/review-control';
import { shownDate, UTC_TEXT } from '../format/dates';

/** A Reviewed mark as the disposition store keeps it. */
export interface ReviewedMark {
  readonly kind: string;
  readonly note?: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/**
 * When a review made at `at` (ISO) comes due: 7 days later for weekly, the same day of the next month
 * for monthly (the month's last day when it has no such day, so 31 Jan is due 28 or 29 Feb).
 */
export function reviewDueAt(at: string, cadence: ReviewCadence): string {
  const d = new Date(at);
  if (cadence === 'weekly') return new Date(d.getTime() + 7 * 86_400_000).toISOString();
  const next = new Date(d.getTime());
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return next.toISOString();
}

const specOf = (r: ReviewResult): ReviewSpec => ({ cadence: r.cadence, what: r.what });

/**
 * A review control as scored at `now` (ISO) given its Reviewed mark in force, if any. Anything but a
 * `reviewed` mark (or a mark without a note, which the background never writes) counts as never reviewed.
 */
export function applyReview<C extends ControlResult & { readonly review: ReviewResult }>(
  c: C,
  mark: ReviewedMark | undefined,
  now: string,
): C {
  const spec = specOf(c.review);
  if (mark?.kind !== 'reviewed' || !mark.note || Number.isNaN(Date.parse(mark.recordedAt))) {
    return { ...c, status: 'fail', score: 0, reason: notReviewedReason(spec), review: { ...spec, state: 'never' } };
  }
  const last = { by: mark.recordedBy, at: mark.recordedAt, note: mark.note };
  const dueAt = reviewDueAt(mark.recordedAt, spec.cadence);
  const word = cadenceWord[spec.cadence];
  if (now < dueAt) {
    return {
      ...c,
      status: 'pass',
      score: c.maxScore,
      reason: `Reviewed by ${last.by}: the ${word} review is current until ${shownDate(dueAt, UTC_TEXT)}. ${ATTESTATION_TEXT}.`,
      review: { ...spec, state: 'current', last, dueAt },
    };
  }
  return {
    ...c,
    status: 'fail',
    score: 0,
    reason: `Review due: last reviewed by ${last.by}; the ${word} review was due ${shownDate(dueAt, UTC_TEXT)}. ${ATTESTATION_TEXT}.`,
    review: { ...spec, state: 'due', last, dueAt },
  };
}

/** A control that is a review control (its result carries `review`). */
export function isReviewResult<C extends ControlResult>(c: C): c is C & { readonly review: ReviewResult } {
  return c.review !== undefined;
}

/** Review controls whose cadence has passed, for the popup's line and the dashboard's notice. */
export function reviewControlsDue<C extends ControlResult>(controls: readonly C[]): C[] {
  return controls.filter((c) => c.review?.state === 'due');
}
