import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-domain-allowlist-rules-absent',
  title: 'No mail flow rule lets whole sender domains skip spam filtering',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    secureScore: 'exo_transportrulesallowlistdomains',
    cis: '6.2.2',
    learn: 'https://learn.microsoft.com/powershell/module/exchange/get-transportrule',
  },
  threats: ['Phishing from spoofed or compromised partner domains', 'Malware delivery bypassing filters'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'A transport rule that sets the spam confidence level to -1 for a sender domain delivers anything claiming that domain straight to the inbox, spoofed or not. CIS 6.2.2 and Secure Score (exo_transportrulesallowlistdomains) ask for no such rules. Transport rules are read with Exchange Online PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Exchange admin center › Mail flow › Rules: remove or narrow every rule that sets the spam confidence level to "Bypass spam filtering" for a sender domain.',
  ],
  fixAt: adminPages.exchangeTransportRules,
  setTo: {
    setting: 'Set the spam confidence level (SCL), in rules that match a sender domain',
    value: 'Anything but Bypass spam filtering, or remove the rule',
  },
  check: {
    how: 'powershell',
    what: ['Get-TransportRule: no rule has SenderDomainIs set together with SetSCL -1'],
    command:
      'Get-TransportRule | Where-Object { $_.SenderDomainIs -and $_.SetSCL -eq -1 } | Format-List Name,SenderDomainIs,SetSCL',
  },
});
