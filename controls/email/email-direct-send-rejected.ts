import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoDirectSend } from '../../lib/graph/sources/services/exo-organization-config';

// CIS 6.5.5 is the only benchmark with this setting (ScubaGear's EXO baseline has none): RejectDirectSend
// True. Read live from Exchange Online when the tenant turns it on; otherwise the check by hand below.
export default defineControl({
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
    'Direct Send lets any host on the internet deliver mail to your tenant as one of your own domains without authenticating, a route attackers use for phishing that looks internal. CIS 6.5.5 asks Exchange Online to reject it (RejectDirectSend) once printers and apps send through an authenticated connector. Graph does not expose the setting: Posture Lens reads it from Exchange Online (Get-OrganizationConfig) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Move devices and apps that use Direct Send to SMTP AUTH client submission or a partner connector.',
    'Run in Exchange Online PowerShell: Set-OrganizationConfig -RejectDirectSend $true.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: { setting: 'Set-OrganizationConfig -RejectDirectSend', value: '$true' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-OrganizationConfig: RejectDirectSend is True'],
    command: 'Get-OrganizationConfig | Format-List RejectDirectSend',
  },
  sources: { org: exoDirectSend },
  evaluate: ({ org }, v) => {
    const ev = [evidence('exoOrganizationConfig', org, ['RejectDirectSend'])];
    return org.RejectDirectSend
      ? v.pass('Exchange Online rejects Direct Send: unauthenticated mail as your domains is refused.', ev)
      : v.fail(
          'Exchange Online accepts Direct Send (RejectDirectSend is False): any host can deliver mail as your domains without signing in.',
          ev,
        );
  },
});
