import { useState } from 'preact/hooks';
import { parseDeclarations, type DeclaredAccount, type Declarations } from '../lib/engine/scan/declarations';
import { unknownControlIds } from '../lib/engine/scan/declarations-summary';
import type { DeclarationsView } from '../lib/messaging/protocol';

/** A role the admin can count as privileged: the built-in list (controls/shared/privileged-roles.ts). */
export interface RoleOption {
  readonly id: string;
  readonly name: string;
  /** In the list used when nothing is declared. */
  readonly isDefault: boolean;
}

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

type ListName = 'emergencyAccess' | 'exemptions';
const LIST_LABEL: Record<ListName, string> = {
  emergencyAccess: 'Emergency-access accounts',
  exemptions: 'Other exemptions',
};
const FIELD_LABEL: Record<string, string> = {
  id: 'Object id',
  kind: 'Kind',
  displayName: 'Name',
  reason: 'Reason',
  controls: 'Only for controls',
};

/** The refusal of parseDeclarations as one sentence naming the field (or the path, for a file). */
const refusalOf = (path: string, problem: string): string => {
  const field = /\.(\w+)$/.exec(path)?.[1];
  const label = field ? FIELD_LABEL[field] : undefined;
  return `${label ?? path}: ${problem}.`;
};

function AccountList({
  list,
  accounts,
  busy,
  onRemove,
}: {
  list: ListName;
  accounts: readonly DeclaredAccount[];
  busy: boolean;
  onRemove: (id: string) => void;
}) {
  if (accounts.length === 0) return <p class="muted">None declared.</p>;
  return (
    <ul class="declared-accounts" aria-label={LIST_LABEL[list]}>
      {accounts.map((a) => (
        <li key={a.id}>
          <div class="declared-head">
            <strong>{a.displayName ?? 'Unnamed'}</strong>
            <span class="tag">{a.kind === 'user' ? 'user' : 'group'}</span>
            <code>{a.id}</code>
          </div>
          <p class="declared-reason">{a.reason}</p>
          <p class="muted declared-scope">
            {a.controls?.length ? `Only for ${a.controls.join(', ')}` : 'For every control that judges exclusions'}
          </p>
          <button type="button" disabled={busy} onClick={() => onRemove(a.id)}>
            Remove {a.displayName ?? a.id}
          </button>
        </li>
      ))}
    </ul>
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
  const [list, setList] = useState<ListName>('emergencyAccess');
  const [id, setId] = useState('');
  const [kind, setKind] = useState<'user' | 'group'>('user');
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [controls, setControls] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const [importNote, setImportNote] = useState<string | null>(null);
  const unknownIn = (next: Declarations) => (controlIds ? unknownControlIds(next, new Set(controlIds)) : []);
  const [changed, setChanged] = useState(false);

  const save = (next: Declarations) => {
    setChanged(true);
    onSave(next);
  };

  if (!view.tenantId) {
    return (
      <section aria-labelledby="exclusions" id="exclusions-settings">
        <h2 id="exclusions">Exclusions you sanction</h2>
        <p>Sign in to a tenant or scan the demo tenant first: declarations belong to a tenant.</p>
      </section>
    );
  }

  const add = (e: Event) => {
    e.preventDefault();
    const ids = controls
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    const entry = {
      id: id.trim(),
      kind,
      reason,
      ...(name.trim() ? { displayName: name.trim() } : {}),
      ...(ids.length ? { controls: ids } : {}),
    };
    const parsed = parseDeclarations({ ...d, [list]: [...d[list], entry] });
    if (!parsed.ok) {
      setProblem(refusalOf(parsed.path, parsed.problem));
      return;
    }
    const unknown = unknownIn(parsed.value)[0];
    if (unknown) {
      setProblem(`Only for controls: '${unknown.id}' is not a control in the catalogue.`);
      return;
    }
    setProblem(null);
    setId('');
    setName('');
    setReason('');
    setControls('');
    save(parsed.value);
  };

  const remove = (from: ListName, accountId: string) =>
    save({ ...d, [from]: d[from].filter((a) => a.id !== accountId) });

  const defaults = roles.filter((r) => r.isDefault).map((r) => r.id);
  const chosen = new Set(d.privilegedRoles ?? defaults);
  // Roles declared in an imported file that aren't in the built-in list stay visible (and removable).
  const others = (d.privilegedRoles ?? []).filter((r) => !roles.some((o) => o.id === r));
  const toggleRole = (roleId: string, on: boolean) => {
    const next = [...chosen].filter((r) => r !== roleId);
    if (on) next.push(roleId);
    if (next.length === 0) {
      setProblem('Privileged roles: keep at least one, or use the default list.');
      return;
    }
    setProblem(null);
    save({ ...d, privilegedRoles: next });
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setImportProblem(`${file.name}: not valid JSON. Nothing was imported.`);
      return;
    } finally {
      input.value = '';
    }
    const parsed = parseDeclarations(json);
    if (!parsed.ok) {
      setImportProblem(
        `${file.name}: ${parsed.path ? `${parsed.path}: ` : ''}${parsed.problem}. Nothing was imported.`,
      );
      return;
    }
    setImportProblem(null);
    const unknown = unknownIn(parsed.value);
    setImportNote(
      unknown.length
        ? `Imported ${file.name}. ${unknown.map((u) => `${u.path}: '${u.id}' is not a control in the catalogue`).join('; ')}: those entries apply to no control by that id.`
        : null,
    );
    save(parsed.value);
  };

  const field = (f: string) =>
    problem?.startsWith(`${FIELD_LABEL[f]}:`) ? { 'aria-invalid': true, 'aria-describedby': 'exclusion-error' } : {};

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
          <AccountList list={l} accounts={d[l]} busy={busy} onRemove={(a) => remove(l, a)} />
        </div>
      ))}

      <form class="declare-form" onSubmit={add} noValidate aria-labelledby="declare-heading">
        <h3 id="declare-heading">Declare an account</h3>
        <label>
          Declare as
          <select value={list} onChange={(e) => setList(e.currentTarget.value as ListName)}>
            <option value="emergencyAccess">Emergency-access account</option>
            <option value="exemptions">Other exemption</option>
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as 'user' | 'group')}>
            <option value="user">User</option>
            <option value="group">Group</option>
          </select>
        </label>
        <label>
          Name (optional)
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} {...field('displayName')} />
        </label>
        <label class="wide">
          Object id
          <input
            value={id}
            autocomplete="off"
            spellcheck={false}
            placeholder="00000000-0000-0000-0000-000000000000"
            onInput={(e) => setId(e.currentTarget.value)}
            {...field('id')}
          />
        </label>
        <label class="wide">
          Reason
          <input
            value={reason}
            placeholder="Why it may be excluded, e.g. sealed credentials, sign-ins alerted"
            onInput={(e) => setReason(e.currentTarget.value)}
            {...field('reason')}
          />
        </label>
        <label class="wide">
          Only for controls (optional, control ids separated by commas)
          <input
            value={controls}
            spellcheck={false}
            placeholder="entra-user-mfa-required"
            onInput={(e) => setControls(e.currentTarget.value)}
            {...field('controls')}
          />
        </label>
        {problem && (
          <p id="exclusion-error" class="field-error wide" role="alert">
            {problem}
          </p>
        )}
        <p class="wide">
          <button type="submit" disabled={busy}>
            Declare
          </button>
        </p>
      </form>

      <fieldset class="privileged-roles">
        <legend>Privileged roles</legend>
        <p class="muted">
          {d.privilegedRoles === null
            ? 'Using the default list: the roles CIS, CISA ScubaGear and Maester agree are privileged.'
            : `Your own list: ${d.privilegedRoles.length === 1 ? '1 role' : `${d.privilegedRoles.length} roles`}.`}
        </p>
        <ul>
          {roles.map((r) => (
            <li key={r.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(r.id)}
                  disabled={busy}
                  onChange={(e) => toggleRole(r.id, e.currentTarget.checked)}
                />{' '}
                {r.name}
                {r.isDefault && <span class="tag">default</span>}
              </label>
            </li>
          ))}
          {others.map((r) => (
            <li key={r}>
              <label>
                <input type="checkbox" checked disabled={busy} onChange={() => toggleRole(r, false)} /> Role{' '}
                <code>{r}</code>
              </label>
            </li>
          ))}
        </ul>
        <button
          type="button"
          disabled={busy || d.privilegedRoles === null}
          onClick={() => save({ ...d, privilegedRoles: null })}
        >
          Use the default list
        </button>
      </fieldset>

      <div class="declarations-file">
        <label>
          Import from a JSON file (replaces these declarations)
          <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void importFile(e)} />
        </label>
        <button type="button" onClick={() => onExport(JSON.stringify(d, null, 2) + '\n')}>
          Export as JSON
        </button>
        <p class="muted">
          The same file the command line reads with <code class="nowrap">--declarations</code>.
        </p>
        {importNote && <p class="muted">{importNote}</p>}
        {importProblem && (
          <p class="field-error" role="alert">
            {importProblem}
          </p>
        )}
      </div>

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="declarations-state" aria-live="polite">
        {busy
          ? 'Saving…'
          : changed && !error
            ? 'Saved. Declarations apply from the next scan; the latest scan keeps the ones it was judged against.'
            : view.updatedAt
              ? `Last changed ${new Date(view.updatedAt).toLocaleString()}${view.updatedBy ? ` by ${view.updatedBy}` : ''}.`
              : 'Nothing declared yet.'}{' '}
        {changed && !busy && !error && onScanNow && (
          <button type="button" class="primary" onClick={onScanNow}>
            Scan now
          </button>
        )}
      </p>
    </section>
  );
}
