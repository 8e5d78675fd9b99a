import type * as Graph from '@microsoft/microsoft-graph-types';
import type { TenantModel } from '../../test/describe-control';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  needsEntraP2,
  RoleTemplates,
} from '../../test/describe-control';
import control from './entra-ga-activation-approval-required';

const ASSIGNMENTS = '/policies/roleManagementPolicyAssignments';

/** The Global Administrator policy's approval rule, as a plain record to patch. */
function approvalRule(t: TenantModel): { setting?: Record<string, unknown> } {
  const a = t.roleManagementPolicyAssignments.find((x) => x.roleDefinitionId === RoleTemplates.globalAdministrator);
  const p = t.roleManagementPolicies.find((x) => x.id === a?.policyId);
  const r = p?.rules?.find((x) => x.id === 'Approval_EndUser_Assignment');
  if (!r) throw new Error('no GA approval rule');
  return r as { setting?: Record<string, unknown> };
}

describeControl(control, {
  pass: {
    'approval with a named approver group': {
      reasonIncludes: 'Activating Global Administrator requires approval (1 primary approver(s) named).',
      evidence: ['Global Administrator role setting (Approval_EndUser_Assignment)'],
    },
  },
  fail: {
    'approval not required': {
      tenant: (t) => {
        approvalRule(t).setting!.isApprovalRequired = false;
      },
      reasonIncludes: 'needs no approval (Approval_EndUser_Assignment isApprovalRequired is false).',
    },
    'approval required but no approver': {
      tenant: (t) => {
        approvalRule(t).setting!.approvalStages = [{ primaryApprovers: [] }];
      },
      reasonIncludes: 'an approval stage names no approver.',
    },
  },
  unknown: {
    // Fail-open closed: any element once counted as an approver, so [null] passed as "1 approver named".
    'an approval stage whose approver is null': {
      tenant: (t) => {
        approvalRule(t).setting!.approvalStages = [{ primaryApprovers: [null as unknown as Graph.SubjectSet] }];
      },
      reasonIncludes: ['primaryApprovers[0]', 'expected object, got null'],
    },
    '403 names RoleManagementPolicy.Read.Directory': {
      faults: [forbidden(ASSIGNMENTS)],
      reasonIncludes: ['HTTP 403', 'RoleManagementPolicy.Read.Directory'],
    },
    'isApprovalRequired missing': {
      tenant: (t) => {
        delete approvalRule(t).setting!.isApprovalRequired;
      },
      reasonIncludes: '.setting.isApprovalRequired',
    },
    'rules not expanded': {
      faults: [
        malformed(ASSIGNMENTS, {
          value: [{ id: 'a', policyId: 'p', roleDefinitionId: RoleTemplates.globalAdministrator, policy: { id: 'p' } }],
        }),
      ],
      reasonIncludes: "'value[0].policy.rules' (missing)",
    },
    'no policy for the role': {
      faults: [malformed(ASSIGNMENTS, { value: [] })],
      reasonIncludes: 'no role setting policy for Global Administrator',
    },
    '500 on the policy assignments': {
      faults: [failing(ASSIGNMENTS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsEntraP2(),
});
