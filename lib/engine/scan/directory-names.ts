/**
 * Names for the ids evidence shows (a policy's excluded users and groups, included roles, apps …), so
 * an admin reads "Break-glass 01" instead of a GUID. Which fields hold which kind of id is data here;
 * built-in roles are named from a list, the rest in one wave of GETs by the injected reader (batched).
 * A failed lookup never fails the scan: the id just stays an id, and the scan says once why.
 */
import { builtInRoleName } from '../../graph/sources/built-in-roles';
import type { GraphGet, GraphOutcome, GraphProgress } from '../../graph/sources/graph-request';
import { isGuid } from '../../graph/sources/guid';
import type { ControlResult } from '../verdict/result';
import type { Evidence } from '../verdict/verdict';
import type { GraphReader } from './graph-reader';

/** What a named id is: the Graph resource it was read from (or the built-in role list). */
export type NameKind = 'user' | 'group' | 'role' | 'application';

export interface DirectoryName {
  readonly name: string;
  readonly kind: NameKind;
}

/** Directory names by id, as a scan stores them. */
export type DirectoryNames = Readonly<Record<string, DirectoryName>>;

/** The evidence fields (by last path segment) that hold directory ids, and the kind of id each holds. */
const ID_FIELDS: Readonly<Record<string, NameKind>> = {
  includeUsers: 'user',
  excludeUsers: 'user',
  includeGroups: 'group',
  excludeGroups: 'group',
  includeRoles: 'role',
  excludeRoles: 'role',
  roleDefinitionId: 'role',
  guestUserRoleId: 'role',
  // Conditional access names applications by appId, not by service principal object id.
  includeApplications: 'application',
  excludeApplications: 'application',
};

/**
 * One lookup per kind, each with the least read permission its Graph page names. `GET /directoryObjects/{id}`
 * would take any kind, but needs Directory.Read.All, which Posture Lens doesn't ask for; these ride in
 * the same `$batch` all the same.
 */
const LOOKUPS: Readonly<Record<ReadKind, { readonly url: (id: string) => string; readonly permission: string }>> = {
  user: { url: (id) => `/users/${id}?$select=id,displayName,userPrincipalName`, permission: 'User.Read.All' },
  group: { url: (id) => `/groups/${id}?$select=id,displayName`, permission: 'GroupMember.Read.All' },
  application: {
    url: (id) => `/servicePrincipals(appId='${id}')?$select=id,appId,displayName`,
    permission: 'Application.Read.All',
  },
};

/** Kinds read from Graph; roles are named from the built-in list only (a custom role's id stays an id). */
type ReadKind = Exclude<NameKind, 'role'>;

/** The kind of id a field holds, or undefined when it holds none. */
export function idKindOf(fieldPath: string): NameKind | undefined {
  return ID_FIELDS[fieldPath.slice(fieldPath.lastIndexOf('.') + 1)];
}

/** Every GUID in id-holding fields, with its kind: the first kind seen wins. */
export function idsInEvidence(evidence: readonly Evidence[]): Map<string, NameKind> {
  const ids = new Map<string, NameKind>();
  for (const e of evidence) {
    for (const [path, value] of Object.entries(e.fields)) {
      const kind = idKindOf(path);
      if (!kind) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string' && isGuid(v) && !ids.has(v.toLowerCase())) ids.set(v.toLowerCase(), kind);
      }
    }
  }
  return ids;
}

/** The names the evidence itself gives: entries with both an id and a display name. */
function namedByEvidence(evidence: readonly Evidence[]): Map<string, string> {
  return new Map(
    evidence.flatMap((e) => (e.id && e.displayName ? [[e.id.toLowerCase(), e.displayName] as const] : [])),
  );
}

/** What is named without Graph (built-in roles, evidence's own names), and the GETs for the rest. */
export function planNames(evidence: readonly Evidence[]): { known: Record<string, DirectoryName>; gets: GraphGet[] } {
  const known: Record<string, DirectoryName> = {};
  const gets: GraphGet[] = [];
  const named = namedByEvidence(evidence);
  for (const [id, kind] of idsInEvidence(evidence)) {
    const name = (kind === 'role' ? builtInRoleName(id) : undefined) ?? named.get(id);
    if (name !== undefined) known[id] = { name, kind };
    else if (kind !== 'role')
      gets.push({ key: lookupKey(kind, id), version: 'v1.0', url: LOOKUPS[kind].url(id), collection: false });
  }
  return { known, gets };
}

function lookupKey(kind: ReadKind, id: string): string {
  return `name:${kind}:${id}`;
}

function nameIn(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const o = body as Record<string, unknown>;
  return [o.displayName, o.userPrincipalName].find((v): v is string => typeof v === 'string' && v !== '');
}

/** Why a lookup failed, as a phrase: "HTTP 403 (needs User.Read.All)". A 404 is an answer (no such object), not a failure. */
function failureOf(outcome: GraphOutcome | undefined, kind: ReadKind): string | undefined {
  if (!outcome) return 'not read';
  if (outcome.ok || outcome.status === 404) return undefined;
  if (outcome.status === 403) return `HTTP 403 (needs ${LOOKUPS[kind].permission})`;
  return outcome.status === 'offline' ? 'offline' : `HTTP ${outcome.status}`;
}

/** The lookups' outcomes into names; ids that couldn't be read stay out, and the first failure is said once. */
export function settleNames(
  gets: readonly GraphGet[],
  outcomes: ReadonlyMap<string, GraphOutcome>,
): { names: Record<string, DirectoryName>; unreadable?: string } {
  const names: Record<string, DirectoryName> = {};
  const failures: string[] = [];
  for (const get of gets) {
    const [, kind, id] = get.key.split(':') as [string, ReadKind, string];
    const outcome = outcomes.get(get.key);
    const name = outcome?.ok ? nameIn(outcome.body) : undefined;
    if (name !== undefined) names[id] = { name, kind };
    const failure = failureOf(outcome, kind);
    if (failure) failures.push(failure);
  }
  if (failures.length === 0) return { names };
  const count = failures.length === 1 ? '1 lookup' : `${failures.length} lookups`;
  return { names, unreadable: `${failures[0]} (${count} failed)` };
}

/** What a scan stores: names by id, and why some couldn't be read (absent when every lookup answered). */
export interface ScanNames {
  readonly names: DirectoryNames;
  readonly namesUnreadable?: string;
}

/** Names for every id the results' evidence shows: built-in roles from the list, the rest in one wave of GETs. */
export async function resolveNames(
  results: readonly ControlResult[],
  reader: GraphReader,
  onProgress?: (p: GraphProgress) => void,
): Promise<ScanNames> {
  const { known, gets } = planNames(results.flatMap((r) => r.evidence));
  if (gets.length === 0) return { names: known };
  const settled = settleNames(gets, await reader.getAll(gets, onProgress));
  return {
    names: { ...known, ...settled.names },
    ...(settled.unreadable ? { namesUnreadable: settled.unreadable } : {}),
  };
}
