import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { SHARING, spoGuestExpiry } from '../../lib/graph/sources/services/spo-tenant';

const MAX_DAYS = 30;

// CIS 7.2.9: guest access to a site or OneDrive expires automatically, after 30 days or fewer. Not
// applicable when SharePoint shares with no one outside the organisation.
export default defineControl({
  id: 'spo-guest-access-expires',
  title: "Guests' access to sites and OneDrive expires within 30 days",
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: { cis: '7.2.9', learn: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off' },
  threats: ['Stale guest access to files'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'A guest given access to a site or OneDrive for one project keeps it long after the project ends unless someone remembers to remove it. CIS 7.2.9 asks that guest access expire automatically after 30 days or fewer (site owners can extend it). Graph does not expose this: Posture Lens reads it from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'SharePoint admin center › Policies › Sharing › More external sharing settings: tick "Guest access to a site or OneDrive will expire automatically after this many days" and enter 30, then save.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'Guest access to a site or OneDrive will expire automatically after this many days', value: '30' },
  onPages: [
    {
      page: adminPages.spoSharing,
      labels: ['Guest access to a site or OneDrive will expire automatically after this many days'],
    },
  ],
  notApplicableWhen: 'SharePoint shares only inside the organisation.',
  manualCheck: {
    how: 'powershell',
    what: ['ExternalUserExpirationRequired is True with ExternalUserExpireInDays 30 or less'],
    command: 'Get-SPOTenant | Format-List ExternalUserExpirationRequired,ExternalUserExpireInDays',
  },
  sources: { spo: spoGuestExpiry },
  evaluate: ({ spo }, v) => {
    const ev = [
      evidence('spoTenant', spo, ['SharingCapability', 'ExternalUserExpirationRequired', 'ExternalUserExpireInDays']),
    ];
    const days = spo.ExternalUserExpireInDays;
    if (spo.SharingCapability === SHARING.disabled)
      return v.notApplicable('SharePoint shares only inside the organisation: there is no guest access to end.', ev);
    if (!spo.ExternalUserExpirationRequired) return v.fail("Guests' access to sites and OneDrive never expires.", ev);
    return days <= MAX_DAYS
      ? v.pass(`Guests' access expires after ${days} days.`, ev)
      : v.fail(`Guests' access expires only after ${days} days (at most ${MAX_DAYS} asked).`, ev);
  },
});
