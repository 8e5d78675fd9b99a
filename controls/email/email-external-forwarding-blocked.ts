import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-external-forwarding-blocked',
  title: 'Automatic forwarding of mail to external addresses is blocked',
  category: 'apps',
  service: 'email',
  maxScore: 6,
  refs: {
    secureScore: 'mdo_autoforwardingmode',
    cis: '6.2.1',
    scuba: 'MS.EXO.1.1v2',
    learn: 'https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding',
  },
  threats: ['Silent exfiltration of mail after account compromise', 'Business email compromise'],
  userImpact: 'moderate',
  implementationCost: 'low',

  rationale:
    'Attackers who take over a mailbox add a rule that forwards every message outside, and keep reading mail after the password is changed. CIS 6.2.1, CISA MS.EXO.1.1v2 and Secure Score (mdo_autoforwardingmode, mdo_blockmailforward) block automatic external forwarding in outbound spam policies, remote domains and transport rules. These are Exchange Online settings Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-spam › Anti-spam outbound policy (Default): set "Automatic forwarding rules" to "Off - Forwarding is disabled".',
    'Exchange admin center › Mail flow › Remote domains › Default: clear "Allow automatic forwarding".',
    'Remove transport rules that redirect mail to external recipients, or allow named exceptions only.',
  ],
  fixAt: adminPages.defenderAntiSpam,
  setTo: { setting: 'Automatic forwarding rules', value: 'Off - Forwarding is disabled' },
  check: {
    how: 'powershell',
    what: [
      'Get-HostedOutboundSpamFilterPolicy: AutoForwardingMode is Off in every policy',
      'Get-RemoteDomain Default: AutoForwardEnabled is False',
      'Get-TransportRule: no rule redirects or blind-copies mail to external recipients',
    ],
    command:
      'Get-HostedOutboundSpamFilterPolicy | Format-List Name,AutoForwardingMode; Get-RemoteDomain Default | Format-List AutoForwardEnabled',
  },
});
