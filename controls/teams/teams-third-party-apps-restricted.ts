import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'teams-third-party-apps-restricted',
  title: 'Teams third-party and custom apps are blocked or allow-listed',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: { cis: '8.4.1', scuba: 'MS.TEAMS.5.2v2', learn: 'https://learn.microsoft.com/microsoftteams/manage-apps' },
  threats: ['Malicious or over-privileged apps reading chats and files', 'Consent phishing through Teams apps'],
  userImpact: 'moderate',
  implementationCost: 'moderate',

  rationale:
    "A Teams app runs with the user's data in chats, channels and meetings; unreviewed third-party and custom apps are a route for data theft and consent phishing. CIS 8.4.1 and CISA MS.TEAMS.5.1v2–5.3v2 allow only reviewed apps, through app permission policies or the org-wide app settings. Graph does not expose these policies, so Posture Lens shows what to check.",
  remediation: [
    'Teams admin center › Teams apps › Manage apps › Org-wide app settings: turn off third-party apps and custom apps you have not reviewed.',
    'Or allow only named apps in the Global app permission policy (Teams apps › Permission policies).',
  ],
  fixAt: adminPages.teamsManageApps,
  setTo: { setting: 'Allow third-party apps', value: 'Off' },
  check: {
    how: 'powershell',
    what: [
      'Get-CsTeamsAppPermissionPolicy -Identity Global: GlobalCatalogAppsType is AllowedAppList (third-party apps allow-listed) (CIS 8.4.1)',
      'PrivateCatalogAppsType is AllowedAppList (custom apps allow-listed)',
      'Tenants on app-centric management: Org-wide app settings show third-party and custom apps off, or allowed per app',
    ],
    command:
      'Get-CsTeamsAppPermissionPolicy -Identity Global | Format-List DefaultCatalogAppsType,GlobalCatalogAppsType,PrivateCatalogAppsType',
  },
});
