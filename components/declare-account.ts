import { parseDeclarations, type Declarations } from '../lib/engine/scan/declarations';
import type { unknownControlIds } from '../lib/engine/scan/declarations-summary';
import { refusalOf, type ListName } from './declarations-labels';

/** The "Declare an account" form as typed. */
export interface DeclareFields {
  readonly list: ListName;
  readonly id: string;
  readonly kind: 'user' | 'group';
  readonly name: string;
  readonly reason: string;
  readonly controls: string;
}

export const EMPTY_FIELDS: DeclareFields = {
  list: 'emergencyAccess',
  id: '',
  kind: 'user',
  name: '',
  reason: '',
  controls: '',
};

/** The "Only for controls" entries that name no control in the catalogue. */
export type UnknownIn = (next: Declarations) => ReturnType<typeof unknownControlIds>;

export type Checked = { ok: true; value: Declarations } | { ok: false; problem: string };

/** The declarations with the typed account added, or the sentence refusing it. */
export function withAccount(d: Declarations, f: DeclareFields, unknownIn: UnknownIn): Checked {
  const ids = f.controls
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  const entry = {
    id: f.id.trim(),
    kind: f.kind,
    reason: f.reason,
    ...(f.name.trim() ? { displayName: f.name.trim() } : {}),
    ...(ids.length ? { controls: ids } : {}),
  };
  const parsed = parseDeclarations({ ...d, [f.list]: [...d[f.list], entry] });
  if (!parsed.ok) return { ok: false, problem: refusalOf(parsed.path, parsed.problem) };
  const unknown = unknownIn(parsed.value)[0];
  if (unknown) return { ok: false, problem: `Only for controls: '${unknown.id}' is not a control in the catalogue.` };
  return { ok: true, value: parsed.value };
}

/** An imported file's declarations and the note naming entries for no known control, or why it was refused. */
export function importedDeclarations(
  fileName: string,
  json: unknown,
  unknownIn: UnknownIn,
): (Checked & { ok: false }) | { ok: true; value: Declarations; note: string | null } {
  const parsed = parseDeclarations(json);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: `${fileName}: ${parsed.path ? `${parsed.path}: ` : ''}${parsed.problem}. Nothing was imported.`,
    };
  }
  const unknown = unknownIn(parsed.value);
  const note = unknown.length
    ? `Imported ${fileName}. ${unknown.map((u) => `${u.path}: '${u.id}' is not a control in the catalogue`).join('; ')}: those entries apply to no control by that id.`
    : null;
  return { ok: true, value: parsed.value, note };
}
