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
    "A Teams app runs with the user's data in chats, channels and meetings; unreviewed third-party and custom apps are a route for data theft and consent phishing. CIS 8.4.1 and CISA MS.TEAMS.5.1v2–5.3v2 allow only reviewed apps. This stays a check by hand, with no read-only path for Posture Lens: on tenants moved to app-centric management the org-wide app settings decide, and they are only served by Microsoft's app catalogue API (substrate.office.com/AdminAppCatalog, behind Get-M365UnifiedTenantSettings), which ScubaGear can call only with Microsoft's own Teams PowerShell client and interactive sign-in. The app permission policies Teams does serve (Get-CsTeamsAppPermissionPolicy) no longer apply once a tenant has moved, and whether it has isn't in them, so reading them alone could pass a tenant where every app is allowed.",
  remediation: [
    'Teams admin center › Teams apps › Manage apps › Org-wide app settings: turn off third-party apps and custom apps you have not reviewed.',
    'Or allow only named apps in the Global app permission policy (Teams apps › Permission policies).',
  ],
  fixAt: adminPages.teamsManageApps,
  setTo: { setting: 'Allow third-party apps', value: 'Off' },
  check: {
    how: 'powershell',
    // The app permission policies are readable (a Teams configuration) but decide nothing on a tenant moved
    // to app-centric management, and don't say whether it moved: a verdict from them could be green while
    // every app is allowed. So this stays a check by hand rather than a score that could be faked green.
    noReadOnlyPath:
      "No read-only path exists: on tenants moved to app-centric management (Microsoft moved most in 2025) the org-wide app settings decide, and only Microsoft's app catalogue API serves them (behind Get-M365UnifiedTenantSettings), which accepts Microsoft's own Teams PowerShell client, not an app like Posture Lens. The app permission policies Teams does serve no longer apply once a tenant has moved and don't say whether it has, so a verdict read from them could pass a tenant where every app is allowed.",
    what: [
      'Get-M365UnifiedTenantSettings (org-wide app settings, app-centric management): third-party and custom apps off, or allowed only per reviewed app (CIS 8.4.1)',
      'Tenants not yet on app-centric management: Get-CsTeamsAppPermissionPolicy, Global and every custom policy, has GlobalCatalogAppsType and PrivateCatalogAppsType AllowedAppList',
    ],
    command:
      'Get-M365UnifiedTenantSettings; Get-CsTeamsAppPermissionPolicy | Format-Table Identity,DefaultCatalogAppsType,GlobalCatalogAppsType,PrivateCatalogAppsType',
  },
});
