import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { eopPresetRules } from '../../lib/graph/sources/services/preset-rules';
import { judgePresets } from '../shared/defender-presets';

// CISA MS.DEFENDER.1.1v1 (both presets on) and 1.2v1 (everyone in Standard or Strict for Exchange Online
// Protection), as ScubaGear's DefenderConfig.rego reads them: a rule whose Identity is the preset's, State
// Enabled, and for "everyone" no SentTo, SentToMemberOf or RecipientDomainIs (we also count exceptions
// as leaving people out). Defender for Office 365's preset rules (1.3v1) need Plan 1, which this control
// doesn't: defender-preset-atp-applied reads them.
export default defineControl({
  id: 'defender-preset-policies-applied',
  title: 'Standard and Strict preset protection are on, one of them for every recipient',
  category: 'apps',
  service: 'defender',
  maxScore: 4,
  refs: {
    scuba: 'MS.DEFENDER.1.1v1, MS.DEFENDER.1.2v1',
    learn: 'https://learn.microsoft.com/defender-office-365/preset-security-policies',
  },
  threats: ['Gaps in mail protection from hand-tuned policies', 'Targeted phishing of executives and admins'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Preset security policies apply Microsoft's recommended anti-spam, anti-malware and anti-phishing settings (and Safe Links and Safe Attachments with Defender for Office 365) and keep them current. CISA MS.DEFENDER.1.1v1 and 1.2v1 ask for both presets on and every user in Standard or Strict; 1.4v1 and CIS 2.4.1–2.4.2 add Strict for sensitive accounts, which only you can name. Posture Lens reads the preset rules from Exchange Online (Get-EOPProtectionPolicyRule) when that service is on for the tenant, and otherwise shows what to check.",
  remediation: [
    'Microsoft Defender › Policies › Preset security policies: turn on Standard protection for all recipients.',
    'Turn on Strict protection for priority accounts (executives, admins, finance).',
  ],
  fixAt: adminPages.defenderPresetPolicies,
  setTo: { setting: 'Standard protection', value: 'On, applied to All recipients' },
  onPages: [{ page: adminPages.defenderPresetPolicies, labels: ['Standard protection', 'Strict protection'] }],
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-EOPProtectionPolicyRule: the Standard and Strict Preset Security Policy rules have State Enabled (MS.DEFENDER.1.1v1)',
      'One of them has no SentTo, SentToMemberOf, RecipientDomainIs or exceptions: it applies to all recipients (MS.DEFENDER.1.2v1)',
    ],
    command:
      'Get-EOPProtectionPolicyRule | Format-List Identity,State,SentTo,SentToMemberOf,RecipientDomainIs,ExceptIfSentTo,ExceptIfSentToMemberOf,ExceptIfRecipientDomainIs',
  },
  sources: { rules: eopPresetRules },
  evaluate: ({ rules }, v) =>
    judgePresets(v, rules, { id: eopPresetRules.id, cmdlet: 'Get-EOPProtectionPolicyRule' }, true),
});
