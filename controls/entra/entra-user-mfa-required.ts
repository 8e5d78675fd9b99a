import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { securityDefaults } from '../../lib/graph/sources/security-defaults';
import { decideWithStrengths } from '../shared/authentication-strength';
import { everyonePolicyVerdict, exclusions, requiresMfa } from '../shared/conditional-access';

export default defineControl({
  id: 'entra-user-mfa-required',
  title: 'MFA is required for every user',
  category: 'identity',
  service: 'entra',
  maxScore: 9,
  refs: {
    cis: '5.2.2.2',
    scuba: 'MS.AAD.3.2v2',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength',
  },
  threats: ['Password spray', 'Credential stuffing', 'Phishing', 'Account takeover'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'A password alone is what attackers spray, stuff and phish; requiring MFA at every sign-in stops nearly all ' +
    'of those attacks for every account, not just administrators. Passes with security defaults on, or an ' +
    'enforced conditional access policy for all users and all cloud apps, under no narrowing condition, that ' +
    'requires MFA or an authentication strength (CIS 5.2.2.2, CISA MS.AAD.3.2v2). Report-only and disabled ' +
    'policies never count, and exclusions beyond the two break-glass accounts CIS 1.1.2 allows, members of ' +
    'excluded groups included, keep the policy from counting. Whether people can complete MFA is a separate ' +
    'control (entra-user-mfa-registered).',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (or the template "Require multifactor authentication for all users").',
    'Users: All users; exclude only your break-glass accounts.',
    'Target resources: All cloud apps, with no conditions.',
    'Grant: Require multifactor authentication, or an authentication strength.',
    'Run it report-only first to find accounts that cannot do MFA yet, then set Enable policy to On.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: { setting: 'Conditional Access policy for All users › Grant', value: 'Require multifactor authentication' },
  sources: {
    policies: conditionalAccessPolicies,
    defaults: securityDefaults,
    groups: excludedGroupMembers,
    // Optional: only a policy that requires a strength needs it, and then its absence is "couldn't tell".
    strengths: optional(authenticationStrengths),
  },
  evaluate: ({ policies, defaults, groups, strengths }, v, ctx) => {
    const sd = evidence('securityDefaults', defaults, ['isEnabled']);
    if (defaults.isEnabled) return v.pass('Security defaults are on, which require MFA for every user.', [sd]);
    const excluded = exclusions(groups, ctx);
    return decideWithStrengths(strengths, v, (reading) =>
      everyonePolicyVerdict({
        policies,
        groups: excluded,
        v,
        acts: (p) => requiresMfa(p, reading),
        what: 'requires MFA',
        extraEvidence: [sd],
        otherwise: ' Security defaults are off.',
      }),
    );
  },
});
