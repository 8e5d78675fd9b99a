import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

export default defineControl({
  id: 'entra-security-group-creation-restricted',
  title: 'Users cannot create security groups',
  category: 'identity',
  service: 'entra',
  maxScore: 1,
  refs: {
    cis: '5.1.3.1',
    learn: 'https://learn.microsoft.com/graph/api/resources/defaultuserrolepermissions',
  },
  threats: ['Uncontrolled access grants', 'Group sprawl'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Security groups grant access to apps, files and policies; when any user can create them, access ' +
    'gets granted through groups nobody reviews. Passes when ' +
    'authorizationPolicy.defaultUserRolePermissions.allowedToCreateSecurityGroups is false (CIS v6 5.1.3.2, ' +
    'v7 5.1.3.1). Microsoft 365 group creation is judged separately.',
  remediation: [
    'Open Entra admin center › Groups › Settings › General.',
    "Set 'Users can create security groups in Azure portals, API or PowerShell' to No and save.",
    'Let group owners or admins create the groups people need.',
  ],
  fixAt: adminPages.entraGroupsGeneral,
  setTo: { setting: 'Users can create security groups in Azure portals, API or PowerShell', value: 'No' },
  onPages: [
    {
      page: adminPages.entraGroupsGeneral,
      labels: ['Users can create security groups in Azure portals, API or PowerShell'],
    },
  ],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const ev = [evidence('authorizationPolicy', authz, ['defaultUserRolePermissions.allowedToCreateSecurityGroups'])];
    return authz.defaultUserRolePermissions.allowedToCreateSecurityGroups
      ? v.fail('Any user can create security groups.', ev)
      : v.pass('Only admins can create security groups.', ev);
  },
});
