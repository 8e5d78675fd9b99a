import { dispositionKinds, dispositionLabel, type DispositionKind } from '../lib/engine/history/dispositions';
import { dispositionEffect } from './disposition-panel';

/** One control's disposition in the template form, as typed (checked with the template on save). */
export interface DispositionDraft {
  readonly controlId: string;
  readonly kind: DispositionKind | '';
  readonly reason: string;
  readonly reviewBy: string;
  readonly note: string;
}

/**
 * The fields of one templated disposition: the same choices, wording and requirements as a
 * disposition recorded on a control (disposition-panel.tsx).
 */
export function TemplateDispositionFields({
  draft,
  title,
  today,
  onChange,
  onRemove,
}: {
  draft: DispositionDraft;
  title: string;
  /** `YYYY-MM-DD`, the earliest review date offered. */
  today: string;
  onChange: (next: DispositionDraft) => void;
  onRemove: () => void;
}) {
  const id = (k: string) => `tpl-${k}-${draft.controlId}`;
  const set = <K extends keyof DispositionDraft>(k: K, v: DispositionDraft[K]) => onChange({ ...draft, [k]: v });
  const accepted = draft.kind === 'riskAccepted';
  return (
    <fieldset class="template-disposition">
      <legend>
        {title} <span class="muted">({draft.controlId})</span>
      </legend>
      <label for={id('kind')}>Disposition</label>
      <select
        id={id('kind')}
        value={draft.kind}
        onChange={(e) => set('kind', e.currentTarget.value as DispositionKind)}
      >
        <option value="">Choose a disposition</option>
        {dispositionKinds.map((k) => (
          <option key={k} value={k}>
            {dispositionLabel[k]}
          </option>
        ))}
      </select>
      {draft.kind && <p class="muted">{dispositionEffect[draft.kind]}</p>}
      <label for={id('reason')}>Reason{accepted ? ' (required)' : ' (optional)'}</label>
      <textarea id={id('reason')} rows={2} value={draft.reason} onInput={(e) => set('reason', e.currentTarget.value)} />
      {accepted && (
        <>
          <label for={id('reviewBy')}>Review by (required)</label>
          <input
            id={id('reviewBy')}
            type="date"
            min={today}
            value={draft.reviewBy}
            onInput={(e) => set('reviewBy', e.currentTarget.value)}
          />
        </>
      )}
      <label for={id('note')}>Note (optional)</label>
      <textarea id={id('note')} rows={2} value={draft.note} onInput={(e) => set('note', e.currentTarget.value)} />
      <button type="button" onClick={onRemove} aria-label={`Remove ${title} from the template`}>
        Remove
      </button>
    </fieldset>
  );
}
