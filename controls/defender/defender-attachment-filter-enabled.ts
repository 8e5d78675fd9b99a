import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import {
  malwareFilterPolicies,
  malwareFilterRules,
  type MalwareFilterPolicy,
} from '../../lib/graph/sources/services/malware-filter';
import { eopPresetRules } from '../../lib/graph/sources/services/preset-rules';
import { coverageOf } from '../shared/defender-coverage';
import { judgePolicies } from '../shared/defender-verdict';

// CIS 2.1.2 (v7): the common attachments filter on. CIS audits every anti-malware policy; a policy no
// enabled rule applies filters no one, so we judge the policies in effect and that they cover everyone.
// The comprehensive list (CIS 2.1.11) and admin notifications (CIS 2.1.3) stay in the check by hand:
// the presets can't send notifications, so "every policy in effect" would fail every preset tenant.
export default defineControl({
  id: 'defender-attachment-filter-enabled',
  title: 'Risky attachment types are blocked for every recipient',
  category: 'apps',
  service: 'defender',
  maxScore: 4,
  refs: {
    secureScore: 'mdo_commonattachmentsfilter',
    cis: '2.1.2',
    learn: 'https://learn.microsoft.com/defender-office-365/anti-malware-policies-configure',
  },
  threats: ['Malware in executable and script attachments'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Most mail malware arrives as file types people never need to exchange (executables, scripts, disk images); the common attachments filter blocks them whatever their content. CIS 2.1.2 and Secure Score (mdo_commonattachmentsfilter) ask for the filter on; CIS 2.1.11 and 2.1.3 add a comprehensive list of types and admin notifications when an internal sender sends malware. A policy protects only whom its rule covers (the default policy, everyone else), so every policy in effect must filter. Posture Lens reads the policies and rules from Exchange Online (Get-MalwareFilterPolicy, Get-MalwareFilterRule and the preset rules) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-malware: in the Default policy and every custom one, turn on "Enable the common attachments filter" and add the extensions CIS 2.1.11 lists.',
    'Turn on admin notification of undelivered messages from internal senders, to a monitored mailbox.',
  ],
  fixAt: adminPages.defenderAntiMalware,
  setTo: { setting: 'Enable the common attachments filter', value: 'Selected' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-MalwareFilterPolicy: EnableFileFilter is True in every policy in effect (CIS 2.1.2)',
      'FileTypes holds the comprehensive extension list (CIS 2.1.11)',
      'EnableInternalSenderAdminNotifications is True with InternalSenderAdminAddress set (CIS 2.1.3)',
    ],
    command:
      'Get-MalwareFilterPolicy | Format-List Name,IsDefault,EnableFileFilter,FileTypes,EnableInternalSenderAdminNotifications,InternalSenderAdminAddress; Get-MalwareFilterRule | Format-List Name,MalwareFilterPolicy,State,SentTo,SentToMemberOf,RecipientDomainIs',
  },
  onPages: [{ page: adminPages.defenderAntiMalware, labels: ['Enable the common attachments filter'] }],
  sources: { policies: malwareFilterPolicies, rules: malwareFilterRules, presets: eopPresetRules },
  evaluate: ({ policies, rules, presets }, v) =>
    judgePolicies(
      v,
      coverageOf<MalwareFilterPolicy>({
        policies,
        rules,
        rulesSource: malwareFilterRules.id,
        presetRules: presets,
        presetSource: eopPresetRules.id,
        field: 'MalwareFilterPolicy',
        fallback: (p) => p.IsDefault,
      }),
      {
        kind: 'Anti-malware policy',
        source: malwareFilterPolicies.id,
        fields: ['EnableFileFilter'],
        problems: (p) => (p.EnableFileFilter ? [] : ['EnableFileFilter is False']),
        meets: 'blocks the common risky attachment types',
      },
    ),
});
