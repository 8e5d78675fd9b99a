import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'email-outlook-addins-restricted',
  title: 'Users cannot install Outlook add-ins or add storage, and MailTips are on',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    secureScore: 'exo_outlookaddins',
    cis: '6.3.1',
    learn:
      'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/add-ins-for-outlook/specify-who-can-install-and-manage-add-ins',
  },
  threats: ['Malicious add-ins reading mailbox content', 'Data leakage to personal storage from Outlook on the web'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'Outlook add-ins that users install themselves can read and send mail as them, and extra storage providers in Outlook on the web let attachments leave for personal storage. CIS 6.3.1 and Secure Score (exo_outlookaddins) remove the My Custom Apps, My Marketplace Apps and My ReadWriteMailbox Apps roles; CIS 6.5.3 (exo_storageproviderrestricted) and CIS 6.5.2 (exo_mailtipsenabled) cover storage and MailTips. These are Exchange Online settings Graph does not expose.',
  remediation: [
    'Exchange admin center › Roles › User roles › Default Role Assignment Policy: clear My Custom Apps, My Marketplace Apps and My ReadWriteMailbox Apps.',
    'Run: Set-OwaMailboxPolicy -Identity OwaMailboxPolicy-Default -AdditionalStorageProvidersAvailable $false.',
    'Run: Set-OrganizationConfig -MailTipsAllTipsEnabled $true -MailTipsExternalRecipientsTipsEnabled $true -MailTipsGroupMetricsEnabled $true.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: {
    setting: 'Default Role Assignment Policy: My Custom Apps, My Marketplace Apps and My ReadWriteMailbox Apps',
    value: 'Not selected',
  },
  check: {
    how: 'powershell',
    what: [
      'Get-RoleAssignmentPolicy: no policy assigns My Custom Apps, My Marketplace Apps or My ReadWriteMailbox Apps (CIS 6.3.1)',
      'Get-OwaMailboxPolicy: AdditionalStorageProvidersAvailable is False (CIS 6.5.3)',
      'Get-OrganizationConfig: MailTipsAllTipsEnabled, MailTipsExternalRecipientsTipsEnabled and MailTipsGroupMetricsEnabled are True (CIS 6.5.2)',
    ],
    command:
      'Get-RoleAssignmentPolicy | Format-List Name,AssignedRoles; Get-OwaMailboxPolicy | Format-List Name,AdditionalStorageProvidersAvailable',
  },
});
