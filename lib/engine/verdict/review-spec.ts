/**
 * What a review control is about and where it stands: the cadence, what to review, the last Reviewed
 * mark. Types and words only, so the control model and results can name them (review-control.ts defines
 * the controls; lib/engine/history/reviews.ts scores them).
 */
export const ReviewCadence = { weekly: 'weekly', monthly: 'monthly' } as const;
export type ReviewCadence = (typeof ReviewCadence)[keyof typeof ReviewCadence];

/** What to review, and how often: the control's `fixAt` is the report it is reviewed in. */
export interface ReviewSpec {
  readonly cadence: ReviewCadence;
  /** What the reviewer looks for, as one sentence ("Sign-ins that failed MFA, from unfamiliar places…"). */
  readonly what: string;
}

/** Where a review stands: never marked Reviewed, marked within its cadence, or past it. */
export type ReviewState = 'never' | 'current' | 'due';

/** The last Reviewed mark: who, when (ISO) and what they noted. */
export interface ReviewMark {
  readonly by: string;
  readonly at: string;
  readonly note: string;
}

/** A review control's part of its result. A scan always says `never`; the scored view knows the marks. */
export interface ReviewResult extends ReviewSpec {
  readonly state: ReviewState;
  readonly last?: ReviewMark;
  /** When the next review is (or was) due, ISO; absent while never reviewed. */
  readonly dueAt?: string;
}

/** The words every screen and export uses for the kind: an attestation, never a measurement. */
export const ATTESTATION = 'attestation';
export const ATTESTATION_TEXT = 'An attestation by an admin, not a measurement';

export const cadenceWord: Readonly<Record<ReviewCadence, string>> = { weekly: 'weekly', monthly: 'monthly' };
