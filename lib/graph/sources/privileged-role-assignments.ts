import type { UnifiedRoleAssignment, User } from '@microsoft/microsoft-graph-types';
import { privilegedRoleIds } from './privileged-role-ids';
import { defineDerivedSource, defineSource } from './define-source';
import { licences } from './licences';
import { assignedPrincipal, type AssignedPrincipal } from './role-principal';
import { bool, collection, entity, nullable, object, optional, str, type Need } from './shape';

export type PrivilegedAssignment = Need<UnifiedRoleAssignment, 'id' | 'principalId' | 'roleDefinitionId'> & {
  principal: AssignedPrincipal;
};

export const USER_TYPE = '#microsoft.graph.user';

const inRoles = `roleDefinitionId in (${privilegedRoleIds.map((id) => `'${id}'`).join(',')})`;

/**
 * Active assignments of every privileged role (./privileged-role-ids.ts), one filtered request.
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments
 */
export const privilegedRoleAssignments = defineSource<PrivilegedAssignment[]>({
  id: 'privilegedRoleAssignments',
  version: 'v1.0',
  path: '/roleManagement/directory/roleAssignments',
  query: { $filter: inRoles, $expand: 'principal' },
  permission: 'RoleManagement.Read.Directory',
  collection: true,
  parse: collection<PrivilegedAssignment>({
    id: str,
    principalId: str,
    roleDefinitionId: str,
    principal: object(assignedPrincipal),
  }),
});

export type PrivilegedUser = Need<User, 'id' | 'displayName'> &
  Pick<User, 'userPrincipalName' | 'onPremisesSyncEnabled'>;
const USER_SELECT = 'id,displayName,userPrincipalName,onPremisesSyncEnabled';

/**
 * Whether each user holding a privileged role is synchronised from on-premises AD: `onPremisesSyncEnabled`
 * is not in a user's default properties, so one `$select` read per distinct admin (a handful).
 * https://learn.microsoft.com/graph/api/user-get
 */
export const privilegedUsers = defineDerivedSource<PrivilegedAssignment[], PrivilegedUser>({
  id: 'privilegedUsers',
  from: privilegedRoleAssignments,
  version: 'v1.0',
  pathTemplate: '/users/{id}',
  query: { $select: USER_SELECT },
  permission: 'User.Read.All',
  requests: (assignments) => {
    const ids = new Set(assignments.filter((a) => a.principal['@odata.type'] === USER_TYPE).map((a) => a.principalId));
    return [...ids].sort().map((id) => ({
      key: id,
      path: `/users/${encodeURIComponent(id)}`,
      query: { $select: USER_SELECT },
      collection: false,
    }));
  },
  parse: entity<PrivilegedUser>({
    id: str,
    displayName: str,
    userPrincipalName: optional(nullable(str)),
    onPremisesSyncEnabled: nullable(bool),
  }),
});

/**
 * PIM-eligible assignments of every privileged role (Entra ID P2).
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleeligibilityscheduleinstances
 */
export const privilegedRoleEligibilities = defineSource<PrivilegedAssignment[]>({
  id: 'privilegedRoleEligibilities',
  version: 'v1.0',
  path: '/roleManagement/directory/roleEligibilityScheduleInstances',
  query: { $filter: inRoles, $expand: 'principal' },
  permission: 'RoleEligibilitySchedule.Read.Directory',
  collection: true,
  licence: licences.entraP2,
  parse: collection<PrivilegedAssignment>({
    id: str,
    principalId: str,
    roleDefinitionId: str,
    principal: object(assignedPrincipal),
  }),
});
