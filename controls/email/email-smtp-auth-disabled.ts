import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoSmtpClientAuth } from '../../lib/graph/sources/services/exo-transport-config';

// CIS 6.5.4 and CISA MS.EXO.5.1v1 (EXOConfig.rego: SmtpClientAuthenticationDisabled is not false) agree:
// the organisation-wide switch is off. A mailbox can still be given SMTP AUTH on its own (Set-CASMailbox),
// which both benchmarks allow and this read doesn't see.
export default defineControl({
  id: 'email-smtp-auth-disabled',
  title: 'SMTP AUTH client submission is off for the organisation',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    cis: '6.5.4',
    scuba: 'MS.EXO.5.1v1',
    learn:
      'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  threats: ['Password spraying that bypasses MFA', 'Mail sent through stolen passwords'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'SMTP AUTH lets a client send mail as a mailbox with a password alone, so MFA and conditional access never apply, and attackers use it to send phishing from stolen accounts. CIS 6.5.4 and CISA MS.EXO.5.1v1 turn it off for the organisation (SmtpClientAuthenticationDisabled), leaving it on only for the mailboxes of devices that still need it. Graph does not expose the setting: Posture Lens reads it from Exchange Online (Get-TransportConfig) when that service is on for the tenant, and otherwise shows what to check. Per-mailbox exceptions are not read.',
  remediation: [
    'Exchange admin center › Settings › Mail flow: select "Turn off SMTP AUTH protocol for your organization".',
    'Or run: Set-TransportConfig -SmtpClientAuthenticationDisabled $true, then Set-CASMailbox -SmtpClientAuthenticationDisabled $false only on mailboxes that need it.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: { setting: 'Turn off SMTP AUTH protocol for your organization', value: 'Selected' },
  onPages: [{ page: adminPages.exchangeSettings, labels: ['Turn off SMTP AUTH protocol for your organization'] }],
  manualCheck: {
    how: 'powershell',
    what: ['Get-TransportConfig: SmtpClientAuthenticationDisabled is True'],
    command: 'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
  },
  sources: { transport: exoSmtpClientAuth },
  evaluate: ({ transport }, v) => {
    const ev = [evidence('exoTransportConfig', transport, ['SmtpClientAuthenticationDisabled'])];
    return transport.SmtpClientAuthenticationDisabled
      ? v.pass('SMTP AUTH is off for the organisation.', ev)
      : v.fail(
          'SMTP AUTH is on for the organisation (SmtpClientAuthenticationDisabled is False): any mailbox can send with a password alone.',
          ev,
        );
  },
});
