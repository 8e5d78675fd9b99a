import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { licences } from '../../lib/graph/sources/licences';
import { atpPresetRules, builtInProtectionRule } from '../../lib/graph/sources/services/preset-rules';
import {
  safeAttachmentPolicies,
  safeAttachmentRules,
  type SafeAttachmentPolicy,
} from '../../lib/graph/sources/services/safe-attachments';
import { coverageOf } from '../shared/defender-coverage';
import { judgePolicies } from '../shared/defender-verdict';

// CIS 2.1.4 (v7): Safe Attachments on with the action Block. SharePoint, OneDrive and Teams (CIS 2.1.5,
// MS.DEFENDER.3.1v1) are decided by defender-safe-attachments-collaboration-enabled.
export default defineControl({
  id: 'defender-safe-attachments-enabled',
  title: 'Safe Attachments blocks malicious files in mail for every recipient',
  category: 'apps',
  service: 'defender',
  maxScore: 6,
  refs: {
    secureScore: 'mdo_safeattachmentpolicy',
    cis: '2.1.4',
    learn: 'https://learn.microsoft.com/defender-office-365/safe-attachments-about',
  },
  threats: ['Zero-day malware in attachments'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP1,
  rationale:
    'Safe Attachments opens attachments in a sandbox before delivery and blocks those that turn out malicious, including files no signature knows yet. CIS 2.1.4 and Secure Score (mdo_safeattachmentpolicy, mdo_safeattachments) ask for a blocking policy for all recipients. A policy protects only whom its rule covers, so every policy in effect must block, and together they must cover everyone (Built-In Protection covers whoever is left). It needs Defender for Office 365 Plan 1. Posture Lens reads the policies and rules from Exchange Online (Get-SafeAttachmentPolicy, Get-SafeAttachmentRule and the preset rules) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Safe Attachments: create a policy for all recipients with the action Block (or apply the Standard preset).',
    'Give every custom Safe Attachments policy the action Block, and remove Built-In Protection exceptions.',
  ],
  fixAt: adminPages.defenderSafeAttachments,
  setTo: { setting: 'Safe Attachments unknown malware response', value: 'Block' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-SafeAttachmentPolicy: every policy applied by an enabled rule (or Built-In Protection) has Enable True and Action Block (CIS 2.1.4)',
      'Get-SafeAttachmentRule and the preset rules: together they apply such a policy to all recipients',
    ],
    command:
      'Get-SafeAttachmentPolicy | Format-List Name,Enable,Action,IsBuiltInProtection; Get-SafeAttachmentRule | Format-List Name,SafeAttachmentPolicy,State,SentTo,SentToMemberOf,RecipientDomainIs',
  },
  // A policy's response in its details flyout.
  // In a policy's flyout, its response setting; on the policy list, the Built-in protection row, which
  // covers everyone no other policy does.
  onPages: [
    {
      page: adminPages.defenderSafeAttachments,
      labels: ['Safe Attachments unknown malware response', 'Built-in protection (Microsoft)'],
    },
  ],
  sources: {
    policies: safeAttachmentPolicies,
    rules: safeAttachmentRules,
    presets: atpPresetRules,
    builtIn: builtInProtectionRule,
  },
  evaluate: ({ policies, rules, presets, builtIn }, v) =>
    judgePolicies(
      v,
      coverageOf<SafeAttachmentPolicy>({
        policies,
        rules,
        rulesSource: safeAttachmentRules.id,
        presetRules: presets,
        presetSource: atpPresetRules.id,
        field: 'SafeAttachmentPolicy',
        fallback: (p) => p.IsBuiltInProtection,
        builtIn: { rule: builtIn, source: builtInProtectionRule.id },
      }),
      {
        kind: 'Safe Attachments policy',
        source: safeAttachmentPolicies.id,
        fields: ['Enable', 'Action'],
        problems: (p) => [
          ...(p.Enable ? [] : ['Enable is False']),
          ...(p.Action === 'Block' ? [] : [`Action is ${p.Action}`]),
        ],
        meets: 'blocks malicious attachments',
      },
    ),
});
