import type { DirectoryObject } from '@microsoft/microsoft-graph-types';
import { conditionalAccessPolicies, type CaPolicy } from './conditional-access-policies';
import { defineDerivedSource } from './define-source';
import { arrayOf, nullable, num, object, optional, str, type Need, type Shape } from './shape';

export type GroupMember = Need<DirectoryObject, 'id'> & { displayName?: string | null; '@odata.type'?: string };
export interface GroupMembers {
  /** Direct members, as Graph counts them. */
  count: number;
  /** Up to the first 999: enough to tell break-glass-only groups from real ones. */
  members: GroupMember[];
}

const member: Shape<GroupMember> = { id: str, displayName: optional(nullable(str)), '@odata.type': optional(str) };

/**
 * Members of every group that an enabled or report-only conditional access policy excludes, so an
 * excluded group is judged by who is in it rather than passing silently. One page of up to 999 plus
 * the count (an advanced query) per group: a large group is known to be large without reading it all.
 * https://learn.microsoft.com/graph/api/group-list-members
 */
export const excludedGroupMembers = defineDerivedSource<CaPolicy[], GroupMembers>({
  id: 'excludedGroupMembers',
  from: conditionalAccessPolicies,
  version: 'v1.0',
  pathTemplate: '/groups/{id}/members',
  query: { $select: 'id,displayName', $top: '999', $count: 'true' },
  permission: 'GroupMember.Read.All',
  requests: (policies) => {
    const ids = new Set(
      policies.filter((p) => p.state !== 'disabled').flatMap((p) => p.conditions.users.excludeGroups),
    );
    return [...ids].sort().map((id) => ({
      key: id,
      path: `/groups/${encodeURIComponent(id)}/members`,
      query: { $select: 'id,displayName', $top: '999', $count: 'true' },
      headers: { ConsistencyLevel: 'eventual' },
      collection: false,
    }));
  },
  parse: (body) => {
    const problem = object<{ '@odata.count': number; value: GroupMember[] }>({
      '@odata.count': num,
      value: arrayOf(object(member)),
    })(body, '');
    if (problem) return { ok: false, ...problem };
    const b = body as { '@odata.count': number; value: GroupMember[] };
    return { ok: true, value: { count: b['@odata.count'], members: b.value } };
  },
});
