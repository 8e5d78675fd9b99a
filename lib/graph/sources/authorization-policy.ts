import type { AuthorizationPolicy, DefaultUserRolePermissions } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, entity, object, str, strings, type Need } from './shape';

export type UserRolePermissions = Need<
  DefaultUserRolePermissions,
  'allowedToCreateApps' | 'permissionGrantPoliciesAssigned'
>;
export type Authorization = Need<AuthorizationPolicy, 'id'> & { defaultUserRolePermissions: UserRolePermissions };

/** https://learn.microsoft.com/graph/api/authorizationpolicy-get */
export const authorizationPolicy = defineSource<Authorization>({
  id: 'authorizationPolicy',
  version: 'v1.0',
  path: '/policies/authorizationPolicy',
  permission: 'Policy.Read.All',
  collection: false,
  parse: entity<Authorization>({
    id: str,
    defaultUserRolePermissions: object<UserRolePermissions>({
      allowedToCreateApps: bool,
      // Graph documents an empty list as "user consent disabled"; null is not documented, so it is refused.
      permissionGrantPoliciesAssigned: strings,
    }),
  }),
});
