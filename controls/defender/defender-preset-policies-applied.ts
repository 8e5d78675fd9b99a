import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'defender-preset-policies-applied',
  title: 'Standard or Strict preset protection covers every recipient',
  category: 'apps',
  service: 'defender',
  maxScore: 4,
  refs: {
    scuba: 'MS.DEFENDER.1.1v1',
    learn: 'https://learn.microsoft.com/defender-office-365/preset-security-policies',
  },
  threats: ['Gaps in mail protection from hand-tuned policies', 'Targeted phishing of executives and admins'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    "Preset security policies apply Microsoft's recommended anti-spam, anti-malware, anti-phishing, Safe Links and Safe Attachments settings and keep them current. CISA MS.DEFENDER.1.1v1–1.5v1 ask for Standard for all users and Strict for sensitive accounts; CIS 2.4.1 and 2.4.2 ask for priority accounts under Strict. The preset rules are read with Exchange Online PowerShell, which Graph does not expose.",
  remediation: [
    'Microsoft Defender › Policies › Preset security policies: turn on Standard protection for all recipients.',
    'Turn on Strict protection for priority accounts (executives, admins, finance).',
  ],
  fixAt: adminPages.defenderPresetPolicies,
  setTo: { setting: 'Standard protection', value: 'On, applied to All recipients' },
  onPages: [{ page: adminPages.defenderPresetPolicies, labels: ['Standard protection'] }],
  check: {
    how: 'powershell',
    what: [
      'Get-EOPProtectionPolicyRule and Get-ATPProtectionPolicyRule: the Standard Preset Security Policy rule has State Enabled and applies to all recipients (MS.DEFENDER.1.1v1)',
      'The Strict Preset Security Policy rule has State Enabled and includes your priority accounts (CIS 2.4.1, MS.DEFENDER.1.3v1)',
    ],
    command:
      'Get-EOPProtectionPolicyRule | Format-List Identity,State,SentTo,SentToMemberOf,RecipientDomainIs; Get-ATPProtectionPolicyRule | Format-List Identity,State,SentTo,SentToMemberOf,RecipientDomainIs',
  },
});
