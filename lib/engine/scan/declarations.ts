/**
 * What the admin declares about their own tenant, so exclusions are judged against intent instead of a
 * guess: the emergency-access (break-glass) accounts, any other sanctioned exemptions (each with a
 * reason), and which roles count as privileged. Pure data: the extension keeps it per tenant, the CLI
 * reads it from a file, and every scan records the declarations it was judged against.
 */
import type { ParseResult } from '../../graph/sources/define-source';
import { isGuid } from '../../graph/sources/guid';

export interface DeclaredAccount {
  /** Entra object id of the user or group. */
  readonly id: string;
  readonly kind: 'user' | 'group';
  /** The name the admin knows it by, shown in evidence when Graph's name isn't at hand. */
  readonly displayName?: string;
  /** Why it is allowed to be excluded; shown beside every verdict that accepts it. */
  readonly reason: string;
  /** Only for these control ids; absent means every control that judges exclusions. */
  readonly controls?: readonly string[];
}

export interface Declarations {
  /**
   * Emergency-access accounts. Empty: no declaration, and the controls fall back to the CIS heuristic
   * (any two excluded accounts) and say it is one.
   */
  readonly emergencyAccess: readonly DeclaredAccount[];
  /** Other sanctioned exclusions (a sync account, a kiosk group …), each with its reason. */
  readonly exemptions: readonly DeclaredAccount[];
  /** Role template ids that count as privileged; null means the documented default list. */
  readonly privilegedRoles: readonly string[] | null;
}

export const noDeclarations: Declarations = Object.freeze({
  emergencyAccess: [],
  exemptions: [],
  privilegedRoles: null,
});

/** Whether the admin declared anything at all (the heuristics apply only when not). */
export function hasDeclarations(d: Declarations): boolean {
  return d.emergencyAccess.length > 0 || d.exemptions.length > 0 || d.privilegedRoles !== null;
}

const MAX_ACCOUNTS = 200;
const MAX_TEXT = 300;

function account(v: unknown, path: string): ParseResult<DeclaredAccount> {
  const fail = (p: string, problem: string): ParseResult<DeclaredAccount> => ({ ok: false, path: p, problem });
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
  const o = v as Record<string, unknown>;
  const known = new Set(['id', 'kind', 'displayName', 'reason', 'controls']);
  const extra = Object.keys(o).find((k) => !known.has(k));
  if (extra) return fail(`${path}.${extra}`, 'unknown key');
  if (typeof o.id !== 'string' || !isGuid(o.id)) return fail(`${path}.id`, 'expected an Entra object id (GUID)');
  if (o.kind !== 'user' && o.kind !== 'group') return fail(`${path}.kind`, "expected 'user' or 'group'");
  if (typeof o.reason !== 'string' || o.reason.trim() === '' || o.reason.length > MAX_TEXT)
    return fail(`${path}.reason`, `expected a reason of 1 to ${MAX_TEXT} characters`);
  if (o.displayName !== undefined && (typeof o.displayName !== 'string' || o.displayName.length > MAX_TEXT))
    return fail(`${path}.displayName`, 'expected a short string');
  if (
    o.controls !== undefined &&
    (!Array.isArray(o.controls) || o.controls.some((c) => typeof c !== 'string' || !/^[a-z0-9-]{1,80}$/.test(c)))
  )
    return fail(`${path}.controls`, 'expected a list of control ids');
  return {
    ok: true,
    value: {
      id: o.id.toLowerCase(),
      kind: o.kind,
      reason: o.reason.trim(),
      ...(typeof o.displayName === 'string' ? { displayName: o.displayName } : {}),
      ...(Array.isArray(o.controls) ? { controls: o.controls as string[] } : {}),
    },
  };
}

function accounts(v: unknown, path: string): ParseResult<DeclaredAccount[]> {
  if (v === undefined) return { ok: true, value: [] };
  if (!Array.isArray(v)) return { ok: false, path, problem: 'expected a list' };
  if (v.length > MAX_ACCOUNTS) return { ok: false, path, problem: `more than ${MAX_ACCOUNTS} entries` };
  const out: DeclaredAccount[] = [];
  for (let i = 0; i < v.length; i++) {
    const a = account(v[i], `${path}[${i}]`);
    if (!a.ok) return a;
    if (out.some((x) => x.id === a.value.id)) return { ok: false, path: `${path}[${i}].id`, problem: 'listed twice' };
    out.push(a.value);
  }
  return { ok: true, value: out };
}

/**
 * Checks declarations from a file, an import or storage: unknown keys, malformed ids and empty reasons
 * are refused with the path, never half-applied.
 */
export function parseDeclarations(json: unknown): ParseResult<Declarations> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, path: '', problem: 'expected an object' };
  const o = json as Record<string, unknown>;
  const known = new Set(['emergencyAccess', 'exemptions', 'privilegedRoles']);
  const extra = Object.keys(o).find((k) => !known.has(k));
  if (extra) return { ok: false, path: extra, problem: 'unknown key' };
  const emergencyAccess = accounts(o.emergencyAccess, 'emergencyAccess');
  if (!emergencyAccess.ok) return emergencyAccess;
  const exemptions = accounts(o.exemptions, 'exemptions');
  if (!exemptions.ok) return exemptions;
  const both = emergencyAccess.value.find((a) => exemptions.value.some((e) => e.id === a.id));
  if (both) return { ok: false, path: 'exemptions', problem: `${both.id} is also an emergency-access account` };
  let privilegedRoles: string[] | null = null;
  if (o.privilegedRoles !== undefined && o.privilegedRoles !== null) {
    const r = o.privilegedRoles;
    if (!Array.isArray(r) || r.length === 0 || r.some((x) => typeof x !== 'string' || !isGuid(x)))
      return { ok: false, path: 'privilegedRoles', problem: 'expected a non-empty list of role template ids (GUIDs)' };
    privilegedRoles = [...new Set((r as string[]).map((x) => x.toLowerCase()))];
  }
  return { ok: true, value: { emergencyAccess: emergencyAccess.value, exemptions: exemptions.value, privilegedRoles } };
}
