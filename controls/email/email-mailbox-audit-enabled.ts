import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-mailbox-audit-enabled',
  title: 'Mailbox auditing is on for every mailbox with no bypass',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    secureScore: 'exo_mailboxaudit',
    cis: '6.1.1',
    scuba: 'MS.EXO.13.1v1',
    learn: 'https://learn.microsoft.com/purview/audit-mailboxes',
  },
  threats: ['Undetected mailbox access after account compromise', 'Insider mail snooping'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'Mailbox audit records show who read, moved or deleted mail, which is how a business email compromise is scoped. CIS 6.1.1–6.1.3, CISA MS.EXO.13.1v1 and Secure Score (exo_mailboxaudit) ask for auditing on by default with no account allowed to bypass it. These are Exchange Online settings Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Run in Exchange Online PowerShell: Set-OrganizationConfig -AuditDisabled $false.',
    'Remove any bypass: Set-MailboxAuditBypassAssociation -Identity <account> -AuditBypassEnabled $false.',
  ],
  fixAt: adminPages.purviewAudit,
  setTo: { setting: 'Set-OrganizationConfig -AuditDisabled', value: '$false' },
  check: {
    how: 'powershell',
    what: [
      'Get-OrganizationConfig: AuditDisabled is False (CIS 6.1.1)',
      'Get-EXOMailbox -PropertySets Audit: AuditEnabled is True for every user mailbox (CIS 6.1.2)',
      'Get-MailboxAuditBypassAssociation: no account has AuditBypassEnabled True (CIS 6.1.3)',
    ],
    command:
      'Get-OrganizationConfig | Format-List AuditDisabled; Get-MailboxAuditBypassAssociation -ResultSize Unlimited | Where-Object AuditBypassEnabled',
  },
});
