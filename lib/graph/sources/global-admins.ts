import type { UnifiedRoleAssignment, UnifiedRoleEligibilityScheduleInstance } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { licences } from './licences';
import { collection, nullable, object, optional, str, bool, type Need, type Shape } from './shape';

export const globalAdministratorRoleId = '62e90394-69f5-4237-9190-012177145e10';

/** The assigned principal as `$expand=principal` returns it: a user, group or service principal. */
export interface RolePrincipal {
  '@odata.type': string;
  id: string;
  displayName: string | null;
  userPrincipalName?: string | null;
  accountEnabled?: boolean | null;
}
const principal: Shape<RolePrincipal> = {
  '@odata.type': str,
  id: str,
  displayName: nullable(str),
  userPrincipalName: optional(str),
  accountEnabled: optional(bool),
};

export type RoleAssignment = Need<UnifiedRoleAssignment, 'id' | 'principalId' | 'roleDefinitionId'> & {
  principal: RolePrincipal;
};
export type RoleEligibility = Need<
  UnifiedRoleEligibilityScheduleInstance,
  'id' | 'principalId' | 'roleDefinitionId'
> & {
  principal: RolePrincipal;
};

const filter = `roleDefinitionId eq '${globalAdministratorRoleId}'`;

/** Active Global Administrator assignments. https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments */
export const globalAdminAssignments = defineSource<RoleAssignment[]>({
  id: 'globalAdminAssignments',
  version: 'v1.0',
  path: '/roleManagement/directory/roleAssignments',
  query: { $filter: filter, $expand: 'principal' },
  permission: 'RoleManagement.Read.Directory',
  collection: true,
  parse: collection<RoleAssignment>({ id: str, principalId: str, roleDefinitionId: str, principal: object(principal) }),
});

/** PIM-eligible Global Administrators (Entra ID P2). https://learn.microsoft.com/graph/api/rbacapplication-list-roleeligibilityscheduleinstances */
export const globalAdminEligibilities = defineSource<RoleEligibility[]>({
  id: 'globalAdminEligibilities',
  version: 'v1.0',
  path: '/roleManagement/directory/roleEligibilityScheduleInstances',
  query: { $filter: filter, $expand: 'principal' },
  permission: 'RoleEligibilitySchedule.Read.Directory',
  collection: true,
  licence: licences.entraP2,
  parse: collection<RoleEligibility>({
    id: str,
    principalId: str,
    roleDefinitionId: str,
    principal: object(principal),
  }),
});
