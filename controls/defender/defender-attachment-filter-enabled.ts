import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'defender-attachment-filter-enabled',
  title: 'Risky attachment types are blocked and internal malware is reported',
  category: 'apps',
  service: 'defender',
  maxScore: 4,
  refs: {
    secureScore: 'mdo_commonattachmentsfilter',
    cis: '2.1.2',
    learn: 'https://learn.microsoft.com/defender-office-365/anti-malware-policies-configure',
  },
  threats: [
    'Malware in executable and script attachments',
    'Unnoticed malware sent from a compromised internal account',
  ],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'Most mail malware arrives as file types people never need to exchange (executables, scripts, disk images); the common attachments filter blocks them whatever their content. CIS 2.1.2, 2.1.11 and 2.1.3 and Secure Score (mdo_commonattachmentsfilter) ask for the filter on, with a comprehensive list of types and admin notifications when an internal sender sends malware. Anti-malware policies are read with Exchange Online PowerShell, which Graph does not expose.',
  remediation: [
    'Microsoft Defender › Policies › Anti-malware › Default: turn on "Enable the common attachments filter" and add the extensions CIS 2.1.11 lists.',
    'Turn on admin notification of undelivered messages from internal senders, to a monitored mailbox.',
  ],
  fixAt: adminPages.defenderAntiMalware,
  setTo: { setting: 'Enable the common attachments filter', value: 'Selected' },
  check: {
    how: 'powershell',
    what: [
      'Get-MalwareFilterPolicy: EnableFileFilter is True (CIS 2.1.2)',
      'FileTypes holds the comprehensive extension list (CIS 2.1.11)',
      'EnableInternalSenderAdminNotifications is True with InternalSenderAdminAddress set (CIS 2.1.3)',
    ],
    command:
      'Get-MalwareFilterPolicy | Format-List Name,EnableFileFilter,FileTypes,EnableInternalSenderAdminNotifications,InternalSenderAdminAddress',
  },
});
