import type { Group } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { collection, nullable, str, type Need } from './shape';

export type DynamicGroup = Need<Group, 'id'> & Pick<Group, 'displayName' | 'membershipRule'>;

/** https://learn.microsoft.com/graph/api/group-list — groups with dynamic membership. */
export const dynamicGroups = defineSource<DynamicGroup[]>({
  id: 'dynamicGroups',
  version: 'v1.0',
  path: '/groups',
  query: {
    $filter: "groupTypes/any(c:c eq 'DynamicMembership')",
    $select: 'id,displayName,membershipRule',
  },
  permission: 'GroupMember.Read.All',
  collection: true,
  parse: collection<DynamicGroup>({
    id: str,
    displayName: nullable(str),
    membershipRule: nullable(str),
  }),
});
