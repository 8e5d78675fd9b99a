import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { SHARING, spoAnyoneLinks } from '../../lib/graph/sources/services/spo-tenant';

const VIEW = 1;

// CISA MS.SHAREPOINT.3.2v1: when SharePoint allows Anyone links, both file and folder links are View
// (AnonymousLinkType 1); not applicable otherwise, as in ScubaGear.
export default defineControl({
  id: 'spo-anyone-links-view-only',
  title: 'Anyone links only let people view',
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: {
    scuba: 'MS.SHAREPOINT.3.2v1',
    learn:
      'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off#change-the-organization-level-external-sharing-setting',
  },
  threats: ['Anonymous changes to files', 'Malware planted in shared folders'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An Anyone link that can edit lets whoever holds it change or replace the file, or upload into a folder, without signing in: a forwarded link becomes a way to plant content. CISA MS.SHAREPOINT.3.2v1 asks that Anyone links for files and folders be View only wherever they are allowed. Graph does not expose these permissions: Posture Lens reads them from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'SharePoint admin center › Policies › Sharing › Advanced settings for "Anyone" links: set Files to "View" and Folders to "View", then save.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'These links can give these permissions (Files and Folders)', value: 'View' },
  onPages: [{ page: adminPages.spoSharing, labels: ['These links can give these permissions'] }],
  notApplicableWhen: 'SharePoint does not allow Anyone links.',
  manualCheck: {
    how: 'powershell',
    what: [
      'When SharingCapability is ExternalUserAndGuestSharing: FileAnonymousLinkType and FolderAnonymousLinkType are View',
    ],
    command: 'Get-SPOTenant | Format-List SharingCapability,FileAnonymousLinkType,FolderAnonymousLinkType',
  },
  sources: { spo: spoAnyoneLinks },
  evaluate: ({ spo }, v) => {
    const ev = [evidence('spoTenant', spo, ['SharingCapability', 'FileAnonymousLinkType', 'FolderAnonymousLinkType'])];
    if (spo.SharingCapability !== SHARING.anyone) return v.notApplicable('SharePoint does not allow Anyone links.', ev);
    const editable = [
      ...(spo.FileAnonymousLinkType === VIEW ? [] : ['files']),
      ...(spo.FolderAnonymousLinkType === VIEW ? [] : ['folders']),
    ];
    return editable.length === 0
      ? v.pass('Anyone links to files and folders only let people view.', ev)
      : v.fail(`Anyone links to ${editable.join(' and ')} are not limited to view.`, ev);
  },
});
