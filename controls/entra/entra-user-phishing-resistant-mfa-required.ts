import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { decideWithStrengths } from '../shared/authentication-strength';
import { everyonePolicyVerdict, exclusions, requiresPhishingResistantMfa } from '../shared/conditional-access';

export default defineControl({
  id: 'entra-user-phishing-resistant-mfa-required',
  title: 'Phishing-resistant MFA is required for every user',
  category: 'identity',
  service: 'entra',
  maxScore: 7,
  refs: {
    scuba: 'MS.AAD.3.1v1',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strengths',
  },
  threats: ['Adversary-in-the-middle phishing', 'MFA fatigue', 'Session token theft'],
  userImpact: 'high',
  implementationCost: 'high',
  licence: licences.entraP1,
  rationale:
    'A phishing kit that relays push approvals, SMS or app codes takes over an account that has ordinary MFA; ' +
    'Windows Hello for Business, FIDO2 security keys and certificate-based MFA are bound to the real sign-in ' +
    'page and cannot be relayed. Passes when an enforced conditional access policy for all users and all cloud ' +
    'apps, under no narrowing condition, requires an authentication strength whose every allowed combination ' +
    "is phishing-resistant, read from the tenant's strength list (CISA MS.AAD.3.1v1). Report-only and disabled " +
    'policies never count, and exclusions beyond your declared emergency-access accounts and exemptions (or, with ' +
    'nothing declared, the two break-glass accounts CIS 1.1.2 allows) keep the policy from counting. Security defaults do not require phishing-resistant methods.',
  remediation: [
    'Make sure every user has registered a FIDO2 security key, Windows Hello for Business or a certificate.',
    'Open Entra admin center › Conditional Access › Policies › New policy.',
    'Users: All users; exclude only your break-glass accounts. Target resources: All cloud apps, with no conditions.',
    'Grant: Require authentication strength › Phishing-resistant MFA.',
    'Start in report-only to find who cannot sign in that way yet, then set Enable policy to On.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for All users › Grant',
    value: 'Require authentication strength › Phishing-resistant MFA',
  },
  sources: {
    policies: conditionalAccessPolicies,
    groups: excludedGroupMembers,
    strengths: optional(authenticationStrengths),
  },
  evaluate: ({ policies, groups, strengths }, v, ctx) =>
    decideWithStrengths(strengths, v, (reading) =>
      everyonePolicyVerdict({
        policies,
        groups: exclusions(groups, ctx),
        v,
        acts: (p) => requiresPhishingResistantMfa(p, reading),
        what: 'requires phishing-resistant MFA',
      }),
    ),
});
