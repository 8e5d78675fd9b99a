import { adminPages } from '../../lib/engine/admin-pages';
import { defineControl } from '../../lib/engine/control';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { privilegedRolesOf } from '../shared/privileged-roles';
import { adminCoverageVerdict } from '../shared/admin-coverage';
import { coversRole, exclusions } from '../shared/conditional-access';

// The methods of the built-in "Phishing-resistant MFA" strength (CIS 5.2.2.5, MS.AAD.3.6v1): a custom
// strength counts when every combination it allows is one of these.
const PHISHING_RESISTANT = new Set(['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor']);

/** The strength is required (alone, or with every other control required too) and allows only phishing-resistant methods. */
const requiresPhishingResistant = (p: CaPolicy): boolean => {
  const g = p.grantControls;
  const combos = g?.authenticationStrength?.allowedCombinations;
  if (!g || !combos || combos.length === 0) return false;
  return (g.builtInControls.length === 0 || g.operator === 'AND') && combos.every((c) => PHISHING_RESISTANT.has(c));
};

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
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups }, v, ctx) => {
    const roles = privilegedRolesOf(ctx);
    // Without its allowed combinations a strength can't be judged: refuse rather than guess.
    const i = policies.findIndex(
      (p) =>
        p.grantControls?.authenticationStrength &&
        !p.grantControls.authenticationStrength.allowedCombinations &&
        roles.ids.some((r) => coversRole(p, r)),
    );
    if (i >= 0)
      return v.malformed(
        'conditionalAccessPolicies',
        `value[${i}].grantControls.authenticationStrength.allowedCombinations`,
        'missing',
      );
    return adminCoverageVerdict(
      policies,
      exclusions(groups, ctx, 'entra-admin-phishing-resistant-mfa-required'),
      v,
      {
        acts: requiresPhishingResistant,
        what: 'requires phishing-resistant MFA',
        fields: ['grantControls.authenticationStrength.allowedCombinations'],
      },
      roles,
    );
  },
});
