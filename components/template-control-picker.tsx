import { useState } from 'preact/hooks';
import type { TemplateControl } from '../lib/engine/partner/template-check';

const SHOWN = 8;

/** Finds a catalogue control by its title (or id) to add to a template; review controls are never offered. */
export function TemplateControlPicker({
  controls,
  chosen,
  onAdd,
}: {
  controls: readonly TemplateControl[];
  /** Control ids already in the template. */
  chosen: ReadonlySet<string>;
  onAdd: (controlId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches =
    q === ''
      ? []
      : controls.filter(
          (c) => !c.review && !chosen.has(c.id) && (c.title.toLowerCase().includes(q) || c.id.includes(q)),
        );
  return (
    <div class="template-picker">
      <label for="tpl-control-search">Add a control</label>
      <input
        id="tpl-control-search"
        type="search"
        placeholder="Search the catalogue by title"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {q !== '' && (
        <ul aria-label="Matching controls">
          {matches.slice(0, SHOWN).map((c) => (
            <li key={c.id}>
              <button
                type="button"
                aria-label={`Add ${c.title}`}
                onClick={() => {
                  onAdd(c.id);
                  setQuery('');
                }}
              >
                Add
              </button>{' '}
              {c.title} <span class="muted">({c.id})</span>
            </li>
          ))}
          {matches.length === 0 && <li class="muted">No control matches “{query.trim()}”.</li>}
          {matches.length > SHOWN && <li class="muted">{matches.length - SHOWN} more: narrow the search.</li>}
        </ul>
      )}
    </div>
  );
}
