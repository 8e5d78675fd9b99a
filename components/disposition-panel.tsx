import { useState } from 'preact/hooks';
import {
  checkDisposition,
  dispositionKinds,
  dispositionLabel,
  type DisposedControl,
  type DispositionErrors,
  type DispositionEvent,
  type DispositionInput,
  type DispositionKind,
  type DispositionRecord,
} from '../lib/engine/history/dispositions';
import type { Status } from '../lib/engine/verdict/status';
import { statusLabel } from '../lib/engine/verdict/status-words';
import { shownCalendarDay, shownDate } from '../lib/engine/format/dates';
import { shownPoints } from '../lib/engine/format/points';

/** Dispositions score only what was measured short of full marks (lib/engine/history/dispositions.ts `decidable`). */
const changesScore = (s: Status): boolean => s === 'fail' || s === 'partial' || s === 'unknown';

/** What each disposition does to the score, in the words every disposition form uses. */
export const dispositionEffect: Record<DispositionKind, string> = {
  planned: 'You intend to fix it. The points don’t change; it is listed after unplanned actions.',
  riskAccepted: 'You won’t fix it. It earns no points and leaves the top actions; review it by a date.',
  thirdParty: 'Another product covers it. It earns its full points; our verdict stays visible.',
  alternateMitigation: 'Covered another way. It earns its full points; our verdict stays visible.',
  reviewed: 'A review control’s attestation (review-panel.tsx), never chosen here.',
};

function eventText(e: DispositionEvent): string {
  if (e.action === 'cleared') return `${shownDate(e.at)}: ${e.by} cleared “${dispositionLabel[e.was]}”.`;
  const d = e.disposition;
  const review = d.reviewBy ? `, review by ${shownCalendarDay(d.reviewBy)}` : '';
  return `${shownDate(d.recordedAt)}: ${d.recordedBy} recorded “${dispositionLabel[d.kind]}”${review}.`;
}

/**
 * A control's disposition in the dashboard: the current one (who, when, why), a form to record or
 * replace it, and the audit trail. Every string the admin typed is rendered as text.
 */
export function DispositionPanel({
  control,
  record,
  today,
  busy,
  onSave,
  onClear,
}: {
  control: DisposedControl;
  record: DispositionRecord | null;
  /** `YYYY-MM-DD`, for the review date check. */
  today: string;
  busy: boolean;
  onSave: (input: DispositionInput) => void;
  onClear: () => void;
}) {
  const current = record?.current ?? null;
  const [kind, setKind] = useState<DispositionKind | ''>(current?.kind ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [reviewBy, setReviewBy] = useState(current?.reviewBy ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<DispositionErrors>({});
  const id = (k: string) => `disp-${k}-${control.id}`;
  const applied = control.disposition;

  const submit = (e: Event) => {
    e.preventDefault();
    const checked = checkDisposition({ kind, reason, reviewBy, note }, today);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onSave(checked.value);
  };
  const errorFor = (k: keyof DispositionErrors) =>
    errors[k] ? (
      <p class="field-error" id={id(`${k}-error`)}>
        {errors[k]}
      </p>
    ) : null;
  const invalid = (k: keyof DispositionErrors) =>
    errors[k] ? { 'aria-invalid': true, 'aria-describedby': id(`${k}-error`) } : {};

  return (
    <section class="disposition" aria-labelledby={id('h')}>
      <h4 id={id('h')}>Disposition</h4>
      {current ? (
        <div class="disposition-current">
          <p>
            <span class={`tag disposition-tag disposition-${current.kind}`}>{dispositionLabel[current.kind]}</span>
            {applied?.reviewDue && <span class="tag review-due">Review due</span>} recorded by{' '}
            <strong>{current.recordedBy}</strong> on {shownDate(current.recordedAt)}
            {current.reviewBy && <> · review by {shownCalendarDay(current.reviewBy)}</>}
          </p>
          {current.reason && <p class="disposition-text">Reason: {current.reason}</p>}
          {current.note && <p class="disposition-text">Note: {current.note}</p>}
          {applied && !applied.applies && (
            <p class="muted">
              It doesn’t change the score: the control is {statusLabel[control.status].toLowerCase()} as measured.
            </p>
          )}
          {applied?.applies && applied.kind !== 'planned' && (
            <p class="muted">
              Measured: {statusLabel[applied.measured.status]}, {shownPoints(applied.measured.score)} of{' '}
              {shownPoints(control.maxScore)} points.
            </p>
          )}
          <button type="button" onClick={onClear} disabled={busy}>
            Clear disposition
          </button>
        </div>
      ) : changesScore(control.status) ? (
        <p class="muted">None recorded: the control counts as measured.</p>
      ) : (
        <p class="muted">
          None recorded. While the control is {statusLabel[control.status].toLowerCase()}, a disposition doesn't change
          the score.
        </p>
      )}
      <form class="disposition-form" onSubmit={submit} noValidate>
        <fieldset {...invalid('kind')}>
          <legend>{current ? 'Change the disposition' : 'Record a disposition'}</legend>
          {dispositionKinds.map((k) => (
            <label key={k} class="disposition-option">
              <input type="radio" name={id('kind')} value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
              <span>
                <strong>{dispositionLabel[k]}</strong> <span class="muted">— {dispositionEffect[k]}</span>
              </span>
            </label>
          ))}
          {errorFor('kind')}
        </fieldset>
        <label for={id('reason')}>Reason{kind === 'riskAccepted' ? ' (required)' : ' (optional)'}</label>
        <textarea
          id={id('reason')}
          rows={2}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
          {...invalid('reason')}
        />
        {errorFor('reason')}
        {kind === 'riskAccepted' && (
          <>
            <label for={id('reviewBy')}>Review by (required)</label>
            <input
              id={id('reviewBy')}
              type="date"
              min={today}
              value={reviewBy}
              onInput={(e) => setReviewBy(e.currentTarget.value)}
              {...invalid('reviewBy')}
            />
            {errorFor('reviewBy')}
          </>
        )}
        <label for={id('note')}>Note (optional)</label>
        <textarea id={id('note')} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {errorFor('note')}
        <button type="submit" class="primary" disabled={busy}>
          Save disposition
        </button>
      </form>
      {record && record.trail.length > 0 && (
        <details class="disposition-trail">
          <summary>History of this control’s dispositions ({record.trail.length})</summary>
          <ol>
            {[...record.trail].reverse().map((e, i) => (
              <li key={i}>{eventText(e)}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
