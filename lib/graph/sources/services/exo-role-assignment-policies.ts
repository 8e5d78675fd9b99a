/**
 * `Get-RoleAssignmentPolicy` (Exchange Online): the roles each user role assignment policy gives the
 * mailboxes it's assigned to, `Default Role Assignment Policy` included.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-roleassignmentpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, str, strings } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface RoleAssignmentPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IsDefault: boolean;
  readonly AssignedRoles: readonly string[];
}

export const exoRoleAssignmentPolicies = defineServiceSource<RoleAssignmentPolicy[]>({
  id: 'exoRoleAssignmentPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-RoleAssignmentPolicy' },
  collection: true,
  parse: cmdletObjects<RoleAssignmentPolicy>({ Identity: str, Name: str, IsDefault: bool, AssignedRoles: strings }),
});
