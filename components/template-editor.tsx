import { useEffect, useRef, useState } from 'preact/hooks';
import { checkTemplate, type TemplateControl } from '../lib/engine/partner/template-check';
import type { TemplateExample } from '../lib/engine/partner/template-examples';
import type { Template } from '../lib/engine/partner/template';
import { frameworks, type Lens } from '../lib/engine/score/frameworks';
import { TemplateControlPicker } from './template-control-picker';
import { TemplateDispositionFields, type DispositionDraft } from './template-disposition-fields';

/** What the form edits: a saved template (its id kept), an example or a blank one (a new id on save). */
export interface TemplateDraft {
  readonly id: string | null;
  readonly name: string;
  readonly description: string;
  readonly lens: Lens;
  readonly dispositions: readonly DispositionDraft[];
}

export const blankDraft: TemplateDraft = { id: null, name: '', description: '', lens: 'all', dispositions: [] };

export function draftOf(t: Template | TemplateExample): TemplateDraft {
  return {
    id: 'id' in t ? t.id : null,
    name: t.name,
    description: t.description,
    lens: t.lens,
    dispositions: t.dispositions.map((d) => ({
      controlId: d.controlId,
      kind: d.kind,
      reason: d.reason ?? '',
      reviewBy: d.reviewBy ?? '',
      note: d.note ?? '',
    })),
  };
}

const newDisposition = (controlId: string): DispositionDraft => ({
  controlId,
  kind: '',
  reason: '',
  reviewBy: '',
  note: '',
});

/**
 * Creates or edits a template: name, description, lens and one disposition per chosen control. The
 * template is checked here as the background checks it again (`checkTemplate`); the background stamps
 * who saved it and when.
 */
export function TemplateEditor({
  initial,
  controls,
  today,
  onSave,
  onCancel,
}: {
  initial: TemplateDraft;
  controls: readonly TemplateControl[];
  /** `YYYY-MM-DD`. */
  today: string;
  /** Rejects with the sentence to show when the background refused it. */
  onSave: (template: Template) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  // Opened by a button above it: keyboard users land in the form, not back at the list.
  useEffect(() => nameRef.current?.focus(), []);
  const titleOf = new Map(controls.map((c) => [c.id, c.title]));
  const set = <K extends keyof TemplateDraft>(k: K, v: TemplateDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const setDisposition = (i: number, next: DispositionDraft | null) =>
    set(
      'dispositions',
      next ? draft.dispositions.map((d, j) => (i === j ? next : d)) : draft.dispositions.filter((_, j) => j !== i),
    );

  const submit = async (e: Event) => {
    e.preventDefault();
    // As typed (a kind may still be unchosen): the check says what is missing, control by control.
    const typed = { ...draft, id: draft.id ?? crypto.randomUUID(), updatedAt: '', updatedBy: '' };
    const checked = checkTemplate(typed, controls, today);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      await onSave(checked.value);
      setErrors([]);
    } catch (err) {
      setErrors([err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="template-editor" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="tpl-editor-h">
      <h4 id="tpl-editor-h">{initial.id ? `Edit “${initial.name}”` : 'New template'}</h4>
      <label for="tpl-name">Name</label>
      <input
        id="tpl-name"
        ref={nameRef}
        maxLength={120}
        value={draft.name}
        onInput={(e) => set('name', e.currentTarget.value)}
      />
      <label for="tpl-description">Description (optional)</label>
      <textarea
        id="tpl-description"
        rows={2}
        maxLength={1000}
        value={draft.description}
        onInput={(e) => set('description', e.currentTarget.value)}
      />
      <label for="tpl-lens">Compare tenants through</label>
      <select id="tpl-lens" value={draft.lens} onChange={(e) => set('lens', e.currentTarget.value as Lens)}>
        <option value="all">Every control (no framework)</option>
        {frameworks.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <p class="muted">
        {draft.dispositions.length === 0
          ? 'No dispositions: applying it records only that it was applied.'
          : `${draft.dispositions.length} disposition${draft.dispositions.length === 1 ? '' : 's'}:`}
      </p>
      {draft.dispositions.map((d, i) => (
        <TemplateDispositionFields
          key={d.controlId}
          draft={d}
          title={titleOf.get(d.controlId) ?? d.controlId}
          today={today}
          onChange={(next) => setDisposition(i, next)}
          onRemove={() => setDisposition(i, null)}
        />
      ))}
      <TemplateControlPicker
        controls={controls}
        chosen={new Set(draft.dispositions.map((d) => d.controlId))}
        onAdd={(id) => set('dispositions', [...draft.dispositions, newDisposition(id)])}
      />
      {errors.length > 0 && (
        <ul class="field-error" role="alert">
          {errors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <div class="template-actions">
        <button type="submit" class="primary" disabled={busy}>
          Save template
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
