import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { SHARING, spoAnyoneLinks } from '../../lib/graph/sources/services/spo-tenant';

const MAX_DAYS = 30;

// CISA MS.SHAREPOINT.3.1v1: when SharePoint allows Anyone links, they expire within 30 days; not
// applicable otherwise. ScubaGear's Rego compares `<= 30`, which a 0 or -1 ("never expire") also meets;
// here those fail, since they are the links that never expire.
export default defineControl({
  id: 'spo-anyone-links-expire',
  title: 'Anyone links expire within 30 days',
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: {
    scuba: 'MS.SHAREPOINT.3.1v1',
    learn:
      'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off#change-the-organization-level-external-sharing-setting',
  },
  threats: ['Anonymous access to files through old links', 'Link forwarding to unintended people'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An Anyone link opens a file to whoever holds it, with no sign-in; without an expiry it keeps working years after it was sent, in inboxes, chats and tickets nobody controls. CISA MS.SHAREPOINT.3.1v1 asks that Anyone links expire within 30 days wherever they are allowed. Graph does not expose the expiry: Posture Lens reads it from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'SharePoint admin center › Policies › Sharing › Advanced settings for "Anyone" links: tick "These links must expire within this many days" and enter 30 or fewer, then save.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'These links must expire within this many days', value: '30 or fewer' },
  onPages: [{ page: adminPages.spoSharing, labels: ['These links must expire within this many days'] }],
  notApplicableWhen: 'SharePoint does not allow Anyone links.',
  manualCheck: {
    how: 'powershell',
    what: ['When SharingCapability is ExternalUserAndGuestSharing: RequireAnonymousLinksExpireInDays is 1 to 30'],
    command: 'Get-SPOTenant | Format-List SharingCapability,RequireAnonymousLinksExpireInDays',
  },
  sources: { spo: spoAnyoneLinks },
  evaluate: ({ spo }, v) => {
    const ev = [evidence('spoTenant', spo, ['SharingCapability', 'RequireAnonymousLinksExpireInDays'])];
    const days = spo.RequireAnonymousLinksExpireInDays;
    if (spo.SharingCapability !== SHARING.anyone)
      return v.notApplicable('SharePoint does not allow Anyone links, so none can outlive their use.', ev);
    if (days <= 0) return v.fail('Anyone links are allowed and never expire.', ev);
    return days <= MAX_DAYS
      ? v.pass(`Anyone links expire after ${days} days.`, ev)
      : v.fail(`Anyone links expire only after ${days} days (at most ${MAX_DAYS} asked).`, ev);
  },
});
