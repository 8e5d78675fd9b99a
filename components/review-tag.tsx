import { ATTESTATION_TEXT, type ReviewResult } from '../lib/engine/verdict/review-spec';

const cadenceLabel = { weekly: 'Weekly', monthly: 'Monthly' } as const;

/** Marks a review control wherever it is listed: a recurring review an admin attests to, not a measurement. */
export function ReviewTag({ review }: { review: Pick<ReviewResult, 'cadence'> | undefined }) {
  if (!review) return null;
  return (
    <span class="tag attestation-tag review-tag" title={`${ATTESTATION_TEXT}.`}>
      {cadenceLabel[review.cadence]} review · attested, not measured
    </span>
  );
}
