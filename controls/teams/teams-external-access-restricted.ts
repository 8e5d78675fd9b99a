import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { allowedDomainsOf, teamsExternalAccess } from '../../lib/graph/sources/services/teams-federation';

// Read live from Teams when the tenant turns that service on (issue 17). The rule is CIS 8.2.1 and
// ScubaGear MS.TEAMS.2.1v2's: federation off, or on with an allow-list (an empty list, or
// AllowAllKnownDomains, is every domain).
export default defineControl({
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
    'Open Teams federation lets people in any other Microsoft 365 tenant, trial tenants included, chat and call your users, a route attackers use for helpdesk-impersonation phishing and malware. CIS 8.2.1 and CISA MS.TEAMS.2.1v2 allow external access only with domains you list. Microsoft Graph does not expose the setting: Posture Lens reads the tenant federation configuration (Get-CsTenantFederationConfiguration, a single org-wide instance) from Teams when that service is on for the tenant, and otherwise shows what to check. Chat with personal Teams accounts is its own control.',
  remediation: [
    'Teams admin center › Users › External access: choose "Allow only specific external domains" and add your partners.',
    'Or turn external access off: Set-CsTenantFederationConfiguration -AllowFederatedUsers $false.',
  ],
  fixAt: adminPages.teamsExternalAccess,
  setTo: {
    setting: 'Teams and Skype for Business users in external organizations',
    value: 'Allow only specific external domains',
  },
  manualCheck: {
    how: 'powershell',
    what: [
      'AllowFederatedUsers is False, or AllowedDomains lists only approved domains (not AllowAllKnownDomains) (CIS 8.2.1)',
    ],
    command: 'Get-CsTenantFederationConfiguration | Format-List AllowFederatedUsers,AllowedDomains,BlockedDomains',
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
  sources: { federation: teamsExternalAccess },
  evaluate: ({ federation }, v) => {
    const g = federation.global;
    const ev = [evidence('teamsFederationSettings', g, ['AllowFederatedUsers', 'AllowedDomains'])];
    if (!g.AllowFederatedUsers)
      return v.pass('External access is off: no other organisation can reach your users in Teams.', ev);
    const domains = allowedDomainsOf(g.AllowedDomains);
    return domains?.kind === 'list'
      ? v.pass(
          `External access is limited to ${domains.domains.length} allowed domain(s): ${domains.domains.join(', ')}.`,
          ev,
        )
      : v.fail(
          'External access is open to every external domain: anyone in another Microsoft 365 tenant can chat with your users.',
          ev,
        );
  },
});
