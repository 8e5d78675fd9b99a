import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { teamsClientStorage, type ClientStorage } from '../../lib/graph/sources/services/teams-client-configuration';

// The providers as the Teams admin center names them. CIS 8.1.1 allows "only approved" ones: which
// were approved isn't in the tenant, so any provider on fails, naming it (turn it off unless approved).
const PROVIDERS: ReadonlyArray<readonly [keyof ClientStorage, string]> = [
  ['AllowDropBox', 'Dropbox'],
  ['AllowBox', 'Box'],
  ['AllowGoogleDrive', 'Google Drive'],
  ['AllowShareFile', 'Citrix ShareFile'],
  ['AllowEgnyte', 'Egnyte'],
];

// Read live from Teams (issue 17): the one org-wide client configuration. CIS 8.1.1 and 8.1.2,
// CISA MS.TEAMS.4.1v1 (channel email off).
export default defineControl({
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
    'Third-party storage providers in Teams (Dropbox, Box, Google Drive, Citrix ShareFile, Egnyte) move files outside your data-protection controls, and channel email addresses let anyone on the internet post into a channel. CIS 8.1.1 allows only approved storage; CIS 8.1.2 and CISA MS.TEAMS.4.1v1 turn channel email off. Microsoft Graph does not expose these Teams client settings: Posture Lens reads the org-wide client configuration (Get-CsTeamsClientConfiguration) from Teams when that service is on for the tenant, and otherwise shows what to check. Which providers you approved is not recorded in the tenant, so any provider left on is reported: turn it off unless it is approved.',
  remediation: [
    'Teams admin center › Teams › Teams settings › Files: turn off every storage provider you have not approved.',
    'Teams admin center › Teams › Teams settings › Email integration: turn off "Users can send emails to a channel email address".',
  ],
  fixAt: adminPages.teamsSettings,
  setTo: { setting: 'Citrix files, DropBox, Box, Google Drive and Egnyte', value: 'Off, unless approved' },
  manualCheck: {
    how: 'powershell',
    what: [
      'AllowDropBox, AllowBox, AllowGoogleDrive, AllowShareFile and AllowEgnyte are False unless approved (CIS 8.1.1)',
      'AllowEmailIntoChannel is False (CIS 8.1.2)',
    ],
    command:
      'Get-CsTeamsClientConfiguration | Format-List AllowDropBox,AllowBox,AllowGoogleDrive,AllowShareFile,AllowEgnyte,AllowEmailIntoChannel',
  },
  onPages: [
    {
      page: adminPages.teamsSettings,
      labels: ['Users can send emails to a channel email address', 'Citrix files', 'DropBox', 'Google Drive', 'Egnyte'],
    },
  ],
  sources: { client: teamsClientStorage },
  evaluate: ({ client }, v) => {
    const g = client.global;
    const fields = [...PROVIDERS.map(([f]) => f), 'AllowEmailIntoChannel'];
    const ev = [evidence('teamsClientConfiguration', g, fields)];
    const gaps = [
      ...PROVIDERS.filter(([f]) => g[f]).map(([, name]) => name),
      ...(g.AllowEmailIntoChannel ? ['email into channels'] : []),
    ];
    return gaps.length === 0
      ? v.pass('Teams offers no third-party storage and channels have no email address.', ev)
      : v.fail(`Teams still offers: ${gaps.join(', ')}. Turn each off unless you approved it.`, ev);
  },
});
