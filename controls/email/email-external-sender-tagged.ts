import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-external-sender-tagged',
  title: 'Outlook marks mail from external senders',
  category: 'apps',
  service: 'email',
  maxScore: 2,
  refs: {
    cis: '6.2.3',
    scuba: 'MS.EXO.7.1v1',
    learn: 'https://learn.microsoft.com/powershell/module/exchange/set-externalinoutlook',
  },
  threats: ['Phishing that impersonates colleagues', 'Business email compromise'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'An External tag on mail from outside the organisation helps people notice a message that pretends to come from a colleague. CIS 6.2.3 and CISA MS.EXO.7.1v1 ask for it, through the built-in Outlook external tagging (or an equivalent transport rule). The setting is read with Exchange Online PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: ['Run in Exchange Online PowerShell: Set-ExternalInOutlook -Enabled $true.'],
  fixAt: adminPages.exchangeTransportRules,
  setTo: { setting: 'Set-ExternalInOutlook -Enabled', value: '$true' },
  check: {
    how: 'powershell',
    what: ['Get-ExternalInOutlook: Enabled is True (or a transport rule prepends an external-sender warning)'],
    command: 'Get-ExternalInOutlook | Format-List Enabled,AllowList',
  },
});
