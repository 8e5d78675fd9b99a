import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { decideWithStrengths, type StrengthReading } from '../shared/authentication-strength';
import { blocks, exclusions, requiresMfa } from '../shared/conditional-access';
import { riskVerdict } from '../shared/risk-verdict';

// CIS 5.2.2.7 and Secure Score: MFA (or a block) for medium and high sign-in risk. CISA MS.AAD.2.3v1:
// high-risk sign-ins blocked outright, which passes too.
const acts =
  (strengths: StrengthReading) =>
  (p: CaPolicy): boolean => {
    const levels = p.conditions.signInRiskLevels;
    if (!levels.includes('high')) return false;
    return blocks(p) || (levels.includes('medium') && requiresMfa(p, strengths));
  };

export default defineControl({
  id: 'entra-signin-risk-policy-enabled',
  title: 'Risky sign-ins need MFA or are blocked',
  category: 'identity',
  service: 'entra',
  maxScore: 7,
  refs: {
    secureScore: 'SigninRiskPolicy',
    learn: 'https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-risk-policies',
  },
  threats: ['Token theft', 'Password spray', 'Impossible travel sign-ins'],
  userImpact: 'low',
  implementationCost: 'moderate',
  licence: licences.entraP2,
  rationale:
    'A sign-in from an anonymising proxy, an unfamiliar place or a known attacker pattern is likely not the ' +
    'user. Passes when an enforced policy for all users and all apps requires MFA (or blocks) for medium and ' +
    'high sign-in risk (CIS 5.2.2.7, Secure Score). CISA MS.AAD.2.3v1 blocks high risk outright; either passes.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (template "Require multifactor authentication for risky sign-ins").',
    'Users: All users, excluding break-glass accounts. Target resources: All cloud apps.',
    'Conditions › Sign-in risk: High and Medium. Grant: Require multifactor authentication.',
    'Session: Sign-in frequency › Every time. Enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for All users (Sign-in risk: High and Medium) › Grant',
    value: 'Require multifactor authentication',
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
        acts(reading),
        'acts on risky sign-ins (MFA for medium and high, or a block for high)',
        'conditions.signInRiskLevels',
        { signInRisk: true },
      ),
    ),
});
