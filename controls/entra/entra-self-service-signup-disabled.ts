import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

export default defineControl({
  id: 'entra-self-service-signup-disabled',
  title: 'Users cannot sign themselves up or join the tenant by email',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: {
    eidsca: 'EIDSCA.AP05',
    learn: 'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
  },
  threats: ['Unmanaged (viral) accounts', 'Shadow IT subscriptions'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Self-service (viral) sign-up lets anyone with a mailbox on a verified domain create an account in the ' +
    'tenant, and any user start trial and self-service subscriptions, outside the joiner process and licence ' +
    'review. Passes when both authorizationPolicy.allowedToSignUpEmailBasedSubscriptions (EIDSCA.AP05) and ' +
    'allowEmailVerifiedUsersToJoinOrganization (EIDSCA.AP06) are false, as Maester recommends; CIS and CISA ' +
    'have no matching control. Both are true on a new tenant.',
  remediation: [
    'These settings have no switch in the admin centers; set them with Microsoft Graph PowerShell.',
    'Run Connect-MgGraph -Scopes Policy.ReadWrite.Authorization.',
    'Run Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false -AllowEmailVerifiedUsersToJoinOrganization:$false.',
  ],
  fixAt: adminPages.entraUserSettings,
  setTo: {
    setting:
      'AllowedToSignUpEmailBasedSubscriptions and AllowEmailVerifiedUsersToJoinOrganization (Update-MgPolicyAuthorizationPolicy; no admin center switch)',
    value: '$false',
  },
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const ev = [
      evidence('authorizationPolicy', authz, [
        'allowedToSignUpEmailBasedSubscriptions',
        'allowEmailVerifiedUsersToJoinOrganization',
      ]),
    ];
    const open = [
      ...(authz.allowEmailVerifiedUsersToJoinOrganization
        ? ['people with a verified email address can join the tenant (allowEmailVerifiedUsersToJoinOrganization)']
        : []),
      ...(authz.allowedToSignUpEmailBasedSubscriptions
        ? ['users can sign up for email-based subscriptions (allowedToSignUpEmailBasedSubscriptions)']
        : []),
    ];
    if (open.length === 0)
      return v.pass('Nobody can join the tenant by email or sign up for email-based subscriptions.', ev);
    return v.fail(`Self-service sign-up is on: ${open.join(', and ')}.`, ev);
  },
});
