import type {
  ApprovalSettings,
  UnifiedApprovalStage,
  UnifiedRoleAssignmentScheduleInstance,
  UnifiedRoleManagementPolicy,
  UnifiedRoleManagementPolicyAssignment,
  UnifiedRoleManagementPolicyRule,
} from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { globalAdministratorRoleId } from './global-admins';
import { licences } from './licences';
import { assignedPrincipal, type AssignedPrincipal } from './role-principal';
import { anything, arrayOf, bool, collection, nullable, object, str, type Need } from './shape';

export type ActiveRoleInstance = Need<
  UnifiedRoleAssignmentScheduleInstance,
  'id' | 'principalId' | 'roleDefinitionId' | 'assignmentType'
> &
  Pick<UnifiedRoleAssignmentScheduleInstance, 'endDateTime'> & { principal: AssignedPrincipal };

/**
 * Every active role assignment as PIM sees it: `assignmentType` Assigned (given) or Activated (from an
 * eligibility), with its end time (null: permanent). Entra ID P2.
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignmentscheduleinstances
 */
export const activeRoleInstances = defineSource<ActiveRoleInstance[]>({
  id: 'roleAssignmentScheduleInstances',
  version: 'v1.0',
  path: '/roleManagement/directory/roleAssignmentScheduleInstances',
  query: { $expand: 'principal' },
  permission: 'RoleAssignmentSchedule.Read.Directory',
  collection: true,
  licence: licences.entraP2,
  parse: collection<ActiveRoleInstance>({
    id: str,
    principalId: str,
    roleDefinitionId: str,
    assignmentType: str,
    endDateTime: nullable(str),
    principal: object(assignedPrincipal),
  }),
});

/** A rule as listed: its id says which (`Approval_EndUser_Assignment`); the rest depends on its type. */
export type PolicyRule = Need<UnifiedRoleManagementPolicyRule, 'id'> & {
  '@odata.type': string;
  /** Only on approval rules; read by the evaluator that needs it. */
  setting?: unknown;
};
export type RolePolicy = Need<UnifiedRoleManagementPolicy, 'id'> & { rules: PolicyRule[] };
export type RolePolicyAssignment = Need<
  UnifiedRoleManagementPolicyAssignment,
  'id' | 'policyId' | 'roleDefinitionId'
> & {
  policy: RolePolicy;
};

/**
 * The PIM role settings of Global Administrator, with the policy's rules expanded in the same request.
 * https://learn.microsoft.com/graph/api/policyroot-list-rolemanagementpolicyassignments
 */
export const globalAdminRolePolicy = defineSource<RolePolicyAssignment[]>({
  id: 'roleManagementPolicyAssignments',
  version: 'v1.0',
  path: '/policies/roleManagementPolicyAssignments',
  query: {
    $filter: `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${globalAdministratorRoleId}'`,
    $expand: 'policy($expand=rules)',
  },
  permission: 'RoleManagementPolicy.Read.Directory',
  collection: true,
  licence: licences.entraP2,
  parse: collection<RolePolicyAssignment>({
    id: str,
    policyId: str,
    roleDefinitionId: str,
    policy: object<RolePolicy>({
      id: str,
      rules: arrayOf(object<PolicyRule>({ id: str, '@odata.type': str, setting: anything })),
    }),
  }),
});

/** Shape of an approval rule's setting, checked by the evaluator that reads it. */
export type ApprovalStage = Need<UnifiedApprovalStage, 'primaryApprovers'>;
export type ApprovalSetting = Need<ApprovalSettings, 'isApprovalRequired'> & { approvalStages: ApprovalStage[] };
export const approvalSetting = object<ApprovalSetting>({
  isApprovalRequired: bool,
  // Each approver is a subjectSet (singleUser, groupMembers…), named by its @odata.type: a null or a
  // non-object is not an approver, and counting it would pass a stage nobody can approve.
  approvalStages: arrayOf(
    object<ApprovalStage>({ primaryApprovers: arrayOf(object<{ '@odata.type': string }>({ '@odata.type': str })) }),
  ),
});
