import type { AuthorizationPolicy, DefaultUserRolePermissions } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, entity, object, optional, str, strings, type Need } from './shape';

export type UserRolePermissions = Need<
  DefaultUserRolePermissions,
  'allowedToCreateApps' | 'permissionGrantPoliciesAssigned' | 'allowedToCreateSecurityGroups'
> &
  Pick<DefaultUserRolePermissions, 'allowedToCreateTenants' | 'allowedToReadBitlockerKeysForOwnedDevice'>;
export type Authorization = Need<
  AuthorizationPolicy,
  'id' | 'allowedToUseSSPR' | 'allowedToSignUpEmailBasedSubscriptions' | 'allowEmailVerifiedUsersToJoinOrganization'
> &
  Pick<AuthorizationPolicy, 'guestUserRoleId' | 'allowInvitesFrom'> & {
    defaultUserRolePermissions: UserRolePermissions;
  };

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
      allowedToCreateSecurityGroups: bool,
      // Nullable in Graph's schema, with no documented meaning for null. A null here must not blind the
      // other controls reading this policy, so the parse lets null/absent through and the controls that
      // read these fields answer unknown for them (never a default).
      allowedToCreateTenants: optional(bool),
      allowedToReadBitlockerKeysForOwnedDevice: optional(bool),
    }),
    // Non-nullable booleans in Graph's schema: absent means the answer isn't the documented one.
    allowedToUseSSPR: bool,
    allowedToSignUpEmailBasedSubscriptions: bool,
    allowEmailVerifiedUsersToJoinOrganization: bool,
    // Nullable, and open enums (Graph may add values): checked by the controls that read them, for the same reason.
    guestUserRoleId: optional(str),
    allowInvitesFrom: optional(str),
  }),
});
