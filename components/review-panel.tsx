import { useState } from 'preact/hooks';
import {
  checkReviewNote,
  NOTE_MAX,
  type DisposedControl,
  type DispositionEvent,
  type DispositionRecord,
} from '../lib/engine/history/dispositions';
import { ATTESTATION_TEXT, cadenceEvery, type ReviewResult } from '../lib/engine/verdict/review-spec';
import { shownDate } from '../lib/engine/format/dates';
import { shownPoints } from '../lib/engine/format/points';

/** Where the review stands, in one sentence that says what it is worth now. */
function standing(review: ReviewResult, points: string): string {
  switch (review.state) {
    case 'never':
      return `Never reviewed: it earns none of its ${points} points until an admin marks it Reviewed.`;
    case 'current':
      return `Reviewed by ${review.last?.by ?? 'someone'} on ${shownDate(review.last?.at ?? '')}: it earns its ${points} points until ${shownDate(review.dueAt ?? '')}.`;
    case 'due':
      return `Review due since ${shownDate(review.dueAt ?? '')}: last reviewed by ${review.last?.by ?? 'someone'} on ${shownDate(review.last?.at ?? '')}. It earns no points until marked Reviewed again.`;
  }
}

function eventText(e: DispositionEvent): string {
  if (e.action === 'cleared') return `${shownDate(e.at)}: ${e.by} cleared the review.`;
  const d = e.disposition;
  return `${shownDate(d.recordedAt)}: ${d.recordedBy} marked it Reviewed${d.note ? ` — “${d.note}”` : '.'}`;
}

/**
 * A review control's attestation in the dashboard: where the review stands, a form to mark it Reviewed
 * with a note (who and when are recorded by the background), and every mark so far. Every string the
 * admin typed is rendered as text.
 */
export function ReviewPanel({
  control,
  record,
  busy,
  onReviewed,
}: {
  control: DisposedControl & { readonly review: ReviewResult };
  record: DispositionRecord | null;
  busy: boolean;
  onReviewed: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = (k: string) => `review-${k}-${control.id}`;
  const marks = record?.trail.filter((e) => e.action === 'cleared' || e.disposition.kind === 'reviewed') ?? [];
  const submit = (e: Event) => {
    e.preventDefault();
    const checked = checkReviewNote(note);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    onReviewed(checked.value.note ?? '');
  };
  return (
    <section class="disposition review-panel" aria-labelledby={id('h')}>
      <h4 id={id('h')}>Review</h4>
      <p class="muted">
        {ATTESTATION_TEXT}: review it {cadenceEvery[control.review.cadence]} in the report linked above, then mark it
        Reviewed here.
      </p>
      <p class="review-standing">{standing(control.review, shownPoints(control.maxScore))}</p>
      {control.review.last && <p class="disposition-text">Last note: {control.review.last.note}</p>}
      <form class="disposition-form" onSubmit={submit} noValidate>
        <label for={id('note')}>What you reviewed and found (required)</label>
        <textarea
          id={id('note')}
          rows={2}
          maxLength={NOTE_MAX}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': id('error') } : {})}
        />
        {error && (
          <p class="field-error" id={id('error')}>
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          Mark Reviewed
        </button>
      </form>
      {marks.length > 0 && (
        <details class="disposition-trail" open>
          <summary>Reviews of this control ({marks.length})</summary>
          <ol>
            {[...marks].reverse().map((e, i) => (
              <li key={i}>{eventText(e)}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
