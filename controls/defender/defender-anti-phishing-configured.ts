import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { licences } from '../../lib/graph/sources/licences';
import { antiPhishPolicies, antiPhishRules, type AntiPhishPolicy } from '../../lib/graph/sources/services/anti-phish';
import { eopPresetRules } from '../../lib/graph/sources/services/preset-rules';
import { coverageOf } from '../shared/defender-coverage';
import { judgePolicies } from '../shared/defender-verdict';

// CIS 2.1.7 (v7) decides the settings: impersonation of users and domains and mailbox intelligence on,
// each acting by quarantine. CISA MS.DEFENDER.2.1v1–2.3v1 ask for the same protections but only inside
// the presets and for lists the agency configures, so the policy-by-policy rule here is CIS's. The
// threshold: CIS asks for more than the default (1); 2 (Aggressive) is the least we accept.
const ON = [
  'EnableTargetedUserProtection',
  'EnableOrganizationDomainsProtection',
  'EnableMailboxIntelligence',
  'EnableMailboxIntelligenceProtection',
  'EnableSpoofIntelligence',
] as const;
const QUARANTINE = [
  'TargetedUserProtectionAction',
  'TargetedDomainProtectionAction',
  'MailboxIntelligenceProtectionAction',
] as const;

function problems(p: AntiPhishPolicy): string[] {
  return [
    ...(p.Enabled ? [] : ['Enabled is False']),
    ...(p.PhishThresholdLevel >= 2 ? [] : [`PhishThresholdLevel is ${p.PhishThresholdLevel}`]),
    ...ON.filter((f) => !p[f]).map((f) => `${f} is False`),
    ...(p.EnableTargetedUserProtection && !p.TargetedUsersToProtect?.length ? ['TargetedUsersToProtect is empty'] : []),
    ...QUARANTINE.filter((f) => p[f] !== 'Quarantine').map((f) => `${f} is ${p[f]}`),
  ];
}

export default defineControl({
  id: 'defender-anti-phishing-configured',
  title: 'Anti-phishing protects against user and domain impersonation',
  category: 'apps',
  service: 'defender',
  maxScore: 5,
  refs: {
    secureScore: 'mdo_antiphishingpolicies',
    cis: '2.1.7',
    learn: 'https://learn.microsoft.com/defender-office-365/anti-phishing-policies-about',
  },
  threats: ['Executive impersonation', 'Lookalike-domain phishing', 'Business email compromise'],
  userImpact: 'low',
  implementationCost: 'moderate',
  licence: licences.defenderOfficeP1,
  rationale:
    'Impersonation protection catches mail that pretends to come from your executives or your domains (lookalike names and domains), which spoofing checks alone miss. CIS 2.1.7, CISA MS.DEFENDER.2.1v1–2.3v1 and Secure Score (mdo_antiphishingpolicies, mdo_enabledomainstoprotect, mdo_targetedusersprotection, mdo_mailboxintelligenceprotection) ask for it with quarantine actions and a phishing threshold of 2 or more. A policy protects only whom its rule covers (the default policy, everyone else), so every policy in effect must meet this. It needs Defender for Office 365 Plan 1. Posture Lens reads the policies and rules from Exchange Online (Get-AntiPhishPolicy, Get-AntiPhishRule and the preset rules) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-phishing: edit the default policy and every custom one (or apply the Strict preset to all recipients).',
    'Add priority users and your domains to impersonation protection, turn on mailbox intelligence and its protection, set the phishing threshold to 2 (Aggressive) or more, and quarantine impersonated mail.',
  ],
  fixAt: adminPages.defenderAntiPhishing,
  setTo: { setting: 'Phishing email threshold', value: '2 - Aggressive or higher' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-AntiPhishPolicy: every policy in effect (the default, and each applied by an enabled rule) has PhishThresholdLevel 2 or more',
      'EnableTargetedUserProtection (with TargetedUsersToProtect), EnableOrganizationDomainsProtection, EnableMailboxIntelligence, EnableMailboxIntelligenceProtection and EnableSpoofIntelligence are True',
      'TargetedUserProtectionAction, TargetedDomainProtectionAction and MailboxIntelligenceProtectionAction are Quarantine',
    ],
    command:
      'Get-AntiPhishPolicy | Format-List Name,IsDefault,Enabled,PhishThresholdLevel,EnableTargetedUserProtection,TargetedUsersToProtect,EnableOrganizationDomainsProtection,EnableMailboxIntelligence,EnableMailboxIntelligenceProtection,EnableSpoofIntelligence,TargetedUserProtectionAction,TargetedDomainProtectionAction,MailboxIntelligenceProtectionAction; Get-AntiPhishRule | Format-List Name,AntiPhishPolicy,State,SentTo,SentToMemberOf,RecipientDomainIs',
  },
  // The details flyout's wording, its pre-2023 wording, and the default policy's row on the list.
  onPages: [
    {
      page: adminPages.defenderAntiPhishing,
      labels: ['Phishing email threshold', 'Advanced phishing thresholds', 'Office365 AntiPhish Default (Default)'],
    },
  ],
  sources: { policies: antiPhishPolicies, rules: antiPhishRules, presets: eopPresetRules },
  evaluate: ({ policies, rules, presets }, v) =>
    judgePolicies(
      v,
      coverageOf<AntiPhishPolicy>({
        policies,
        rules,
        rulesSource: antiPhishRules.id,
        presetRules: presets,
        presetSource: eopPresetRules.id,
        field: 'AntiPhishPolicy',
        fallback: (p) => p.IsDefault,
      }),
      {
        kind: 'Anti-phishing policy',
        source: antiPhishPolicies.id,
        fields: ['Enabled', 'PhishThresholdLevel', ...ON, 'TargetedUsersToProtect', ...QUARANTINE],
        problems,
        meets: 'quarantines impersonated users and domains, with mailbox intelligence and a threshold of 2 or more',
      },
    ),
});
