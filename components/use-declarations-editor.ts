import { useState } from 'preact/hooks';
import type { Declarations } from '../lib/engine/scan/declarations';
import { unknownControlIds } from '../lib/engine/scan/declarations-summary';
import { EMPTY_FIELDS, importedDeclarations, withAccount, type DeclareFields } from './declare-account';
import type { ListName } from './declarations-labels';
import { chosenRoles, type RoleOption } from './privileged-roles-fieldset';

/**
 * The state of the exclusions settings and what each change does: every change is checked with
 * parseDeclarations (and the catalogue's control ids) before `onSave` is called, and a refusal is kept
 * as one sentence for the form or the file import.
 */
export function useDeclarationsEditor(
  declarations: Declarations,
  roles: readonly RoleOption[],
  controlIds: readonly string[] | undefined,
  onSave: (declarations: Declarations) => void,
) {
  const d = declarations;
  const [fields, setFields] = useState<DeclareFields>(EMPTY_FIELDS);
  const [problem, setProblem] = useState<string | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const [importNote, setImportNote] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const unknownIn = (next: Declarations) => (controlIds ? unknownControlIds(next, new Set(controlIds)) : []);

  const save = (next: Declarations) => {
    setChanged(true);
    onSave(next);
  };
  const setField = <K extends keyof DeclareFields>(name: K, value: DeclareFields[K]) =>
    setFields((f) => ({ ...f, [name]: value }));

  const add = (e: Event) => {
    e.preventDefault();
    const checked = withAccount(d, fields, unknownIn);
    if (!checked.ok) return setProblem(checked.problem);
    setProblem(null);
    setFields((f) => ({ ...f, id: '', name: '', reason: '', controls: '' }));
    save(checked.value);
  };

  const remove = (from: ListName, accountId: string) =>
    save({ ...d, [from]: d[from].filter((a) => a.id !== accountId) });

  const toggleRole = (roleId: string, on: boolean) => {
    const next = [...chosenRoles(d, roles)].filter((r) => r !== roleId);
    if (on) next.push(roleId);
    if (next.length === 0) return setProblem('Privileged roles: keep at least one, or use the default list.');
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
      return setImportProblem(`${file.name}: not valid JSON. Nothing was imported.`);
    } finally {
      input.value = '';
    }
    const imported = importedDeclarations(file.name, json, unknownIn);
    if (!imported.ok) return setImportProblem(imported.problem);
    setImportProblem(null);
    setImportNote(imported.note);
    save(imported.value);
  };

  return { fields, setField, problem, importProblem, importNote, changed, save, add, remove, toggleRole, importFile };
}
