import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { antiPhishPolicies, type AntiPhishPolicy } from '../../lib/graph/sources/services/anti-phish';
import { eopPresetRules } from '../../lib/graph/sources/services/preset-rules';

// CISA MS.DEFENDER.2.1v1 (user impersonation for sensitive accounts) and 2.2v1 (your own domains), as
// ScubaGear's DefenderConfig.rego reads them: in both the Standard and Strict preset anti-phishing
// policies, protection on with quarantine. ScubaGear matches the users against a list the agency
// configures; Posture Lens can't know your sensitive accounts, so it asks for at least one.
const PRESETS = ['Standard Preset Security Policy', 'Strict Preset Security Policy'] as const;
const FIELDS = [
  'EnableTargetedUserProtection',
  'TargetedUsersToProtect',
  'TargetedUserProtectionAction',
  'EnableOrganizationDomainsProtection',
  'TargetedDomainProtectionAction',
];

function gaps(p: AntiPhishPolicy): string[] {
  return [
    ...(p.EnableTargetedUserProtection && p.TargetedUsersToProtect?.length ? [] : ['protects no user']),
    ...(p.TargetedUserProtectionAction === 'Quarantine'
      ? []
      : [`TargetedUserProtectionAction is ${p.TargetedUserProtectionAction}`]),
    ...(p.EnableOrganizationDomainsProtection ? [] : ['EnableOrganizationDomainsProtection is False']),
    ...(p.TargetedDomainProtectionAction === 'Quarantine'
      ? []
      : [`TargetedDomainProtectionAction is ${p.TargetedDomainProtectionAction}`]),
  ];
}

export default defineControl({
  id: 'defender-preset-impersonation-configured',
  title: 'Preset policies quarantine impersonation of your key people and domains',
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    secureScore: 'mdo_targetedusersprotection',
    scuba: 'MS.DEFENDER.2.1v1, MS.DEFENDER.2.2v1',
    learn:
      'https://learn.microsoft.com/defender-office-365/preset-security-policies#specify-recipients-for-user-impersonation-protection',
  },
  threats: ['Executive impersonation', 'Lookalike-domain phishing'],
  userImpact: 'low',
  implementationCost: 'moderate',
  licence: licences.defenderOfficeP1,
  rationale:
    'The Standard and Strict presets protect against impersonation only of the people you name in them; your own domains are protected once you turn that on. CISA MS.DEFENDER.2.1v1 and 2.2v1 ask for sensitive accounts and your domains in both presets, quarantining what impersonates them. It needs Defender for Office 365 Plan 1. Posture Lens reads the preset rules and their anti-phishing policies from Exchange Online (Get-EOPProtectionPolicyRule, Get-AntiPhishPolicy) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Preset security policies › Manage protection settings (Standard, then Strict): under Impersonation protection, add your executives and other sensitive accounts, and include your own domains.',
  ],
  fixAt: adminPages.defenderPresetPolicies,
  setTo: {
    setting: 'Apply Defender for Office 365 protection to these email addresses',
    value: 'Your sensitive accounts',
  },
  onPages: [{ page: adminPages.defenderPresetPolicies, labels: ['Manage protection settings'] }],
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-AntiPhishPolicy: the Standard and Strict preset policies have EnableTargetedUserProtection True with your sensitive accounts in TargetedUsersToProtect',
      'EnableOrganizationDomainsProtection is True; TargetedUserProtectionAction and TargetedDomainProtectionAction are Quarantine',
    ],
    command:
      'Get-AntiPhishPolicy | Where-Object RecommendedPolicyType -in Standard,Strict | Format-List Name,EnableTargetedUserProtection,TargetedUsersToProtect,TargetedUserProtectionAction,EnableOrganizationDomainsProtection,TargetedDomainProtectionAction',
  },
  sources: { rules: eopPresetRules, policies: antiPhishPolicies },
  evaluate: ({ rules, policies }, v) => {
    const found = PRESETS.map((name) => {
      const policyName = rules.find((r) => r.Identity === name)?.policies.AntiPhishPolicy;
      return { name, policy: policies.find((p) => p.Name === policyName || p.Identity === policyName) };
    });
    const ev = found.flatMap(({ policy }) => (policy ? [evidence(antiPhishPolicies.id, policy, FIELDS)] : []));
    if (!ev.length)
      ev.push(evidence(eopPresetRules.id, { Name: 'Get-EOPProtectionPolicyRule', rules: rules.length }, ['rules']));
    const short = found.flatMap(({ name, policy }) => {
      if (!policy) return [`${name} was never turned on`];
      const g = gaps(policy);
      return g.length ? [`${name} ${g.join(', ')}`] : [];
    });
    const users = found.flatMap(({ policy }) => policy?.TargetedUsersToProtect ?? []);
    return short.length
      ? v.fail(`${short.join('; ')}.`, ev)
      : v.pass(`Both presets quarantine impersonation of your domains and of ${new Set(users).size} named people.`, ev);
  },
});
