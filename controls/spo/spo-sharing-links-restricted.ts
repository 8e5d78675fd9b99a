import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'spo-sharing-links-restricted',
  title: 'SharePoint links default to specific people and guest access expires',
  category: 'data',
  service: 'spo',
  maxScore: 3,
  refs: {
    cis: '7.2.2, 7.2.7, 7.2.9, 7.2.10, 7.2.11',
    scuba: 'MS.SHAREPOINT.2.1v1, MS.SHAREPOINT.2.2v1, MS.SHAREPOINT.3.1v1',
    learn: 'https://learn.microsoft.com/powershell/module/sharepoint-online/get-spotenant',
  },
  threats: [
    'Oversharing through organisation-wide or anyone links',
    'Stale guest access to files',
    'Link forwarding to unintended people',
  ],
  userImpact: 'moderate',
  implementationCost: 'low',

  rationale:
    "Organisation-wide or anyone default links, links that never expire and guests who keep access forever let files drift to the wrong people. CIS 7.2.7, 7.2.9–7.2.11 and CISA MS.SHAREPOINT.1.2v1, 2.1v1–3.3v2 set link defaults, expiry and re-verification; CIS asks re-verification within 15 days where CISA MS.SHAREPOINT.3.3v2 allows 30. This stays a check by hand because no read-only API serves these settings: Graph's sharepointSettings has no default link type or permission, no link or guest expiry and no re-verification, and they are only in the SharePoint Online Management Shell (Get-SPOTenant), which calls the SharePoint admin site's client API (CSOM, a POST that also carries writes) as Microsoft's own shell client with a SharePoint token for full control of every site: no read-only permission exists for it, so Posture Lens doesn't call it.",
  remediation: [
    'SharePoint admin center › Policies › Sharing: set the default link type to "Specific people" with "View" permission.',
    'Set Anyone links to expire within 30 days, guest access to expire within 30 days, and people using a verification code to re-verify within 15 days.',
    'Limit OneDrive sharing to the same level as SharePoint or lower.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: {
    setting:
      "Choose the type of link that's selected by default when users share files and folders in SharePoint and OneDrive",
    value: 'Specific people (only the people the user specifies)',
  },
  check: {
    how: 'powershell',
    what: [
      'DefaultSharingLinkType is Direct (specific people) (CIS 7.2.7)',
      'DefaultLinkPermission is View',
      'RequireAnonymousLinksExpireInDays is 30 or less (MS.SHAREPOINT.3.1v1)',
      'ExternalUserExpirationRequired is True with ExternalUserExpireInDays 30 or less (CIS 7.2.9)',
      'EmailAttestationRequired is True with EmailAttestationReAuthDays 15 or less (CIS 7.2.10)',
      'OneDriveSharingCapability is no broader than SharingCapability (CIS 7.2.4)',
      'EnableAzureADB2BIntegration is True (CIS 7.2.2)',
    ],
    command:
      'Get-SPOTenant | Format-List SharingCapability,OneDriveSharingCapability,DefaultSharingLinkType,DefaultLinkPermission,RequireAnonymousLinksExpireInDays,ExternalUserExpirationRequired,ExternalUserExpireInDays,EmailAttestationRequired,EmailAttestationReAuthDays,EnableAzureADB2BIntegration',
  },
});
