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

/** Where a review stands, as every screen labels it (never "passing" or "failing": nothing was measured). */
export const reviewLabel: Readonly<Record<ReviewState, string>> = {
  never: 'Not reviewed',
  current: 'Reviewed',
  due: 'Review due',
};

/** Beside the label, so colour is never the only signal. */
export const reviewIcon: Readonly<Record<ReviewState, string>> = { never: '☐', current: '☑', due: '☒' };

/** The CLI table's tag, four characters wide like the status tags. */
export const reviewTag: Readonly<Record<ReviewState, string>> = { never: 'REV?', current: 'REV✓', due: 'DUE!' };

/** "every week" / "every month". */
export const cadenceEvery: Readonly<Record<ReviewCadence, string>> = { weekly: 'every week', monthly: 'every month' };

/** A control's kind in exports: measured from Graph, or a review an admin attests to. */
export type ControlKind = 'measured' | 'attestation';
export const kindOf = (c: { readonly review?: unknown }): ControlKind =>
  c.review === undefined ? 'measured' : 'attestation';
