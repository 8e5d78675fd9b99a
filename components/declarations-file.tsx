import type { Declarations } from '../lib/engine/scan/declarations';

export interface DeclarationsFileProps {
  declarations: Declarations;
  busy: boolean;
  /** After an import: the entries naming no control in the catalogue. */
  note: string | null;
  /** Why the last file was refused. */
  problem: string | null;
  onImport: (e: Event) => Promise<void>;
  /** The declarations as the JSON file the CLI's --declarations reads. */
  onExport: (json: string) => void;
}

/** Import and export of the declarations as the JSON file the command line reads. */
export function DeclarationsFile({ declarations, busy, note, problem, onImport, onExport }: DeclarationsFileProps) {
  return (
    <div class="declarations-file">
      <label>
        Import from a JSON file (replaces these declarations)
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void onImport(e)} />
      </label>
      <button type="button" onClick={() => onExport(JSON.stringify(declarations, null, 2) + '\n')}>
        Export as JSON
      </button>
      <p class="muted">
        The same file the command line reads with <code class="nowrap">--declarations</code>.
      </p>
      {note && <p class="muted">{note}</p>}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
