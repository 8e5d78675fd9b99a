import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoUnifiedAuditLog } from '../../lib/graph/sources/services/exo-admin-audit-log-config';

// CIS 3.1.1, ScubaGear MS.DEFENDER.6.1v1 and Maester agree: UnifiedAuditLogIngestionEnabled True. Read on
// the Exchange Online endpoint (as CIPP and ScubaGear do) when the tenant turns that service on; otherwise
// the check by hand below, decided by Microsoft's verdict (mip_search_auditlog) as before.
export default defineControl({
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
    'Without the unified audit log there is no record of who signed in, read mail, changed settings or shared files, so a compromise cannot be investigated. CIS 3.1.1, CISA MS.DEFENDER.6.1v1 and Secure Score (mip_search_auditlog) require it on. Graph does not expose the switch: Posture Lens reads it from Exchange Online (Get-AdminAuditLogConfig) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Purview › Audit: if a banner offers "Start recording user and admin activity", select it.',
    'Or run in Exchange Online PowerShell: Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled $true.',
  ],
  fixAt: adminPages.purviewAudit,
  setTo: { setting: 'Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled', value: '$true' },
  onPages: [{ page: adminPages.purviewAudit, labels: ['Start recording user and admin activity'] }],
  manualCheck: {
    how: 'powershell',
    what: ['Get-AdminAuditLogConfig: UnifiedAuditLogIngestionEnabled is True'],
    command: 'Get-AdminAuditLogConfig | Format-List UnifiedAuditLogIngestionEnabled',
  },
  sources: { audit: exoUnifiedAuditLog },
  evaluate: ({ audit }, v) => {
    const ev = [evidence('exoAdminAuditLogConfig', audit, ['UnifiedAuditLogIngestionEnabled'])];
    return audit.UnifiedAuditLogIngestionEnabled
      ? v.pass('The unified audit log is recording user and admin activity.', ev)
      : v.fail(
          'The unified audit log is off (UnifiedAuditLogIngestionEnabled is False): sign-ins, mail access and setting changes are not recorded.',
          ev,
        );
  },
});
