import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { SHARING, sharingLevelWords, spoOneDriveSharing } from '../../lib/graph/sources/services/spo-tenant';

// CISA MS.SHAREPOINT.1.2v1: OneDrive shares with "Only people in your organization" or "Existing guests"
// (0 or 3). CIS 7.2.4 is stricter (only people in the organisation), so its ref isn't claimed: an
// existing-guests OneDrive passes here and fails CIS.
const LIMITED: ReadonlySet<number> = new Set([SHARING.disabled, SHARING.existingGuests]);

export default defineControl({
  id: 'spo-onedrive-sharing-limited',
  title: 'OneDrive external sharing is limited to existing guests',
  category: 'data',
  service: 'spo',
  maxScore: 3,
  refs: {
    scuba: 'MS.SHAREPOINT.1.2v1',
    learn: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
  },
  threats: ['Data exfiltration', 'Accidental oversharing', 'Anonymous access to files'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    "OneDrive holds people's own working files, shared without a site owner's review: at 'Anyone' or 'New and existing guests' each user can send them to any outside address. CISA MS.SHAREPOINT.1.2v1 asks OneDrive to share only inside the organisation or with existing guests (CIS 7.2.4 asks only inside the organisation). Graph does not expose OneDrive's level: Posture Lens reads it from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.",
  remediation: [
    "SharePoint admin center › Policies › Sharing › External sharing: move the OneDrive slider to 'Existing guests' or 'Only people in your organization', then save.",
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'External sharing (OneDrive)', value: 'Existing guests' },
  onPages: [{ page: adminPages.spoSharing, labels: ['External sharing'] }],
  manualCheck: {
    how: 'powershell',
    what: ['OneDriveSharingCapability is Disabled or ExistingExternalUserSharingOnly'],
    command: 'Get-SPOTenant | Format-List OneDriveSharingCapability',
  },
  sources: { spo: spoOneDriveSharing },
  evaluate: ({ spo }, v) => {
    const ev = [evidence('spoTenant', spo, ['OneDriveSharingCapability'])];
    const level = sharingLevelWords(spo.OneDriveSharingCapability);
    return LIMITED.has(spo.OneDriveSharingCapability)
      ? v.pass(`OneDrive shares with ${level}.`, ev)
      : v.fail(`OneDrive shares with ${level}: users can send their files to people who aren't guests yet.`, ev);
  },
});
