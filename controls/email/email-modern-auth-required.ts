import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoModernAuth } from '../../lib/graph/sources/services/exo-organization-config';

// CIS 6.5.1 and Secure Score (exo_oauth2clientprofileenabled): OAuth2ClientProfileEnabled True. SMTP AUTH
// (CIS 6.5.4, CISA MS.EXO.5.1v1) is its own control now that it is read (email-smtp-auth-disabled), so each
// verdict names the one setting that decided it.
export default defineControl({
  id: 'email-modern-auth-required',
  title: 'Exchange Online requires modern authentication for Outlook clients',
  category: 'apps',
  service: 'email',
  maxScore: 5,
  refs: {
    secureScore: 'exo_oauth2clientprofileenabled',
    cis: '6.5.1',
    learn:
      'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/enable-or-disable-modern-authentication-in-exchange-online',
  },
  threats: ['Password spraying that bypasses MFA', 'Mail read through stolen passwords'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'With modern authentication off, Outlook clients sign in to Exchange Online with a password alone, so MFA and conditional access never apply. CIS 6.5.1 and Secure Score (exo_oauth2clientprofileenabled) require it on (OAuth2ClientProfileEnabled). Graph does not expose the setting: Posture Lens reads it from Exchange Online (Get-OrganizationConfig) when that service is on for the tenant, and otherwise shows what to check. SMTP AUTH and the conditional access legacy-authentication block are checked separately.',
  remediation: [
    'Microsoft 365 admin center › Settings › Org settings › Modern authentication: select "Turn on modern authentication for Outlook 2013 for Windows and later (recommended)".',
    'Or run in Exchange Online PowerShell: Set-OrganizationConfig -OAuth2ClientProfileEnabled $true.',
  ],
  fixAt: adminPages.m365ModernAuth,
  setTo: {
    setting: 'Turn on modern authentication for Outlook 2013 for Windows and later (recommended)',
    value: 'Selected',
  },
  onPages: [
    {
      page: adminPages.m365ModernAuth,
      labels: ['Turn on modern authentication for Outlook 2013 for Windows and later (recommended)'],
    },
  ],
  manualCheck: {
    how: 'powershell',
    what: ['Get-OrganizationConfig: OAuth2ClientProfileEnabled is True (CIS 6.5.1)'],
    command: 'Get-OrganizationConfig | Format-List OAuth2ClientProfileEnabled',
  },
  sources: { org: exoModernAuth },
  evaluate: ({ org }, v) => {
    const ev = [evidence('exoOrganizationConfig', org, ['OAuth2ClientProfileEnabled'])];
    return org.OAuth2ClientProfileEnabled
      ? v.pass('Outlook clients sign in to Exchange Online with modern authentication.', ev)
      : v.fail(
          'Modern authentication is off for Exchange Online (OAuth2ClientProfileEnabled is False): Outlook clients sign in with a password alone.',
          ev,
        );
  },
});
