/**
 * An admin's decision about a control, as Microsoft Secure Score records them: planned, risk accepted,
 * resolved through a third party, or resolved through an alternate mitigation. Pure: a disposition is
 * data kept beside the scan history, and `applyDispositions` turns a stored scan into the scored view
 * every page, the toolbar badge and the exports show. The stored scan itself is never rewritten.
 * https://learn.microsoft.com/defender-xdr/microsoft-secure-score-improvement-actions#choose-an-improvement-action-status
 */
import type { ControlResult } from '../verdict/result';
import type { ScanResult } from '../scan/run-scan';
import { scoreOf } from '../score/score';
import { applyReview, isReviewResult } from './reviews';
import type { Status } from '../verdict/status';

export const DispositionKind = {
  planned: 'planned',
  riskAccepted: 'riskAccepted',
  thirdParty: 'thirdParty',
  alternateMitigation: 'alternateMitigation',
  /** A review control marked Reviewed (reviews.ts): only ever recorded through `markReviewed`. */
  reviewed: 'reviewed',
} as const;
export type DispositionKind = (typeof DispositionKind)[keyof typeof DispositionKind];

/** The dispositions an admin chooses for a measured control. */
export const dispositionKinds: readonly DispositionKind[] = [
  'planned',
  'riskAccepted',
  'thirdParty',
  'alternateMitigation',
];

/** Every kind a stored record may hold, a review control's Reviewed mark included. */
export const storedDispositionKinds: readonly DispositionKind[] = Object.values(DispositionKind);

export const dispositionLabel: Record<DispositionKind, string> = {
  planned: 'Planned',
  riskAccepted: 'Risk accepted',
  thirdParty: 'Resolved by third party',
  alternateMitigation: 'Alternate mitigation',
  reviewed: 'Reviewed',
};

/** What the admin fills in. `reason` and `reviewBy` are required for a risk acceptance. */
export interface DispositionInput {
  readonly kind: DispositionKind;
  readonly reason?: string;
  /** `YYYY-MM-DD`: when the accepted risk is looked at again. */
  readonly reviewBy?: string;
  readonly note?: string;
}

export interface Disposition extends DispositionInput {
  /** The signed-in account's username, or "this browser" for the demo tenant. */
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** One entry of a control's audit trail, oldest first. */
export type DispositionEvent =
  | { readonly action: 'set'; readonly disposition: Disposition }
  | { readonly action: 'cleared'; readonly by: string; readonly at: string; readonly was: DispositionKind };

/** A tenant's control's disposition and everything ever recorded about it (clearing keeps the trail). */
export interface DispositionRecord {
  readonly tenantId: string;
  readonly controlId: string;
  readonly current: Disposition | null;
  readonly trail: readonly DispositionEvent[];
}

export const REASON_MAX = 500;
export const NOTE_MAX = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type DispositionErrors = Partial<Record<'kind' | 'reason' | 'reviewBy' | 'note', string>>;

/**
 * Checks what the admin typed; `today` is `YYYY-MM-DD`. Blank optional fields are dropped, so the
 * stored disposition carries only what was said.
 */
export function checkDisposition(
  input: unknown,
  today: string,
): { ok: true; value: DispositionInput } | { ok: false; errors: DispositionErrors } {
  if (typeof input !== 'object' || input === null) return { ok: false, errors: { kind: 'Choose a disposition.' } };
  const i = input as Record<string, unknown>;
  const errors: DispositionErrors = {};
  const kind = i.kind;
  if (typeof kind !== 'string' || !(dispositionKinds as readonly string[]).includes(kind))
    errors.kind = 'Choose a disposition.';
  const text = (k: 'reason' | 'reviewBy' | 'note'): string | undefined => {
    const v = i[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      errors[k] = 'Must be text.';
      return undefined;
    }
    return v.trim() === '' ? undefined : v.trim();
  };
  const reason = text('reason');
  const reviewBy = text('reviewBy');
  const note = text('note');
  if (reason && reason.length > REASON_MAX) errors.reason = `Keep the reason under ${REASON_MAX} characters.`;
  if (note && note.length > NOTE_MAX) errors.note = `Keep the note under ${NOTE_MAX} characters.`;
  if (reviewBy !== undefined && !isCalendarDate(reviewBy)) errors.reviewBy = 'Give the review date as YYYY-MM-DD.';
  if (kind === 'riskAccepted') {
    if (!reason && !errors.reason) errors.reason = 'Say why the risk is accepted.';
    if (reviewBy === undefined) errors.reviewBy = 'Choose when to review the accepted risk.';
    else if (!errors.reviewBy && reviewBy <= today) errors.reviewBy = 'The review date must be after today.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: kind as DispositionKind,
      ...(reason ? { reason } : {}),
      // A review date only means something for an accepted risk.
      ...(reviewBy && kind === 'riskAccepted' ? { reviewBy } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/**
 * Checks a review control's Reviewed mark: a note saying what was looked at and found is required, so
 * the trail says more than that a button was pressed.
 */
export function checkReviewNote(note: unknown): { ok: true; value: DispositionInput } | { ok: false; error: string } {
  if (typeof note !== 'string' || note.trim() === '') return { ok: false, error: 'Say what you reviewed and found.' };
  if (note.trim().length > NOTE_MAX) return { ok: false, error: `Keep the note under ${NOTE_MAX} characters.` };
  return { ok: true, value: { kind: 'reviewed', note: note.trim() } };
}

function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The record after recording `input` (replacing any current disposition; the trail keeps both). */
export function recordDisposition(
  prior: DispositionRecord | undefined,
  key: { tenantId: string; controlId: string },
  input: DispositionInput,
  by: string,
  at: string,
): DispositionRecord {
  const disposition: Disposition = { ...input, recordedBy: by, recordedAt: at };
  return {
    tenantId: key.tenantId,
    controlId: key.controlId,
    current: disposition,
    trail: [...(prior?.trail ?? []), { action: 'set', disposition }],
  };
}

/** The record after clearing: no current disposition, and the trail says who cleared what and when. */
export function clearDisposition(prior: DispositionRecord, by: string, at: string): DispositionRecord {
  if (!prior.current) return prior;
  return {
    ...prior,
    current: null,
    trail: [...prior.trail, { action: 'cleared', by, at, was: prior.current.kind }],
  };
}

/**
 * Each control's disposition as it stood at `at` (ISO), from the trails: what a scan measured then
 * is scored with the decisions in force then, so recording one today doesn't rewrite the past.
 */
export function dispositionsAt(records: readonly DispositionRecord[], at: string): Map<string, Disposition> {
  const out = new Map<string, Disposition>();
  for (const r of records) {
    let inForce: Disposition | null = null;
    for (const e of r.trail) {
      const when = e.action === 'set' ? e.disposition.recordedAt : e.at;
      if (when > at) break;
      inForce = e.action === 'set' ? e.disposition : null;
    }
    if (inForce) out.set(r.controlId, inForce);
  }
  return out;
}

/** A risk acceptance whose review date has come (compared as calendar days in UTC). */
export function isReviewDue(d: Pick<Disposition, 'kind' | 'reviewBy'>, now: string): boolean {
  return d.kind === 'riskAccepted' && d.reviewBy !== undefined && d.reviewBy <= now.slice(0, 10);
}

/** What a control's disposition did to it in the scored view. */
export interface AppliedDisposition extends Disposition {
  /** False when the control passes (nothing left to decide) or isn't scored (not licensed, by hand). */
  readonly applies: boolean;
  readonly reviewDue: boolean;
  /** The scan's own verdict and points, before the disposition. */
  readonly measured: { readonly status: Status; readonly score: number };
}

export interface DisposedControl extends ControlResult {
  readonly disposition?: AppliedDisposition;
}

export interface DisposedScan extends ScanResult {
  readonly controls: readonly DisposedControl[];
}

const decidable = (s: Status): boolean => s === 'fail' || s === 'partial' || s === 'unknown';

/**
 * The scan as scored with the admin's dispositions, Secure Score's way: third party and alternate
 * mitigation earn the control's full points, risk accepted earns none (still in the available points),
 * planned changes nothing. The verdict (`status`, reason, evidence) stays the scan's own; what the
 * disposition did is in `disposition`. `now` (ISO) decides which risk acceptances are due for review.
 */
export function applyDispositions(
  scan: ScanResult,
  dispositions: ReadonlyMap<string, Disposition> | readonly DispositionRecord[],
  now: string,
): DisposedScan {
  const byControl: ReadonlyMap<string, Disposition> = isRecordList(dispositions)
    ? new Map(
        dispositions.flatMap((r) =>
          r.current && r.tenantId === scan.tenant.id ? [[r.controlId, r.current] as const] : [],
        ),
      )
    : dispositions;
  // Review controls are always scored here, marked or not: no stored or imported state makes one green.
  if (byControl.size === 0 && !scan.controls.some(isReviewResult)) return scan;
  const controls = scan.controls.map((c): DisposedControl => {
    const d = byControl.get(c.id);
    if (isReviewResult(c)) return applyReview(c, d, now);
    if (!d || d.kind === 'reviewed') return c;
    const applies = decidable(c.status);
    const measured = { status: c.status, score: c.score };
    const disposition: AppliedDisposition = { ...d, applies, reviewDue: isReviewDue(d, now), measured };
    return { ...c, score: applies ? scoreUnder(d.kind, c) : c.score, disposition };
  });
  const summary = scoreOf(controls);
  return {
    ...scan,
    controls,
    summary,
    score: { achieved: summary.achieved, available: summary.available, percent: summary.percent },
  };
}

function isRecordList(
  d: ReadonlyMap<string, Disposition> | readonly DispositionRecord[],
): d is readonly DispositionRecord[] {
  return Array.isArray(d);
}

function scoreUnder(kind: DispositionKind, c: ControlResult): number {
  switch (kind) {
    case 'thirdParty':
    case 'alternateMitigation':
      return c.maxScore;
    case 'riskAccepted':
      return 0;
    case 'planned':
    case 'reviewed':
      return c.score;
  }
}

/** Risk acceptances past their review date, for a "review due" notice. */
export function reviewsDue(scan: DisposedScan): DisposedControl[] {
  return scan.controls.filter((c) => c.disposition?.reviewDue);
}
