import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'defender-zap-enabled',
  title: 'Zero-hour auto purge removes spam, phishing and malware after delivery',
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    secureScore: 'mdo_zapspam',
    cis: '2.4.4',
    learn: 'https://learn.microsoft.com/defender-office-365/zero-hour-auto-purge',
  },
  threats: ['Phishing and malware that are recognised only after delivery'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'Zero-hour auto purge (ZAP) pulls spam, phishing and malware out of mailboxes and Teams chats once Microsoft learns a delivered message is bad. Secure Score (mdo_zapspam, mdo_zapphish, mdo_zapmalware) and CIS 2.4.4 (ZAP for Teams, which needs Defender for Office 365 Plan 2) ask for it on. The settings are read with Exchange Online PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-spam and Anti-malware: keep zero-hour auto purge on in every policy.',
    'Settings › Email & collaboration › Microsoft Teams protection: turn on zero-hour auto purge.',
  ],
  fixAt: adminPages.defenderTeamsProtection,
  setTo: { setting: 'Zero-hour auto purge (ZAP)', value: 'On' },
  check: {
    how: 'powershell',
    what: [
      'Get-HostedContentFilterPolicy: SpamZapEnabled and PhishZapEnabled are True in every policy',
      'Get-MalwareFilterPolicy: ZapEnabled is True',
      'Get-TeamsProtectionPolicy: ZapEnabled is True (CIS 2.4.4)',
    ],
    command:
      'Get-HostedContentFilterPolicy | Format-List Name,SpamZapEnabled,PhishZapEnabled; Get-MalwareFilterPolicy | Format-List Name,ZapEnabled; Get-TeamsProtectionPolicy | Format-List ZapEnabled',
  },
});
