import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { eopPresetRules } from '../../lib/graph/sources/services/preset-rules';
import { spamFilterPolicies, spamFilterRules, type SpamFilterPolicy } from '../../lib/graph/sources/services/anti-spam';
import { coverageOf } from '../shared/defender-coverage';
import { judgePolicies } from '../shared/defender-verdict';

// CIS 2.1.14 (v7): no allowed sender domains in inbound anti-spam policies. CIS audits every policy; a
// policy no enabled rule applies lets nothing through, so we judge the policies in effect. The connection
// filter (CIS 2.1.12, 2.1.13) is defender-connection-filter-allowlist-empty; outbound spam limits (CIS
// 2.1.6, 2.1.15) are read with the outbound policy, which the Exchange controls own.
export default defineControl({
  id: 'defender-spam-allowlists-empty',
  title: 'Anti-spam lets no whole sender domain skip filtering',
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    secureScore: 'mdo_allowedsenderscombined',
    cis: '2.1.14',
    learn: 'https://learn.microsoft.com/defender-office-365/anti-spam-policies-configure',
  },
  threats: ['Spoofed mail from allow-listed domains delivered unfiltered'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An allowed sender domain skips spam filtering for anything that claims it, spoofed or not. CIS 2.1.14 and Secure Score (mdo_allowedsenderscombined) ask for no allowed domains in inbound anti-spam policies; use the Tenant Allow/Block List for the rare false positive instead. Posture Lens reads the policies and rules from Exchange Online (Get-HostedContentFilterPolicy, Get-HostedContentFilterRule and the preset rules) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-spam: in each inbound policy, remove every entry under Allowed senders and domains › Allowed domains.',
  ],
  fixAt: adminPages.defenderAntiSpam,
  setTo: { setting: 'Allowed sender domains', value: 'None' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-HostedContentFilterPolicy: AllowedSenderDomains is empty in every policy in effect (CIS 2.1.14)'],
    command:
      'Get-HostedContentFilterPolicy | Format-List Name,IsDefault,AllowedSenderDomains; Get-HostedContentFilterRule | Format-List Name,HostedContentFilterPolicy,State',
  },
  onPages: [{ page: adminPages.defenderAntiSpam, labels: ['Allowed domains'] }],
  sources: { policies: spamFilterPolicies, rules: spamFilterRules, presets: eopPresetRules },
  evaluate: ({ policies, rules, presets }, v) =>
    judgePolicies(
      v,
      coverageOf<SpamFilterPolicy>({
        policies,
        rules,
        rulesSource: spamFilterRules.id,
        presetRules: presets,
        presetSource: eopPresetRules.id,
        field: 'HostedContentFilterPolicy',
        fallback: (p) => p.IsDefault,
      }),
      {
        kind: 'Anti-spam policy',
        source: spamFilterPolicies.id,
        fields: ['AllowedSenderDomains'],
        problems: (p) => (p.AllowedSenderDomains?.length ? [`allows ${p.AllowedSenderDomains.join(', ')}`] : []),
        meets: 'allows no sender domain past filtering',
      },
    ),
});
