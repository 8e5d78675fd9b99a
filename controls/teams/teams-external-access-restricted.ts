import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'teams-external-access-restricted',
  title: 'Teams external access is limited to allowed domains',
  category: 'apps',
  service: 'teams',
  maxScore: 4,
  refs: {
    cis: '8.2.1',
    scuba: 'MS.TEAMS.2.1v2',
    learn: 'https://learn.microsoft.com/powershell/module/teams/get-cstenantfederationconfiguration',
  },
  threats: [
    'Phishing and malware over Teams chat from outside tenants',
    'Impersonation of helpdesk staff by external accounts',
    'Data leakage to unmanaged accounts',
  ],
  userImpact: 'moderate',
  implementationCost: 'moderate',

  rationale:
    'Open Teams federation lets any tenant, trial tenant or personal Teams account chat with your users, a route attackers use for helpdesk-impersonation phishing and malware. CIS 8.2.1–8.2.4 and CISA MS.TEAMS.2.1v2–2.3v2 limit external access to allowed domains and turn off unmanaged (consumer) Teams accounts and trial tenants. These settings live in Teams PowerShell (Get-CsTenantFederationConfiguration), which Microsoft Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Teams admin center › Users › External access: choose "Allow only specific external domains" and add your partners.',
    'Turn off "People in my organization can communicate with unmanaged Teams accounts".',
    'Block trial-only tenants: Set-CsTenantFederationConfiguration -ExternalAccessWithTrialTenants Blocked.',
  ],
  fixAt: adminPages.teamsExternalAccess,
  setTo: {
    setting: 'Teams and Skype for Business users in external organizations',
    value: 'Allow only specific external domains',
  },
  check: {
    how: 'powershell',
    what: [
      'AllowFederatedUsers is False, or AllowedDomains lists only approved domains (not AllowAllKnownDomains) (CIS 8.2.1)',
      'AllowTeamsConsumer is False (CIS 8.2.2)',
      'AllowTeamsConsumerInbound is False (CIS 8.2.3)',
      'ExternalAccessWithTrialTenants is Blocked (CIS 8.2.4)',
    ],
    command:
      'Get-CsTenantFederationConfiguration | Format-List AllowFederatedUsers,AllowedDomains,AllowTeamsConsumer,AllowTeamsConsumerInbound,ExternalAccessWithTrialTenants',
  },
  // Today's domain list, the older single switch, and the section heading.
  onPages: [
    {
      page: adminPages.teamsExternalAccess,
      labels: [
        'Choose which external domains your users have access to',
        'Users can communicate with other Skype for Business and Teams users',
        'Teams and Skype for Business users in external organizations',
      ],
    },
  ],
});
