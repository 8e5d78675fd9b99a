import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'teams-cloud-storage-restricted',
  title: 'Teams offers only approved cloud storage and no email into channels',
  category: 'data',
  service: 'teams',
  maxScore: 2,
  refs: {
    cis: '8.1.1, 8.1.2',
    scuba: 'MS.TEAMS.4.1v1',
    learn: 'https://learn.microsoft.com/powershell/module/teams/get-csteamsclientconfiguration',
  },
  threats: ['Data leakage to unmanaged cloud storage', 'Spam and phishing sent straight into channels'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'Third-party storage providers in Teams (Dropbox, Box, Google Drive, Citrix ShareFile, Egnyte) move files outside your data-protection controls, and channel email addresses let anyone on the internet post into a channel. CIS 8.1.1 allows only approved storage; CIS 8.1.2 and CISA MS.TEAMS.4.1v1 turn channel email off. These are Teams client settings (Get-CsTeamsClientConfiguration) that Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Teams admin center › Teams › Teams settings › Files: turn off every storage provider you have not approved.',
    'Teams admin center › Teams › Teams settings › Email integration: turn off "Users can send emails to a channel email address".',
  ],
  fixAt: adminPages.teamsSettings,
  setTo: { setting: 'Citrix files, DropBox, Box, Google Drive and Egnyte', value: 'Off, unless approved' },
  check: {
    how: 'powershell',
    what: [
      'AllowDropBox, AllowBox, AllowGoogleDrive, AllowShareFile and AllowEgnyte are False unless approved (CIS 8.1.1)',
      'AllowEmailIntoChannel is False (CIS 8.1.2)',
    ],
    command:
      'Get-CsTeamsClientConfiguration | Format-List AllowDropBox,AllowBox,AllowGoogleDrive,AllowShareFile,AllowEgnyte,AllowEmailIntoChannel',
  },
});
