import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { licences } from '../../lib/graph/sources/licences';
import { atpPresetRules } from '../../lib/graph/sources/services/preset-rules';
import { judgePresets } from '../shared/defender-presets';

// CISA MS.DEFENDER.1.3v1: every user in Defender for Office 365 protection of the Standard or Strict
// preset, read as ScubaGear reads Get-ATPProtectionPolicyRule (see controls/shared/defender-presets.ts).
export default defineControl({
  id: 'defender-preset-atp-applied',
  title: "A preset's Defender for Office 365 protection covers every recipient",
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    scuba: 'MS.DEFENDER.1.3v1',
    learn: 'https://learn.microsoft.com/defender-office-365/preset-security-policies',
  },
  threats: ['Gaps in mail protection from hand-tuned policies', 'Zero-day malware and weaponised links'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP1,
  rationale:
    "With Defender for Office 365, the Standard and Strict presets also apply Microsoft's recommended Safe Links, Safe Attachments and impersonation settings, and keep them current, to the recipients of their Defender for Office 365 protection. CISA MS.DEFENDER.1.3v1 asks for every user there, in Standard or Strict. It needs Defender for Office 365 Plan 1. Posture Lens reads the preset rules from Exchange Online (Get-ATPProtectionPolicyRule) when that service is on for the tenant, and otherwise shows what to check.",
  remediation: [
    'Microsoft Defender › Policies › Preset security policies › Standard protection › Manage protection settings: under Defender for Office 365 protection, apply it to All recipients.',
  ],
  fixAt: adminPages.defenderPresetPolicies,
  setTo: { setting: 'Defender for Office 365 protection', value: 'All recipients' },
  onPages: [{ page: adminPages.defenderPresetPolicies, labels: ['Defender for Office 365 protection'] }],
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-ATPProtectionPolicyRule: the Standard or Strict Preset Security Policy rule has State Enabled and no SentTo, SentToMemberOf, RecipientDomainIs or exceptions',
    ],
    command:
      'Get-ATPProtectionPolicyRule | Format-List Identity,State,SentTo,SentToMemberOf,RecipientDomainIs,ExceptIfSentTo,ExceptIfSentToMemberOf,ExceptIfRecipientDomainIs',
  },
  sources: { rules: atpPresetRules },
  evaluate: ({ rules }, v) =>
    judgePresets(v, rules, { id: atpPresetRules.id, cmdlet: 'Get-ATPProtectionPolicyRule' }, false),
});
