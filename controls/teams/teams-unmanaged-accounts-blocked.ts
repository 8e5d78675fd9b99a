import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { teamsUnmanagedAccounts } from '../../lib/graph/sources/services/teams-federation';

// Read live from Teams (issue 17). CIS 8.2.2 / ScubaGear MS.TEAMS.2.3v2: AllowTeamsConsumer off, which
// also keeps personal accounts from starting contact. Not a ref to CIS 8.2.3 / MS.TEAMS.2.2v2 (inbound):
// ScubaGear fails 2.2 only when both are on, so a tenant with inbound off passes 2.2 and fails here.
export default defineControl({
  id: 'teams-unmanaged-accounts-blocked',
  title: 'Teams users cannot chat with personal (unmanaged) Teams accounts',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: {
    cis: '8.2.2',
    scuba: 'MS.TEAMS.2.3v2',
    learn: 'https://learn.microsoft.com/microsoftteams/trusted-organizations-external-meetings-chat',
  },
  threats: [
    'Phishing and malware over Teams chat from personal accounts',
    'Harvesting of internal contacts by unmanaged accounts',
    'Data leakage to personal accounts',
  ],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'Personal Teams accounts are anyone with a Microsoft account: letting them start chats exposes users to phishing and contact harvesting, and letting users reach them moves data out of your control. CIS 8.2.2 and CISA MS.TEAMS.2.3v2 turn it off, which also covers their inbound rules (CIS 8.2.3, MS.TEAMS.2.2v2). Microsoft Graph does not expose the setting: Posture Lens reads the tenant federation configuration (Get-CsTenantFederationConfiguration) from Teams when that service is on for the tenant, and otherwise shows what to check. CISA marks these not applicable to GCC, GCC High and DoD tenants, where Teams has no such accounts.',
  remediation: [
    'Teams admin center › Users › External access: turn off "People in my organization can communicate with unmanaged Teams accounts".',
  ],
  fixAt: adminPages.teamsExternalAccess,
  setTo: {
    setting: 'People in my organization can communicate with unmanaged Teams accounts',
    value: 'Off',
  },
  manualCheck: {
    how: 'powershell',
    what: ['AllowTeamsConsumer is False (CIS 8.2.2)', 'AllowTeamsConsumerInbound is False (CIS 8.2.3)'],
    command: 'Get-CsTenantFederationConfiguration | Format-List AllowTeamsConsumer,AllowTeamsConsumerInbound',
  },
  onPages: [
    {
      page: adminPages.teamsExternalAccess,
      labels: ['People in my organization can communicate with unmanaged Teams accounts'],
    },
  ],
  sources: { federation: teamsUnmanagedAccounts },
  evaluate: ({ federation }, v) => {
    const g = federation.global;
    const ev = [evidence('teamsFederationSettings', g, ['AllowTeamsConsumer', 'AllowTeamsConsumerInbound'])];
    if (!g.AllowTeamsConsumer) return v.pass('Chat with personal Teams accounts is off.', ev);
    return g.AllowTeamsConsumerInbound
      ? v.fail('Personal Teams accounts can chat with your users, and start the conversation themselves.', ev)
      : v.fail('Your users can chat with personal Teams accounts (those accounts cannot start the conversation).', ev);
  },
});
