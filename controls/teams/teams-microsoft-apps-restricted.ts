import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import {
  APP_CENTRIC_LIMIT,
  teamsMicrosoftAppPermissions,
} from '../../lib/graph/sources/services/teams-app-permission-policy';

// Read live from Teams (issue 17). ScubaGear MS.TEAMS.5.1v2 as its Rego decides it when the org-wide
// app settings can't be read: no app permission policy, Global or custom, may allow Microsoft's apps by
// default (`BlockedAppList`); each must allow only listed ones (`AllowedAppList`). CIS has no such item.
export default defineControl({
  id: 'teams-microsoft-apps-restricted',
  title: 'Only approved Microsoft apps can be added in Teams',
  category: 'apps',
  service: 'teams',
  maxScore: 1,
  refs: {
    scuba: 'MS.TEAMS.5.1v2',
    learn: 'https://learn.microsoft.com/microsoftteams/teams-app-permission-policies',
  },
  threats: ['Unreviewed apps reading chats, channels and files', 'Exposure to flaws in apps nobody chose'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    "Microsoft's own Teams apps also get access to chats, channels and meetings, and every new one Microsoft publishes is available at once unless an admin restricts them. CISA MS.TEAMS.5.1v2 (a SHOULD) allows only the Microsoft apps the organisation approved; Teams allows all of them by default. Posture Lens reads every app permission policy from Teams when that service is on for the tenant, as ScubaGear does when it can't read the org-wide app settings. What this read doesn't cover: on a tenant moved to app-centric management (Microsoft moved most tenants in 2025) Microsoft says these policies no longer apply, and the org-wide app settings that replace them are served only by Microsoft's app catalogue API, which an app like Posture Lens can't call; check Manage apps › Org-wide app settings there.",
  remediation: [
    'Teams admin center › Teams apps › Permission policies › Global (Org-wide default) and each custom policy: set Microsoft apps to "Allow specific apps and block all others" and list the approved ones.',
    'On a tenant moved to app-centric management: Teams apps › Manage apps › Org-wide app settings: set new Microsoft apps to be available to no one until reviewed.',
  ],
  fixAt: adminPages.teamsManageApps,
  setTo: { setting: 'Microsoft apps', value: 'Allow specific apps and block all others' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Every app permission policy has DefaultCatalogAppsType AllowedAppList (CISA MS.TEAMS.5.1v2)',
      'On app-centric management: Get-M365UnifiedTenantSettings shows Microsoft apps available only once approved',
    ],
    command:
      'Get-CsTeamsAppPermissionPolicy | Format-Table Identity,DefaultCatalogAppsType; Get-M365UnifiedTenantSettings',
  },
  sources: { apps: teamsMicrosoftAppPermissions },
  evaluate: ({ apps }, v) => {
    const open = apps.all.filter((p) => p.DefaultCatalogAppsType !== 'AllowedAppList').map((p) => p.Identity);
    const ev = apps.all.map((p) => evidence('teamsAppPermissionPolicies', p, ['DefaultCatalogAppsType']));
    const which =
      apps.all.length === 1
        ? 'The Global app permission policy allows'
        : `All ${apps.all.length} app permission policies allow`;
    return open.length === 0
      ? v.pass(`${which} only listed Microsoft apps (${APP_CENTRIC_LIMIT}).`, ev)
      : v.fail(`Every Microsoft app not blocked by name is allowed under ${open.join(', ')}.`, ev);
  },
});
