import type { Group } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { collection, nullable, str, type Need } from './shape';

export type UnifiedGroup = Need<Group, 'id'> & Pick<Group, 'displayName' | 'visibility'>;

/** https://learn.microsoft.com/graph/api/group-list — every Microsoft 365 group, paged. */
export const unifiedGroups = defineSource<UnifiedGroup[]>({
  id: 'unifiedGroups',
  version: 'v1.0',
  path: '/groups',
  query: { $filter: "groupTypes/any(c:c eq 'Unified')", $select: 'id,displayName,visibility' },
  permission: 'GroupMember.Read.All',
  collection: true,
  parse: collection<UnifiedGroup>({
    id: str,
    displayName: nullable(str),
    // Graph documents Public, Private and HiddenMembership; null is allowed by the schema and is
    // judged by the control (a Unified group without a visibility is read as unknown, not as private).
    visibility: nullable(str),
  }),
});
