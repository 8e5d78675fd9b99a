import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { decideWithStrengths, type StrengthReading } from '../shared/authentication-strength';
import { blocks, exclusions, requiresMfa } from '../shared/conditional-access';
import { riskVerdict } from '../shared/risk-verdict';

const forHighUserRisk = (p: CaPolicy): boolean => p.conditions.userRiskLevels.includes('high');
// A secure password change (MFA and a password change, both required) or a block remediates a
// compromised user; a password change alone would hand the account to whoever holds the old password.
const remediates =
  (strengths: StrengthReading) =>
  (p: CaPolicy): boolean =>
    blocks(p) || ((p.grantControls?.builtInControls.includes('passwordChange') ?? false) && requiresMfa(p, strengths));

export default defineControl({
  id: 'entra-user-risk-policy-enabled',
  title: 'High-risk users must change their password or are blocked',
  category: 'identity',
  service: 'entra',
  maxScore: 7,
  refs: {
    secureScore: 'UserRiskPolicy',
    learn: 'https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-risk-policies',
  },
  threats: ['Leaked credentials', 'Account takeover'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  licence: licences.entraP2,
  rationale:
    'ID Protection marks a user high-risk when their credentials leak or they behave like an attacker. ' +
    'Passes when an enforced policy for all users and all apps acts on high user risk by requiring MFA and a ' +
    'password change (CIS 5.2.2.6) or by blocking (CISA MS.AAD.2.1v1). CIS also asks for sign-in frequency ' +
    '"every time"; that is shown, not scored.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (template "Require password change for high-risk users").',
    'Users: All users, excluding break-glass accounts. Target resources: All cloud apps.',
    'Conditions › User risk: High. Grant: Require multifactor authentication and Require password change (all selected controls).',
    'Session: Sign-in frequency › Every time. Enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for All users (User risk: High) › Grant',
    value: 'Require multifactor authentication and Require password change',
  },
  sources: {
    policies: conditionalAccessPolicies,
    groups: excludedGroupMembers,
    strengths: optional(authenticationStrengths),
  },
  evaluate: ({ policies, groups, strengths }, v, ctx) =>
    decideWithStrengths(strengths, v, (reading) =>
      riskVerdict(
        policies,
        exclusions(groups, ctx),
        v,
        (p) => forHighUserRisk(p) && remediates(reading)(p),
        'acts on high user risk',
        'conditions.userRiskLevels',
        { userRisk: true },
      ),
    ),
});
