import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'purview-audit-log-enabled',
  title: 'The unified audit log is on',
  category: 'data',
  service: 'purview',
  maxScore: 4,
  refs: {
    secureScore: 'mip_search_auditlog',
    cis: '3.1.1',
    scuba: 'MS.DEFENDER.6.1v1',
    learn: 'https://learn.microsoft.com/purview/audit-log-enable-disable',
  },
  threats: ['Undetected account compromise', 'Investigations without evidence'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'Without the unified audit log there is no record of who signed in, read mail, changed settings or shared files, so a compromise cannot be investigated. CIS 3.1.1, CISA MS.DEFENDER.6.1v1 and Secure Score (mip_search_auditlog) require it on. The switch is read with Exchange Online PowerShell (Get-AdminAuditLogConfig); Graph does not expose it, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Purview › Audit: if a banner offers "Start recording user and admin activity", select it.',
    'Or run in Exchange Online PowerShell: Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled $true.',
  ],
  fixAt: adminPages.purviewAudit,
  setTo: { setting: 'Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled', value: '$true' },
  onPages: [{ page: adminPages.purviewAudit, labels: ['Start recording user and admin activity'] }],
  check: {
    how: 'powershell',
    what: ['Get-AdminAuditLogConfig: UnifiedAuditLogIngestionEnabled is True'],
    command: 'Get-AdminAuditLogConfig | Format-List UnifiedAuditLogIngestionEnabled',
  },
});
