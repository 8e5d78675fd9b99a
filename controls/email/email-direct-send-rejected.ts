import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-direct-send-rejected',
  title: 'Exchange Online rejects Direct Send from unauthenticated senders',
  category: 'apps',
  service: 'email',
  maxScore: 2,
  refs: {
    cis: '6.5.5',
    learn:
      'https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
  },
  threats: ['Internal-looking phishing sent through Direct Send', 'Spoofing of your own domains'],
  userImpact: 'moderate',
  implementationCost: 'moderate',

  rationale:
    'Direct Send lets any host on the internet deliver mail to your tenant as one of your own domains without authenticating, a route attackers use for phishing that looks internal. CIS 6.5.5 asks Exchange Online to reject it (RejectDirectSend) once printers and apps send through an authenticated connector. The setting is read with Exchange Online PowerShell, which Graph does not expose.',
  remediation: [
    'Move devices and apps that use Direct Send to SMTP AUTH client submission or a partner connector.',
    'Run in Exchange Online PowerShell: Set-OrganizationConfig -RejectDirectSend $true.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: { setting: 'Set-OrganizationConfig -RejectDirectSend', value: '$true' },
  check: {
    how: 'powershell',
    what: ['Get-OrganizationConfig: RejectDirectSend is True'],
    command: 'Get-OrganizationConfig | Format-List RejectDirectSend',
  },
});
