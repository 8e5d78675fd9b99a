import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-modern-auth-required',
  title: 'Exchange Online requires modern authentication and SMTP AUTH is off',
  category: 'apps',
  service: 'email',
  maxScore: 5,
  refs: {
    secureScore: 'exo_oauth2clientprofileenabled',
    cis: '6.5.1',
    learn:
      'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  threats: ['Password spraying that bypasses MFA', 'Mail sent through stolen passwords'],
  userImpact: 'moderate',
  implementationCost: 'moderate',

  rationale:
    'Basic authentication and SMTP client submission accept a password alone, so MFA and conditional access never apply. CIS 6.5.1 and Secure Score (exo_oauth2clientprofileenabled) require modern authentication for Outlook clients; CIS 6.5.4 and CISA MS.EXO.5.1v1 turn SMTP AUTH off organisation-wide. These are Exchange Online settings Graph does not expose; the conditional access legacy-authentication block is checked separately.',
  remediation: [
    'Run in Exchange Online PowerShell: Set-OrganizationConfig -OAuth2ClientProfileEnabled $true.',
    'Run: Set-TransportConfig -SmtpClientAuthenticationDisabled $true, and enable SMTP AUTH only on mailboxes that need it.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: { setting: 'Set-OrganizationConfig -OAuth2ClientProfileEnabled', value: '$true' },
  check: {
    how: 'powershell',
    what: [
      'Get-OrganizationConfig: OAuth2ClientProfileEnabled is True (CIS 6.5.1)',
      'Get-TransportConfig: SmtpClientAuthenticationDisabled is True (CIS 6.5.4)',
    ],
    command:
      'Get-OrganizationConfig | Format-List OAuth2ClientProfileEnabled; Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
  },
  onPages: [{ page: adminPages.exchangeSettings, labels: ['Turn off SMTP AUTH protocol for your organization'] }],
});
