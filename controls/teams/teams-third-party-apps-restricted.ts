import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { taggedPolicies } from '../../lib/graph/sources/services/teams-configuration';
import { APP_CENTRIC_LIMIT, teamsAppPermissions } from '../../lib/graph/sources/services/teams-app-permission-policy';

// Read live from Teams (issue 17). The rule is ScubaGear's MS.TEAMS.5.2v2 and 5.3v2 as its Rego decides
// them when the org-wide app settings can't be read (certificate sign-in): no app permission policy,
// Global or custom, may allow third-party or custom apps by default (`BlockedAppList`); each must allow
// only listed apps (`AllowedAppList`, an empty list blocking all). CIS 8.4.1 asks the same of Global.
// Every policy, not only Global, as ScubaGear checks them: a tagged policy is a gap for whoever has it.
const FIELDS = ['GlobalCatalogAppsType', 'PrivateCatalogAppsType'];

export default defineControl({
  id: 'teams-third-party-apps-restricted',
  title: 'Teams third-party and custom apps are blocked or allow-listed',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: {
    cis: '8.4.1',
    scuba: 'MS.TEAMS.5.2v2, MS.TEAMS.5.3v2',
    learn: 'https://learn.microsoft.com/microsoftteams/teams-app-permission-policies',
  },
  threats: ['Malicious or over-privileged apps reading chats and files', 'Consent phishing through Teams apps'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    "A Teams app runs with the user's data in chats, channels and meetings; unreviewed third-party and custom apps are a route for data theft and consent phishing. CIS 8.4.1 and CISA MS.TEAMS.5.2v2 and 5.3v2 allow only reviewed apps. Posture Lens reads every app permission policy from Teams when that service is on for the tenant, as ScubaGear does when it can't read the org-wide app settings. What this read doesn't cover: on a tenant moved to app-centric management (Microsoft moved most tenants in 2025) Microsoft says these policies no longer apply; the org-wide app settings and each app's availability decide, and they are served only by Microsoft's app catalogue API, which an app like Posture Lens can't call. The policies don't say whether the tenant has moved, so on such a tenant this verdict shows the policies as they were when it moved: check Manage apps › Org-wide app settings there.",
  remediation: [
    'Teams admin center › Teams apps › Permission policies › Global (Org-wide default) and each custom policy: set Third-party apps and Custom apps to "Block all apps" or "Allow specific apps and block all others".',
    'On a tenant moved to app-centric management: Teams apps › Manage apps › Org-wide app settings: turn off third-party apps and custom apps you have not reviewed.',
  ],
  fixAt: adminPages.teamsManageApps,
  setTo: { setting: 'Third-party apps', value: 'Block all apps, or Allow specific apps and block all others' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Every app permission policy has GlobalCatalogAppsType and PrivateCatalogAppsType AllowedAppList (CISA MS.TEAMS.5.2v2, 5.3v2; CIS 8.4.1)',
      'On app-centric management: Get-M365UnifiedTenantSettings shows third-party and custom apps off, or allowed only per reviewed app',
    ],
    command:
      'Get-CsTeamsAppPermissionPolicy | Format-Table Identity,GlobalCatalogAppsType,PrivateCatalogAppsType; Get-M365UnifiedTenantSettings',
  },
  sources: { apps: teamsAppPermissions },
  evaluate: ({ apps }, v) => {
    const open = (p: (typeof apps.all)[number]) => [
      ...(p.GlobalCatalogAppsType === 'AllowedAppList' ? [] : ['third-party']),
      ...(p.PrivateCatalogAppsType === 'AllowedAppList' ? [] : ['custom']),
    ];
    const gaps = apps.all.flatMap((p) => (open(p).length ? [`${p.Identity} (${open(p).join(' and ')})`] : []));
    const ev = apps.all.map((p) => evidence('teamsAppPermissionPolicies', p, FIELDS));
    const custom = taggedPolicies(apps.all).length;
    const which = custom
      ? `Global and ${custom} custom app permission policies allow`
      : 'The Global app permission policy allows';
    return gaps.length === 0
      ? v.pass(`${which} only listed third-party and custom apps (${APP_CENTRIC_LIMIT}).`, ev)
      : v.fail(`Apps nobody reviewed are allowed by default under ${gaps.join(', ')}.`, ev);
  },
});
