import { useState } from 'preact/hooks';
import { TEMPLATES_FILE_MAX, templatesFile } from '../lib/engine/partner/template-file';
import type { Template } from '../lib/engine/partner/template';

/** Export the templates as the JSON file partners share, and import one (the background checks it). */
export function TemplateFileActions({
  templates,
  onImport,
  onExport,
}: {
  templates: readonly Template[];
  onImport: (json: string) => Promise<{ readonly imported: number; readonly error: string | null }>;
  /** The file's text: the page downloads it. */
  onExport: (json: string) => void;
}) {
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      // The background's message limit is the same: past it, say so here rather than "malformed request".
      if (text.length > TEMPLATES_FILE_MAX) throw new Error(`${file.name} is over 1 MB: nothing was imported.`);
      const r = await onImport(text);
      setDone(
        r.imported > 0 ? `Imported ${r.imported} template${r.imported === 1 ? '' : 's'} from ${file.name}.` : null,
      );
      setProblem(r.error);
    } catch (err) {
      setDone(null);
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      input.value = '';
    }
  };

  return (
    <div class="template-file">
      <button type="button" disabled={templates.length === 0} onClick={() => onExport(templatesFile(templates))}>
        Export JSON
      </button>
      <label>
        Import JSON <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} />
      </label>
      <div aria-live="polite">
        {done && <p>{done}</p>}
        {problem && <p class="field-error">{problem}</p>}
      </div>
    </div>
  );
}
