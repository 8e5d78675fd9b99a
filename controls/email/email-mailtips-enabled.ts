import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoMailTips } from '../../lib/graph/sources/services/exo-organization-config';

const TIPS = [
  'MailTipsAllTipsEnabled',
  'MailTipsExternalRecipientsTipsEnabled',
  'MailTipsGroupMetricsEnabled',
] as const;

// CIS 6.5.2 (the only benchmark with it): the three MailTips switches on. Its large-audience threshold
// (25 or what the organisation defines) is a choice, not a yes/no, so it isn't judged.
export default defineControl({
  id: 'email-mailtips-enabled',
  title: 'MailTips warn people before they send outside or to large audiences',
  category: 'data',
  service: 'email',
  maxScore: 1,
  refs: {
    secureScore: 'exo_mailtipsenabled',
    cis: '6.5.2',
    learn: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/mailtips/mailtips',
  },
  threats: ['Mail sent to external recipients by mistake', 'Oversharing with large distribution lists'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'MailTips tell people, while they write, that a recipient is outside the organisation or that a list reaches many people, which stops many mistaken sends. CIS 6.5.2 and Secure Score (exo_mailtipsenabled) ask for MailTipsAllTipsEnabled, MailTipsExternalRecipientsTipsEnabled and MailTipsGroupMetricsEnabled on; the external-recipient tip is off until someone turns it on. Graph does not expose these: Posture Lens reads them from Exchange Online (Get-OrganizationConfig) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Run in Exchange Online PowerShell: Set-OrganizationConfig -MailTipsAllTipsEnabled $true -MailTipsExternalRecipientsTipsEnabled $true -MailTipsGroupMetricsEnabled $true.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: { setting: 'Set-OrganizationConfig -MailTipsExternalRecipientsTipsEnabled', value: '$true' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-OrganizationConfig: MailTipsAllTipsEnabled, MailTipsExternalRecipientsTipsEnabled and MailTipsGroupMetricsEnabled are True',
    ],
    command: 'Get-OrganizationConfig | Format-List MailTips*',
  },
  sources: { org: exoMailTips },
  evaluate: ({ org }, v) => {
    const off = TIPS.filter((t) => !org[t]);
    const ev = [evidence('exoOrganizationConfig', org, [...TIPS])];
    return off.length === 0
      ? v.pass('MailTips are on, including the external-recipient and group-size tips.', ev)
      : v.fail(`Some MailTips are off: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} False.`, ev);
  },
});
