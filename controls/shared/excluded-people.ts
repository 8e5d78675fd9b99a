/**
 * Who a conditional access policy's exclusions reach: every person, through nested groups and excluded
 * roles, each with the path that excluded them, and the directory objects that aren't people named as
 * what they are. Pure: it reads what the `excludedGroupMembers` source gathered.
 */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import {
  ACTIVE_ROLES,
  ELIGIBLE_ROLES,
  GROUP_TYPE,
  MAX_GROUPS,
  MAX_NESTING,
  nameKey,
  type ExclusionRead,
  type RoleHolders,
} from '../../lib/graph/sources/excluded-group-members';
import { roleName } from '../../lib/graph/sources/privileged-role-ids';

export type ExclusionData = Readonly<Record<string, ExclusionRead>>;

/** One step of the path that excluded someone: a group (by id) or a role. */
export interface PathStep {
  readonly id: string;
  readonly name: string;
  readonly kind: 'group' | 'role';
}

/** What a directory object is, from its `@odata.type`; only users are people a policy applies to. */
export type ObjectKind = 'user' | 'device' | 'servicePrincipal' | 'contact' | 'other';

export interface ExcludedObject {
  readonly id: string;
  readonly name: string;
  readonly kind: ObjectKind;
  readonly odataType: string;
  /** Empty: excluded directly by id. Otherwise the groups and role that led to it, outermost first. */
  readonly path: readonly PathStep[];
}

export interface ExcludedRole {
  readonly id: string;
  readonly name: string;
  /** People holding it, actively or eligibly (through groups too). */
  readonly holders: number;
  /** Why eligible holders aren't counted, when they can't exist (no Entra ID P2). */
  readonly eligibility: string | null;
}

export interface Resolution {
  /** Users left out, each once, with the first path found (direct exclusions first). */
  readonly people: readonly ExcludedObject[];
  /** Devices, service principals, contacts … inside excluded groups: named, not people. */
  readonly others: readonly ExcludedObject[];
  readonly roles: readonly ExcludedRole[];
  readonly groups: number;
  /** `excludeGuestsOrExternalUsers`, in words, or null. */
  readonly guests: string | null;
  /** Why the list may be incomplete, naming the group; empty when every exclusion was read in full. */
  readonly unresolved: readonly string[];
}

const KINDS: Readonly<Record<string, ObjectKind>> = {
  '#microsoft.graph.user': 'user',
  '#microsoft.graph.device': 'device',
  '#microsoft.graph.servicePrincipal': 'servicePrincipal',
  '#microsoft.graph.orgContact': 'contact',
};
const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
  user: 'user',
  device: 'device',
  servicePrincipal: 'service principal',
  contact: 'contact',
  other: 'directory object',
};
export const kindWord = (k: ObjectKind): string => KIND_WORDS[k];

/** "via Emergency Access › Break-glass (nested)", "via role Global Administrator (eligible)", or "directly". */
export function pathWords(path: readonly PathStep[]): string {
  return path.length === 0 ? 'directly' : `via ${path.map((s) => s.name).join(' › ')}`;
}

/** Guest and external user types and tenants, as `conditionalAccessGuestsOrExternalUsers` documents them. */
function guestWords(g: unknown): string | null {
  if (g === null || g === undefined) return null;
  const o = (typeof g === 'object' ? g : {}) as Record<string, unknown>;
  const types = typeof o.guestOrExternalUserTypes === 'string' ? o.guestOrExternalUserTypes : 'unspecified types';
  const t = (typeof o.externalTenants === 'object' && o.externalTenants !== null ? o.externalTenants : {}) as Record<
    string,
    unknown
  >;
  const tenants =
    t.membershipKind === 'all'
      ? 'from all external tenants'
      : Array.isArray(t.members)
        ? `from ${t.members.length} named tenant${t.members.length === 1 ? '' : 's'}`
        : 'from unspecified tenants';
  return `guests or external users (${types.split(',').join(', ')}) ${tenants}`;
}

/** What the walk has found so far: people and other objects by lowercased id, and why it may be incomplete. */
interface Found {
  readonly people: Map<string, ExcludedObject>;
  readonly others: Map<string, ExcludedObject>;
  readonly unresolved: string[];
}

/** Keeps the first path found for each object. */
function add(found: Found, o: ExcludedObject): void {
  // A type Posture Lens doesn't know may be a kind of account: it counts as a person, never as "not one".
  const into = o.kind === 'user' || o.kind === 'other' ? found.people : found.others;
  if (!into.has(o.id.toLowerCase())) into.set(o.id.toLowerCase(), o);
}

/** Why a role-holding group's members can't be read: it isn't in this tenant (a partner's group over GDAP). */
export function outsideTenantWords(name: string, id: string): string {
  const named = name === id ? `'${id}'` : `'${name}' (${id})`;
  return `group ${named} holds the role but isn't in this tenant's directory (Graph answers 404 for its members): a partner's group over GDAP, whose members live in the partner's tenant`;
}

/** Everyone in a group, nested groups included. */
function walk(found: Found, data: ExclusionData, groupId: string, path: readonly PathStep[]): void {
  // Breadth first, so each person keeps the shortest path; `inPath` guards against membership cycles.
  const queue: Array<{ id: string; path: readonly PathStep[] }> = [{ id: groupId, path }];
  while (queue.length > 0) {
    const g = queue.shift()!;
    const read = data[g.id.toLowerCase()];
    const name = g.path[g.path.length - 1]?.name ?? g.id;
    if (read?.kind === 'outsideTenant') {
      found.unresolved.push(outsideTenantWords(name, g.id));
      continue;
    }
    if (!read || read.kind !== 'members') {
      found.unresolved.push(
        `the members of group '${name}' were not read (groups nested more than ${MAX_NESTING} deep, or more than ${MAX_GROUPS} groups, are not followed)`,
      );
      continue;
    }
    if (read.count > read.members.length)
      found.unresolved.push(
        `group '${name}' has ${read.count} members, more than the ${read.members.length} a scan reads of one group`,
      );
    for (const m of read.members) {
      const type = m['@odata.type'] ?? '';
      const mName = m.displayName ?? m.id;
      if (type === GROUP_TYPE) {
        if (g.path.some((s) => s.id.toLowerCase() === m.id.toLowerCase())) continue;
        queue.push({ id: m.id, path: [...g.path, { id: m.id, name: mName, kind: 'group' }] });
      } else add(found, { id: m.id, name: mName, kind: KINDS[type] ?? 'other', odataType: type, path: g.path });
    }
  }
}

const isHolders = (r: ExclusionRead | undefined): r is RoleHolders => r?.kind === 'roleHolders';

/** One excluded role: everyone holding it, actively or eligibly, directly or through a group. */
function walkRole(found: Found, data: ExclusionData, roleId: string): ExcludedRole {
  const eligible = data[ELIGIBLE_ROLES];
  const before = found.people.size;
  const rName = roleName(roleId);
  for (const r of [data[ACTIVE_ROLES], eligible]) {
    if (!isHolders(r)) continue;
    for (const h of r.holders) {
      if (h.roleDefinitionId !== roleId.toLowerCase()) continue;
      const step: PathStep = {
        id: roleId,
        name: `role ${rName} (${r.eligible ? 'eligible' : 'active'})`,
        kind: 'role',
      };
      const type = h.principal['@odata.type'];
      const hName = h.principal.displayName ?? h.principal.userPrincipalName ?? h.principal.id;
      if (type === GROUP_TYPE)
        walk(found, data, h.principal.id, [step, { id: h.principal.id, name: hName, kind: 'group' }]);
      else add(found, { id: h.principal.id, name: hName, kind: KINDS[type] ?? 'other', odataType: type, path: [step] });
    }
  }
  const eligibility =
    isHolders(eligible) && eligible.notLicensed
      ? 'the tenant has no Entra ID P2, so no one can be eligible for it (PIM needs P2)'
      : null;
  return { id: roleId, name: rName, holders: found.people.size - before, eligibility };
}

/** The excluded roles, each with its holders; says so when the holders weren't read. */
function walkRoles(found: Found, data: ExclusionData, roleIds: readonly string[]): ExcludedRole[] {
  if (roleIds.length === 0) return [];
  if (!isHolders(data[ACTIVE_ROLES]) || !isHolders(data[ELIGIBLE_ROLES]))
    found.unresolved.push('the holders of the excluded roles were not read');
  return roleIds.map((roleId) => walkRole(found, data, roleId));
}

/** Names for users excluded by id come from wherever else they were seen. */
function namesSeen(data: ExclusionData): Map<string, string> {
  const named = new Map<string, string>();
  for (const v of Object.values(data)) {
    if (v.kind === 'users')
      for (const x of v.users) {
        const n = x.displayName ?? x.userPrincipalName;
        if (n) named.set(x.id.toLowerCase(), n);
      }
    if (v.kind === 'members')
      for (const m of v.members) if (m.displayName) named.set(m.id.toLowerCase(), m.displayName);
    if (v.kind === 'roleHolders')
      for (const h of v.holders)
        if (h.principal.displayName) named.set(h.principal.id.toLowerCase(), h.principal.displayName);
  }
  return named;
}

/**
 * Resolves a policy's exclusions to the people they reach. `withRoles: false` leaves role holders out,
 * for controls that judge excluded roles role by role.
 */
export function resolveExclusions(p: CaPolicy, data: ExclusionData, withRoles = true): Resolution {
  const u = p.conditions.users;
  const found: Found = { people: new Map(), others: new Map(), unresolved: [] };
  for (const id of u.excludeUsers)
    add(found, { id, name: id, kind: 'user', odataType: '#microsoft.graph.user', path: [] });
  for (const gid of u.excludeGroups) {
    const named = data[nameKey(gid)];
    const name = named?.kind === 'group' && named.displayName ? named.displayName : gid;
    walk(found, data, gid, [{ id: gid, name, kind: 'group' }]);
  }
  const roles = withRoles ? walkRoles(found, data, u.excludeRoles) : [];

  const named = namesSeen(data);
  const withName = (o: ExcludedObject): ExcludedObject =>
    o.name === o.id ? { ...o, name: named.get(o.id.toLowerCase()) ?? o.id } : o;
  return {
    people: [...found.people.values()].map(withName),
    others: [...found.others.values()],
    roles,
    groups: u.excludeGroups.length,
    guests: guestWords(u.excludeGuestsOrExternalUsers),
    unresolved: [...new Set(found.unresolved)],
  };
}
