import type { DirectoryObject } from '@microsoft/microsoft-graph-types';
import { conditionalAccessPolicies, type CaPolicy } from './conditional-access-policies';
import { defineDerivedSource, NOT_FOUND, NOT_LICENSED, type FollowUpRequest, type ParseResult } from './define-source';
import { licences } from './licences';
import { assignedPrincipal, type AssignedPrincipal } from './role-principal';
import { arrayOf, count, nullable, object, optional, repeatedId, str, type Need, type Shape } from './shape';
import { isGuid } from './guid';

export type GroupMember = Need<DirectoryObject, 'id'> & { displayName?: string | null; '@odata.type'?: string };
export interface GroupMembers {
  readonly kind: 'members';
  /** Direct members, as Graph counts them. */
  readonly count: number;
  /** The first page of up to `MEMBERS_PAGE`: a group larger than that can't be judged from it. */
  readonly members: readonly GroupMember[];
}
/** An excluded group's own name (the member list doesn't carry it). */
export interface GroupName {
  readonly kind: 'group';
  readonly id: string;
  readonly displayName: string | null;
}
/** Who holds the excluded roles, actively or (PIM) eligibly. */
export interface RoleHolders {
  readonly kind: 'roleHolders';
  readonly eligible: boolean;
  /** Graph said the tenant has no Entra ID P2: PIM, hence eligibility, doesn't exist there. */
  readonly notLicensed: boolean;
  readonly holders: readonly RoleHolder[];
}
export interface RoleHolder {
  readonly roleDefinitionId: string;
  readonly principal: AssignedPrincipal;
}
/** Names of users excluded by id (a deleted user is simply absent). */
export interface UserNames {
  readonly kind: 'users';
  readonly users: readonly { id: string; displayName: string | null; userPrincipalName?: string | null }[];
}
/**
 * A group holding an excluded role whose members Graph answers 404 for: it isn't in this tenant's
 * directory. Over GDAP a partner's security groups hold roles in the customer's tenant while their
 * members live in the partner's (maester365/maester#521), so who they let through can't be read here.
 */
export interface OutsideGroup {
  readonly kind: 'outsideTenant';
}
export type ExclusionRead = GroupMembers | GroupName | RoleHolders | UserNames | OutsideGroup;

export const GROUP_TYPE = '#microsoft.graph.group';
/** One page of direct members per group (the list docs' largest `$top`); a larger group is not guessed at. */
export const MEMBERS_PAGE = 999;
/** Levels of groups nested below an excluded group that a scan follows, one wave each. */
export const MAX_NESTING = 5;
/** Groups one scan reads for exclusions at most (excluded, nested and role-holding together). */
export const MAX_GROUPS = 100;

/** Keys of the follow-ups: a group's members by its id; the others by what they read. */
export const nameKey = (groupId: string): string => `name:${groupId.toLowerCase()}`;
export const usersKey = (chunk: number): string => `users:${chunk}`;
/** Ids per `id in (…)` filter: Graph caps the values of one `in` at 15. */
const IDS_PER_FILTER = 15;
export const ACTIVE_ROLES = 'roles:active';
export const ELIGIBLE_ROLES = 'roles:eligible';

const MEMBERS_QUERY = { $select: 'id,displayName', $top: String(MEMBERS_PAGE), $count: 'true' };

const membersOf = (id: string, about: string, holdsRole = false): FollowUpRequest => ({
  key: id.toLowerCase(),
  path: `/groups/${encodeURIComponent(id)}/members`,
  query: MEMBERS_QUERY,
  headers: { ConsistencyLevel: 'eventual' },
  collection: false,
  about,
  // Only a role assignment can name a group from another tenant; a policy's or a nested group is ours.
  ...(holdsRole ? { notFoundIsAnAnswer: true } : {}),
});

// `@odata.type` decides whether a member is a person, a group to follow or something else; Graph always
// sends it on this polymorphic list, so a member without it is malformed, never silently "not a person".
// https://learn.microsoft.com/graph/api/group-list-members
const member: Shape<GroupMember> = { id: str, displayName: optional(nullable(str)), '@odata.type': str };
const holder: Shape<RoleHolder & { id: string; principalId: string }> = {
  id: str,
  principalId: str,
  roleDefinitionId: str,
  principal: object(assignedPrincipal),
};

function parseRead(body: unknown, key: string): ParseResult<ExclusionRead> {
  if (body === NOT_FOUND) return { ok: true, value: { kind: 'outsideTenant' } };
  if (key === ACTIVE_ROLES || key === ELIGIBLE_ROLES) {
    const eligible = key === ELIGIBLE_ROLES;
    if (body === NOT_LICENSED)
      return { ok: true, value: { kind: 'roleHolders', eligible, notLicensed: true, holders: [] } };
    const problem = object<{ value: RoleHolder[] }>({ value: arrayOf(object(holder)) })(body, '');
    if (problem) return { ok: false, ...problem };
    const holders = (body as { value: RoleHolder[] }).value.map((h) => ({
      roleDefinitionId: h.roleDefinitionId.toLowerCase(),
      principal: h.principal,
    }));
    return { ok: true, value: { kind: 'roleHolders', eligible, notLicensed: false, holders } };
  }
  if (key.startsWith('users:')) {
    const problem = object<{ value: UserNames['users'] }>({
      value: arrayOf(object({ id: str, displayName: nullable(str), userPrincipalName: optional(nullable(str)) })),
    })(body, '');
    if (problem) return { ok: false, ...problem };
    return { ok: true, value: { kind: 'users', users: (body as { value: UserNames['users'] }).value } };
  }
  if (key.startsWith('name:')) {
    const problem = object<{ id: string; displayName: string | null }>({ id: str, displayName: nullable(str) })(
      body,
      '',
    );
    if (problem) return { ok: false, ...problem };
    const b = body as { id: string; displayName: string | null };
    return { ok: true, value: { kind: 'group', id: b.id, displayName: b.displayName } };
  }
  const problem = object<{ '@odata.count': number; value: GroupMember[] }>({
    '@odata.count': count.int64,
    value: arrayOf(object(member)),
  })(body, '');
  if (problem) return { ok: false, ...problem };
  const repeated = repeatedId((body as { value: GroupMember[] }).value, 'value');
  if (repeated) return { ok: false, ...repeated };
  const b = body as { '@odata.count': number; value: GroupMember[] };
  return { ok: true, value: { kind: 'members', count: b['@odata.count'], members: b.value } };
}

/** Groups found inside what was read (nested members, groups holding an excluded role), not yet read. */
function nestedGroups(value: Readonly<Record<string, ExclusionRead>>): FollowUpRequest[] {
  const read = Object.values(value).filter((v) => v.kind === 'members' || v.kind === 'outsideTenant').length;
  const found = new Map<string, { about: string; holdsRole: boolean }>();
  for (const [key, v] of Object.entries(value)) {
    if (v.kind === 'members')
      for (const m of v.members)
        if (m['@odata.type'] === GROUP_TYPE && !(m.id.toLowerCase() in value))
          found.set(m.id.toLowerCase(), {
            about: `the members of group '${m.displayName ?? m.id}', nested in an excluded group`,
            holdsRole: false,
          });
    if (v.kind === 'roleHolders')
      for (const h of v.holders)
        if (h.principal['@odata.type'] === GROUP_TYPE && !(h.principal.id.toLowerCase() in value))
          found.set(h.principal.id.toLowerCase(), {
            about: `the members of group '${h.principal.displayName ?? h.principal.id}', which holds an excluded role (${key})`,
            holdsRole: true,
          });
  }
  return [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, Math.max(0, MAX_GROUPS - read))
    .map(([id, { about, holdsRole }]) => membersOf(id, about, holdsRole));
}

/**
 * Everything a conditional access policy's exclusions reach, so each is judged by the people it
 * leaves out: each excluded group's name and members (one page of up to 999 plus the count, an
 * advanced query), the groups nested in them, wave after wave up to `MAX_NESTING` levels and
 * `MAX_GROUPS` groups, and who holds each excluded role, actively and (PIM) eligibly, groups holding
 * a role expanded like any group. Enabled and report-only policies only: a disabled one excludes no one.
 * A group that can't be read fails the source with a reason naming it; no partial list is ever judged.
 * Except one: a group holding an excluded role that Graph answers 404 for (a partner's group over
 * GDAP, whose members live in the partner's tenant) is read as `outsideTenant`, so the controls that
 * need its members say so by name and the others are decided as usual.
 * https://learn.microsoft.com/graph/api/group-list-members
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleeligibilityscheduleinstances
 */
export const excludedGroupMembers = defineDerivedSource<CaPolicy[], ExclusionRead>({
  id: 'excludedGroupMembers',
  from: conditionalAccessPolicies,
  version: 'v1.0',
  pathTemplate: '/groups/{id}/members',
  query: MEMBERS_QUERY,
  permission: 'GroupMember.Read.All',
  maxWaves: 1 + MAX_NESTING,
  requests: (policies) => {
    const live = policies.filter((p) => p.state !== 'disabled');
    const groups = [...new Set(live.flatMap((p) => p.conditions.users.excludeGroups.map((g) => g.toLowerCase())))];
    const roles = [...new Set(live.flatMap((p) => p.conditions.users.excludeRoles.map((r) => r.toLowerCase())))];
    const users = [...new Set(live.flatMap((p) => p.conditions.users.excludeUsers.map((u) => u.toLowerCase())))]
      .filter(isGuid)
      .sort()
      .slice(0, MAX_GROUPS * IDS_PER_FILTER);
    const out: FollowUpRequest[] = groups
      .sort()
      .slice(0, MAX_GROUPS)
      .flatMap((id) => [
        membersOf(id, `the members of excluded group ${id}`),
        {
          key: nameKey(id),
          path: `/groups/${encodeURIComponent(id)}`,
          query: { $select: 'id,displayName' },
          collection: false,
          cosmetic: true,
          about: `the name of excluded group ${id}`,
        },
      ]);
    // Names of the users excluded by id, so sentences name them; one filtered list per 15 ids.
    for (let i = 0; i * IDS_PER_FILTER < users.length; i++) {
      const ids = users.slice(i * IDS_PER_FILTER, (i + 1) * IDS_PER_FILTER);
      out.push({
        key: usersKey(i),
        path: '/users',
        query: {
          $filter: `id in (${ids.map((u) => `'${u}'`).join(',')})`,
          $select: 'id,displayName,userPrincipalName',
        },
        collection: true,
        permission: 'User.Read.All',
        cosmetic: true,
        about: 'the names of the excluded users',
      });
    }
    if (roles.length > 0) {
      // Role template ids are what policies list and what built-in roles' definition ids equal.
      const $filter = `roleDefinitionId in (${roles
        .sort()
        .map((r) => `'${r}'`)
        .join(',')})`;
      out.push(
        {
          key: ACTIVE_ROLES,
          path: '/roleManagement/directory/roleAssignments',
          query: { $filter, $expand: 'principal' },
          collection: true,
          permission: 'RoleManagement.Read.Directory',
          about: 'the holders of the excluded roles',
        },
        {
          key: ELIGIBLE_ROLES,
          path: '/roleManagement/directory/roleEligibilityScheduleInstances',
          query: { $filter, $expand: 'principal' },
          collection: true,
          permission: 'RoleEligibilitySchedule.Read.Directory',
          licence: licences.entraP2,
          // Eligible assignments are a PIM feature (Entra ID P2 or ID Governance); without the licence
          // there are none ("Eligible role assignments of Microsoft Entra roles are removed"):
          // https://learn.microsoft.com/entra/id-governance/privileged-identity-management/subscription-requirements
          notLicensedIsAnAnswer: true,
          about: 'the eligible (PIM) holders of the excluded roles',
        },
      );
    }
    return out;
  },
  next: nestedGroups,
  parse: parseRead,
});
