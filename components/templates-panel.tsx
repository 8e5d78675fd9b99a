import { useState } from 'preact/hooks';
import type { TemplateControl } from '../lib/engine/partner/template-check';
import { templateExamples } from '../lib/engine/partner/template-examples';
import type { Template } from '../lib/engine/partner/template';
import { frameworks, type Lens } from '../lib/engine/score/frameworks';
import type { ApplyTemplateResult } from '../lib/messaging/partner-protocol';
import { TemplateApply, type SelectedTenant } from './template-apply';
import { blankDraft, draftOf, TemplateEditor, type TemplateDraft } from './template-editor';
import { TemplateFileActions } from './template-file-actions';

export type { SelectedTenant } from './template-apply';

export interface TemplatesPanelProps {
  templates: readonly Template[];
  /** The tenants selected on the overview, in its order. */
  selected: readonly SelectedTenant[];
  /** The catalogue (`controls/index.ts` fits as it is): titles to add, ids to check. */
  controls: readonly TemplateControl[];
  /** `YYYY-MM-DD`. */
  today: string;
  /** Each rejects with the sentence to show. */
  onSave: (template: Template) => Promise<void>;
  onDelete: (templateId: string) => Promise<void>;
  onApply: (templateId: string, tenantIds: readonly string[]) => Promise<ApplyTemplateResult>;
  onImport: (json: string) => Promise<{ readonly imported: number; readonly error: string | null }>;
  /** The templates file's text, for the page to download. */
  onExport: (json: string) => void;
}

const lensLabel = (lens: Lens): string => frameworks.find((f) => f.id === lens)?.label ?? 'Every control';

/**
 * Templates on the Tenants page: a named set of dispositions and a framework lens, applied to the
 * tenants selected on the overview. Examples are offered as a filled-in form, never applied by
 * themselves. Every string is rendered as text.
 */
export function TemplatesPanel(props: TemplatesPanelProps) {
  const { templates, selected, controls, today } = props;
  const [editing, setEditing] = useState<{ draft: TemplateDraft; key: number } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (draft: TemplateDraft) => setEditing({ draft, key: Date.now() });

  const remove = async (id: string) => {
    try {
      await props.onDelete(id);
      setDeleting(null);
      setProblem(null);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section class="templates-panel" aria-labelledby="templates-h">
      <h3 id="templates-h">Templates</h3>
      <p class="muted">
        A template is a named set of dispositions and a framework lens. Applying it records each disposition on each
        chosen tenant as you, now.
      </p>
      {templates.length === 0 ? (
        <p>No templates yet.</p>
      ) : (
        <ul class="template-list">
          {templates.map((t) => (
            <li key={t.id} class="template-item">
              <h4>{t.name}</h4>
              {t.description && <p class="template-description">{t.description}</p>}
              <p class="muted">
                Lens: {lensLabel(t.lens)} · {t.dispositions.length} disposition{t.dispositions.length === 1 ? '' : 's'}
              </p>
              <div class="template-actions">
                <button type="button" aria-label={`Edit “${t.name}”`} onClick={() => edit(draftOf(t))}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete “${t.name}”`} onClick={() => setDeleting(t.id)}>
                  Delete
                </button>
              </div>
              {deleting === t.id && (
                <div class="template-confirm" role="group" aria-label={`Delete “${t.name}”`}>
                  <p>Delete “{t.name}”? Dispositions it set on tenants stay, with their history.</p>
                  <button type="button" class="danger" onClick={() => void remove(t.id)}>
                    Delete
                  </button>{' '}
                  <button type="button" onClick={() => setDeleting(null)}>
                    Cancel
                  </button>
                </div>
              )}
              <TemplateApply template={t} selected={selected} onApply={props.onApply} />
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <div class="template-actions">
        <button type="button" onClick={() => edit(blankDraft)}>
          New template
        </button>
        {templateExamples.map((e) => (
          <button key={e.name} type="button" onClick={() => edit(draftOf(e))}>
            Start from an example: {e.name}
          </button>
        ))}
      </div>
      {editing && (
        <TemplateEditor
          key={editing.key}
          initial={editing.draft}
          controls={controls}
          today={today}
          onSave={async (t) => {
            await props.onSave(t);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <TemplateFileActions templates={templates} onImport={props.onImport} onExport={props.onExport} />
    </section>
  );
}
