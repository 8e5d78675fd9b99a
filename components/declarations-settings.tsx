import type { Declarations } from '../lib/engine/scan/declarations';
import type { DeclarationsView } from '../lib/messaging/protocol';
import { DeclareAccountForm } from './declare-account-form';
import { DeclaredAccountList } from './declared-account-list';
import { DeclarationsFile } from './declarations-file';
import { LIST_LABEL } from './declarations-labels';
import { PrivilegedRolesFieldset, type RoleOption } from './privileged-roles-fieldset';
import { useDeclarationsEditor } from './use-declarations-editor';
import { shownDate } from '../lib/engine/format/dates';

export type { RoleOption } from './privileged-roles-fieldset';

export interface DeclarationsSettingsProps {
  view: DeclarationsView;
  roles: readonly RoleOption[];
  /** The catalogue's control ids, to refuse a typo in "Only for controls" (an entry that would apply to nothing). */
  controlIds?: readonly string[];
  /** A save is on its way to the background. */
  busy: boolean;
  /** The background's answer to the last save, when it refused it. */
  error: string | null;
  /** Replaces the tenant's declarations (every change saves at once). */
  onSave: (declarations: Declarations) => void;
  /** The declarations as the JSON file the CLI's --declarations reads. */
  onExport: (json: string) => void;
  /** Scans the tenant again, so the new declarations apply now. */
  onScanNow?: () => void;
}

/** Where the last change stands: saving, saved (with "Scan now"), or when the declarations last changed. */
function SaveState({
  view,
  busy,
  error,
  changed,
  onScanNow,
}: Pick<DeclarationsSettingsProps, 'view' | 'busy' | 'error' | 'onScanNow'> & { changed: boolean }) {
  return (
    <p class="declarations-state" aria-live="polite">
      {busy
        ? 'Saving…'
        : changed && !error
          ? 'Saved. Declarations apply from the next scan; the latest scan keeps the ones it was judged against.'
          : view.updatedAt
            ? `Last changed ${shownDate(view.updatedAt)}${view.updatedBy ? ` by ${view.updatedBy}` : ''}.`
            : 'Nothing declared yet.'}{' '}
      {changed && !busy && !error && onScanNow && (
        <button type="button" class="primary" onClick={onScanNow}>
          Scan now
        </button>
      )}
    </p>
  );
}

/**
 * Settings › Exclusions you sanction: the active tenant's emergency-access accounts and other
 * sanctioned exemptions (each with its reason), and which roles count as privileged. Conditional access
 * controls accept exactly these exclusions; with nothing declared they guess, and say so. Every change
 * is checked with parseDeclarations here and again in the background, and applies from the next scan.
 */
export function DeclarationsSettings({
  view,
  roles,
  controlIds,
  busy,
  error,
  onSave,
  onExport,
  onScanNow,
}: DeclarationsSettingsProps) {
  const d = view.declarations;
  const editor = useDeclarationsEditor(d, roles, controlIds, onSave);

  if (!view.tenantId) {
    return (
      <section aria-labelledby="exclusions" id="exclusions-settings">
        <h2 id="exclusions">Exclusions you sanction</h2>
        <p>Sign in to a tenant or scan the demo tenant first: declarations belong to a tenant.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="exclusions" id="exclusions-settings">
      <h2 id="exclusions">Exclusions you sanction</h2>
      <p>
        Conditional access policies usually exclude a couple of emergency-access (break-glass) accounts, and sometimes
        other accounts for a reason. Declare them here for <strong>{view.tenantName ?? view.tenantId}</strong>
        {view.demo && ' (the demo tenant)'}: the controls then accept exactly these exclusions, with your reason in the
        evidence, and any other exclusion fails. With nothing declared, any two excluded accounts are guessed to be
        break-glass accounts, and the verdicts say it is a guess.
      </p>
      {view.problem && (
        <p class="error" role="alert">
          {view.problem}
        </p>
      )}

      {(['emergencyAccess', 'exemptions'] as const).map((l) => (
        <div key={l} class="declared-list">
          <h3>{LIST_LABEL[l]}</h3>
          <DeclaredAccountList list={l} accounts={d[l]} busy={busy} onRemove={(a) => editor.remove(l, a)} />
        </div>
      ))}

      <DeclareAccountForm
        fields={editor.fields}
        onField={editor.setField}
        problem={editor.problem}
        busy={busy}
        onSubmit={editor.add}
      />
      <PrivilegedRolesFieldset
        declarations={d}
        roles={roles}
        busy={busy}
        onToggle={editor.toggleRole}
        onUseDefault={() => editor.save({ ...d, privilegedRoles: null })}
      />
      <DeclarationsFile
        declarations={d}
        busy={busy}
        note={editor.importNote}
        problem={editor.importProblem}
        onImport={editor.importFile}
        onExport={onExport}
      />

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <SaveState view={view} busy={busy} error={error} changed={editor.changed} onScanNow={onScanNow} />
    </section>
  );
}
