import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { spoDefaultLinks } from '../../lib/graph/sources/services/spo-tenant';

const SPECIFIC_PEOPLE = 1;
const VIEW = 1;
const LINK_TYPES = ['none (the last one used)', 'specific people', 'people in your organization', 'anyone'];

// CIS 7.2.7 and 7.2.11, CISA MS.SHAREPOINT.2.1v1 and 2.2v1 agree: specific people (Direct, 1), view (1).
// Read live from SharePoint Online when the tenant turns that service on (issue 17); otherwise the check
// by hand below stands.
export default defineControl({
  id: 'spo-sharing-links-restricted',
  title: 'SharePoint links default to specific people with view permission',
  category: 'data',
  service: 'spo',
  maxScore: 3,
  refs: {
    cis: '7.2.7, 7.2.11',
    scuba: 'MS.SHAREPOINT.2.1v1, MS.SHAREPOINT.2.2v1',
    learn: 'https://learn.microsoft.com/sharepoint/change-default-sharing-link',
  },
  threats: ['Oversharing through organisation-wide or anyone links', 'Link forwarding to unintended people'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'The link a share dialog starts with is the one most people send. When it reaches everyone in the organisation (or anyone) and lets them edit, a file meant for one colleague is open to all who get the link. CIS 7.2.7 and 7.2.11 and CISA MS.SHAREPOINT.2.1v1 and 2.2v1 ask for "Specific people" links with "View" permission by default. Graph does not expose these defaults: Posture Lens reads them from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'SharePoint admin center › Policies › Sharing › File and folder links: choose "Specific people (only the people the user specifies)".',
    'Under "Choose the permission that\'s selected by default for sharing links", choose "View", then save.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: {
    setting:
      "Choose the type of link that's selected by default when users share files and folders in SharePoint and OneDrive",
    value: 'Specific people (only the people the user specifies)',
  },
  onPages: [{ page: adminPages.spoSharing, labels: ['File and folder links'] }],
  manualCheck: {
    how: 'powershell',
    what: ['DefaultSharingLinkType is Direct (specific people)', 'DefaultLinkPermission is View'],
    command: 'Get-SPOTenant | Format-List DefaultSharingLinkType,DefaultLinkPermission',
  },
  sources: { spo: spoDefaultLinks },
  evaluate: ({ spo }, v) => {
    const ev = [evidence('spoTenant', spo, ['DefaultSharingLinkType', 'DefaultLinkPermission'])];
    const type = LINK_TYPES[spo.DefaultSharingLinkType] ?? 'unknown';
    const wrong = [
      ...(spo.DefaultSharingLinkType === SPECIFIC_PEOPLE ? [] : [`links default to ${type}`]),
      ...(spo.DefaultLinkPermission === VIEW ? [] : ['links let people edit by default']),
    ];
    return wrong.length === 0
      ? v.pass('Sharing links default to specific people, with view permission.', ev)
      : v.fail(`SharePoint ${wrong.join(', and ')}.`, ev);
  },
});
