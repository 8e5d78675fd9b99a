import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { globalAdministratorRoleId } from '../../lib/graph/sources/global-admins';
import { licences } from '../../lib/graph/sources/licences';
import { approvalSetting, globalAdminRolePolicy, type ApprovalSetting } from '../../lib/graph/sources/pim';

const SOURCE = 'roleManagementPolicyAssignments';
const APPROVAL_RULE = 'Approval_EndUser_Assignment';

export default defineControl({
  id: 'entra-ga-activation-approval-required',
  title: 'Activating Global Administrator in PIM requires approval',
  category: 'identity',
  service: 'entra',
  maxScore: 4,
  licence: licences.entraP2,
  refs: {
    cis: '5.3.4',
    scuba: 'MS.AAD.7.6v1',
    learn:
      'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-change-default-settings',
  },
  threats: ['A stolen eligible admin account activating Global Administrator unnoticed'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'Eligibility alone means anyone holding an eligible account, including an attacker with its password and MFA, ' +
    'can become Global Administrator in minutes. Requiring a second person to approve each activation stops that ' +
    'and puts a human in the loop. Follows SCuBA MS.AAD.7.6v1 and CIS 5.3.4: the Global Administrator role ' +
    "setting's Approval_EndUser_Assignment rule has isApprovalRequired true and every approval stage names at " +
    'least one primary approver. CIS 5.3.5 asks the same for Privileged Role Administrator; not judged here.',
  remediation: [
    'Open Entra admin center › Identity Governance › Privileged Identity Management › Microsoft Entra roles › Settings.',
    "Open Global Administrator, choose Edit, tick 'Require approval to activate' and select the approvers (a small, role-assignable group).",
    'Choose Update.',
  ],
  fixAt: adminPages.pimEntraRoles,
  setTo: { setting: 'Global Administrator › Require approval to activate', value: 'Checked, with approvers selected' },
  sources: { assignments: globalAdminRolePolicy },
  evaluate: ({ assignments }, v) => {
    const index = assignments.findIndex((a) => a.roleDefinitionId.toLowerCase() === globalAdministratorRoleId);
    const assignment = assignments[index];
    if (!assignment)
      return v.malformed(SOURCE, 'value', 'no role setting policy for Global Administrator was returned');
    const ruleIndex = assignment.policy.rules.findIndex((r) => r.id === APPROVAL_RULE);
    const rule = assignment.policy.rules[ruleIndex];
    if (!rule) return v.malformed(SOURCE, `value[${index}].policy.rules`, `no ${APPROVAL_RULE} rule`);
    const problem = approvalSetting(rule.setting, `value[${index}].policy.rules[${ruleIndex}].setting`);
    if (problem) return v.malformed(SOURCE, problem.path, problem.problem);
    const setting = rule.setting as ApprovalSetting;
    const ev = [
      evidence(
        SOURCE,
        { ...rule, id: assignment.policyId, displayName: `Global Administrator role setting (${APPROVAL_RULE})` },
        ['setting.isApprovalRequired', 'setting.approvalStages'],
      ),
    ];
    if (!setting.isApprovalRequired)
      return v.fail(
        `Activating Global Administrator needs no approval (${APPROVAL_RULE} isApprovalRequired is false).`,
        ev,
      );
    const approvers = setting.approvalStages.map((s) => s.primaryApprovers.length);
    if (approvers.length === 0 || approvers.some((n) => n === 0))
      return v.fail('Activating Global Administrator requires approval, but an approval stage names no approver.', ev);
    return v.pass(
      `Activating Global Administrator requires approval (${approvers.reduce((a, b) => a + b, 0)} primary approver(s) named).`,
      ev,
    );
  },
});
