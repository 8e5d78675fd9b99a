import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

export default defineControl({
  id: 'entra-admin-sspr-disabled',
  title: 'Administrators cannot reset their own passwords by self-service',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    eidsca: 'EIDSCA.AP01',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy',
  },
  threats: ['Admin account takeover', 'SIM swapping'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Self-service password reset lets whoever controls an admin’s phone number or mailbox set a new ' +
    'password for a privileged account, a path attackers use through SIM swapping and helpdesk social ' +
    'engineering. Passes when authorizationPolicy.allowedToUseSSPR is false (EIDSCA.AP01, Microsoft ' +
    "Zero Trust assessment 21842); it is true, Microsoft's default, in a new tenant. CIS and CISA have " +
    'no matching control. Admins then reset each other’s passwords.',
  remediation: [
    'Admin self-service password reset has no switch in the admin centers; set it with Microsoft Graph PowerShell.',
    'Run Connect-MgGraph -Scopes Policy.ReadWrite.Authorization.',
    'Run Update-MgPolicyAuthorizationPolicy -AllowedToUseSSPR:$false.',
    'Make sure at least two admins (including break-glass accounts) can reset each other’s passwords.',
  ],
  fixAt: adminPages.entraAdminSspr,
  setTo: { setting: 'AllowedToUseSSPR (Update-MgPolicyAuthorizationPolicy; no admin center switch)', value: '$false' },
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const ev = [evidence('authorizationPolicy', authz, ['allowedToUseSSPR'])];
    return authz.allowedToUseSSPR
      ? v.fail('Administrators can reset their own passwords by self-service (allowedToUseSSPR is true).', ev)
      : v.pass('Administrators cannot use self-service password reset (allowedToUseSSPR is false).', ev);
  },
});
