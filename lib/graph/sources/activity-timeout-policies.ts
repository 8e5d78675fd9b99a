import type { ActivityBasedTimeoutPolicy } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, collection, nullable, str, strings, type Need } from './shape';

export type ActivityTimeoutPolicy = Need<ActivityBasedTimeoutPolicy, 'id' | 'definition' | 'isOrganizationDefault'> &
  Pick<ActivityBasedTimeoutPolicy, 'displayName'>;

/** https://learn.microsoft.com/graph/api/activitybasedtimeoutpolicy-list */
export const activityTimeoutPolicies = defineSource<ActivityTimeoutPolicy[]>({
  id: 'activityBasedTimeoutPolicies',
  version: 'v1.0',
  path: '/policies/activityBasedTimeoutPolicies',
  permission: 'Policy.Read.All',
  collection: true,
  parse: collection<ActivityTimeoutPolicy>({
    id: str,
    displayName: nullable(str),
    // JSON documents as strings; the control parses them and names what it can't read.
    definition: strings,
    isOrganizationDefault: bool,
  }),
});
