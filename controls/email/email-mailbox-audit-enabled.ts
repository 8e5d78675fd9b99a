import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoAuditBypass } from '../../lib/graph/sources/services/exo-mailbox-audit-bypass';
import { exoAuditDisabled } from '../../lib/graph/sources/services/exo-organization-config';

// CIS 6.1.1 and CISA MS.EXO.13.1v1 (EXOConfig.rego: AuditDisabled is not true) agree on the organisation
// switch; CIS 6.1.3 adds that no account bypasses auditing (Get-MailboxAuditBypassAssociation), which the
// title promises, so both are read. CIS 6.1.2's per-mailbox audit actions are not read (one read per
// mailbox): the manual check still lists it.
export default defineControl({
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
    'Mailbox audit records show who read, moved or deleted mail, which is how a business email compromise is scoped. CIS 6.1.1, CISA MS.EXO.13.1v1 and Secure Score (exo_mailboxaudit) ask for auditing on by default (AuditDisabled False), and CIS 6.1.3 that no account bypasses it. Graph does not expose these: Posture Lens reads them from Exchange Online (Get-OrganizationConfig, Get-MailboxAuditBypassAssociation) when that service is on for the tenant, and otherwise shows what to check. Per-mailbox audit actions (CIS 6.1.2) are not read.',
  remediation: [
    'Run in Exchange Online PowerShell: Set-OrganizationConfig -AuditDisabled $false.',
    'Remove any bypass: Set-MailboxAuditBypassAssociation -Identity <account> -AuditBypassEnabled $false.',
  ],
  fixAt: adminPages.purviewAudit,
  setTo: { setting: 'Set-OrganizationConfig -AuditDisabled', value: '$false' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-OrganizationConfig: AuditDisabled is False (CIS 6.1.1)',
      'Get-EXOMailbox -PropertySets Audit: AuditEnabled is True for every user mailbox (CIS 6.1.2)',
      'Get-MailboxAuditBypassAssociation: no account has AuditBypassEnabled True (CIS 6.1.3)',
    ],
    command:
      'Get-OrganizationConfig | Format-List AuditDisabled; Get-MailboxAuditBypassAssociation -ResultSize Unlimited | Where-Object AuditBypassEnabled',
  },
  sources: { org: exoAuditDisabled, bypass: exoAuditBypass },
  evaluate: ({ org, bypass }, v) => {
    const bypassing = bypass.filter((b) => b.AuditBypassEnabled);
    const ev = [
      evidence('exoOrganizationConfig', org, ['AuditDisabled']),
      ...bypassing.map((b) => evidence('exoMailboxAuditBypass', b, ['AuditBypassEnabled'])),
    ];
    const problems = [
      ...(org.AuditDisabled ? ['mailbox auditing is off for the organisation (AuditDisabled is True)'] : []),
      ...(bypassing.length > 0
        ? [
            `${bypassing.length} account${bypassing.length === 1 ? ' bypasses' : 's bypass'} it: ${bypassing
              .slice(0, 5)
              .map((b) => b.Name)
              .join(', ')}`,
          ]
        : []),
    ];
    if (problems.length > 0)
      return v.fail(
        `Mailbox access can go unrecorded: ${problems.join('; ')}.`,
        ev,
        bypassing.length > 0
          ? {
              noun: 'accounts bypassing mailbox audit',
              count: bypassing.length,
              sample: bypassing.map((b) => b.Name).slice(0, 5),
            }
          : undefined,
      );
    return v.pass(
      `Mailbox auditing is on by default and none of the ${bypass.length} accounts listed bypasses it.`,
      ev,
    );
  },
});
