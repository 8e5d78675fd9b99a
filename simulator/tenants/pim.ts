import type * as Graph from '@microsoft/microsoft-graph-types';
import { stableGuid } from '../seeded-random';
import { typed } from '../tenant-model';

export interface RolePolicySpec {
  readonly roleDefinitionId: string;
  readonly approvalRequired: boolean;
  /** Group ids whose members approve activation. */
  readonly approverGroupIds: readonly string[];
  readonly maximumActivation: string;
  readonly alertRecipients: readonly string[];
}

function target(caller: string, level: string): Graph.UnifiedRoleManagementPolicyRuleTarget {
  return { caller, level, operations: ['all'], inheritableSettings: [], enforcedSettings: [] };
}

function rules(spec: RolePolicySpec): Graph.UnifiedRoleManagementPolicyRule[] {
  const approvers = spec.approverGroupIds.map((groupId) =>
    typed<Graph.GroupMembers>('#microsoft.graph.groupMembers', { groupId, description: null }),
  );
  const notification = (
    id: string,
    caller: string,
    level: string,
    recipientType: string,
  ): Graph.UnifiedRoleManagementPolicyRule =>
    typed<Graph.UnifiedRoleManagementPolicyNotificationRule>(
      '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule',
      {
        id,
        target: target(caller, level),
        notificationType: 'Email',
        recipientType,
        notificationLevel: 'All',
        isDefaultRecipientsEnabled: true,
        notificationRecipients: recipientType === 'Admin' ? [...spec.alertRecipients] : [],
      },
    );
  return [
    typed<Graph.UnifiedRoleManagementPolicyExpirationRule>(
      '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      {
        id: 'Expiration_Admin_Eligibility',
        target: target('Admin', 'Eligibility'),
        isExpirationRequired: true,
        maximumDuration: 'P180D',
      },
    ),
    typed<Graph.UnifiedRoleManagementPolicyEnablementRule>(
      '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      {
        id: 'Enablement_Admin_Assignment',
        target: target('Admin', 'Assignment'),
        enabledRules: ['Justification', 'MultiFactorAuthentication'],
      },
    ),
    typed<Graph.UnifiedRoleManagementPolicyExpirationRule>(
      '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      {
        id: 'Expiration_EndUser_Assignment',
        target: target('EndUser', 'Assignment'),
        isExpirationRequired: true,
        maximumDuration: spec.maximumActivation,
      },
    ),
    typed<Graph.UnifiedRoleManagementPolicyEnablementRule>(
      '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      {
        id: 'Enablement_EndUser_Assignment',
        target: target('EndUser', 'Assignment'),
        enabledRules: ['MultiFactorAuthentication', 'Justification', 'Ticketing'],
      },
    ),
    typed<Graph.UnifiedRoleManagementPolicyApprovalRule>('#microsoft.graph.unifiedRoleManagementPolicyApprovalRule', {
      id: 'Approval_EndUser_Assignment',
      target: target('EndUser', 'Assignment'),
      setting: {
        isApprovalRequired: spec.approvalRequired,
        isApprovalRequiredForExtension: false,
        isRequestorJustificationRequired: true,
        approvalMode: 'SingleStage',
        approvalStages: [
          {
            approvalStageTimeOutInDays: 1,
            isApproverJustificationRequired: true,
            escalationTimeInMinutes: 0,
            isEscalationEnabled: false,
            primaryApprovers: spec.approvalRequired ? approvers : [],
            escalationApprovers: [],
          },
        ],
      },
    }),
    notification('Notification_Admin_Admin_Eligibility', 'Admin', 'Eligibility', 'Admin'),
    notification('Notification_Admin_EndUser_Assignment', 'EndUser', 'Assignment', 'Admin'),
    notification('Notification_Requestor_EndUser_Assignment', 'EndUser', 'Assignment', 'Requestor'),
    notification('Notification_Approver_EndUser_Assignment', 'EndUser', 'Assignment', 'Approver'),
  ];
}

/** One PIM role policy (rules inline) and its assignment to the role at directory scope. */
export function rolePolicy(
  tenantId: string,
  spec: RolePolicySpec,
  modified: string,
): {
  policy: Graph.UnifiedRoleManagementPolicy;
  assignment: Graph.UnifiedRoleManagementPolicyAssignment;
} {
  const policyId = `DirectoryRole_${tenantId}_${stableGuid(tenantId, 'rolePolicy', spec.roleDefinitionId)}`;
  return {
    policy: {
      id: policyId,
      displayName: 'DirectoryRole',
      description: 'DirectoryRole',
      isOrganizationDefault: false,
      scopeId: '/',
      scopeType: 'DirectoryRole',
      lastModifiedDateTime: modified,
      lastModifiedBy: { displayName: null, id: null },
      rules: rules(spec),
    },
    assignment: {
      id: `${policyId}_${spec.roleDefinitionId}`,
      policyId,
      scopeId: '/',
      scopeType: 'DirectoryRole',
      roleDefinitionId: spec.roleDefinitionId,
    },
  };
}
