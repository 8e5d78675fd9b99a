import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { adminCoverageVerdict } from '../shared/admin-coverage';
import { decideWithStrengths } from '../shared/authentication-strength';
import { exclusions, requiresPhishingResistantMfa } from '../shared/conditional-access';
import { privilegedRolesOf } from '../shared/privileged-roles';

export default defineControl({
  id: 'entra-admin-phishing-resistant-mfa-required',
  title: 'Administrators must use phishing-resistant MFA',
  category: 'identity',
  service: 'entra',
  maxScore: 7,
  refs: {
    secureScore: 'aad_phishing_MFA_strength',
    cis: '5.2.2.5',
    scuba: 'MS.AAD.3.6v1',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-admin-phish-resistant-mfa',
  },
  threats: ['Adversary-in-the-middle phishing', 'MFA fatigue', 'Session token theft', 'Privilege escalation'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  licence: licences.entraP1,
  rationale:
    'Push, SMS and one-time codes can be relayed by an adversary-in-the-middle phishing kit, which then ' +
    "holds the administrator's session. Passes when enforced conditional access policies for all cloud apps " +
    'require an authentication strength that allows only Windows Hello for Business, FIDO2 security keys or ' +
    'certificate-based MFA (the built-in "Phishing-resistant MFA" strength) for every privileged role ' +
    '(CIS 5.2.2.5, CISA MS.AAD.3.6v1). Credit is proportional to the privileged roles covered; report-only ' +
    'policies and policies excluding more than the two break-glass accounts CIS 1.1.2 allows do not count.',
  remediation: [
    'Make sure every administrator has registered a FIDO2 security key, Windows Hello for Business or a certificate.',
    'Open Entra admin center › Conditional Access › Policies › New policy (template "Require phishing-resistant multifactor authentication for administrators").',
    'Users: include the privileged directory roles; exclude only your break-glass accounts. Target resources: All cloud apps.',
    'Grant: Require authentication strength › Phishing-resistant MFA.',
    'Start in report-only to check the impact, then set Enable policy to On.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for privileged directory roles › Grant',
    value: 'Require authentication strength › Phishing-resistant MFA',
  },
  sources: {
    policies: conditionalAccessPolicies,
    groups: excludedGroupMembers,
    strengths: optional(authenticationStrengths),
  },
  // What a strength allows is read from the tenant's strength list (authentication-strength.ts).
  evaluate: ({ policies, groups, strengths }, v, ctx) => {
    const roles = privilegedRolesOf(ctx);
    const excluded = exclusions(groups, ctx);
    return decideWithStrengths(strengths, v, (reading) =>
      adminCoverageVerdict(
        policies,
        excluded,
        v,
        { acts: (p) => requiresPhishingResistantMfa(p, reading), what: 'requires phishing-resistant MFA', fields: [] },
        roles,
      ),
    );
  },
});
