import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import {
  THIRD_PARTY_STORAGE_APP_ID,
  thirdPartyStoragePrincipal,
} from '../../lib/graph/sources/third-party-storage-principal';

export default defineControl({
  id: 'm365-third-party-storage-blocked',
  title: 'Microsoft 365 on the web cannot open files in third-party storage',
  category: 'data',
  service: 'm365',
  maxScore: 2,
  refs: {
    cis: '1.3.7',
    learn: 'https://learn.microsoft.com/microsoft-365/admin/setup/set-up-file-storage-and-sharing',
  },
  threats: ['Data exfiltration to personal cloud storage', 'Malware from unmanaged storage'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'When Microsoft 365 on the web can open files in Dropbox, Box or Google Drive, company documents move ' +
    'to storage the organisation neither controls nor scans. Follows CIS 1.3.7: the admin-center switch ' +
    'disables the service principal of the app ' +
    `${THIRD_PARTY_STORAGE_APP_ID}, so the control passes when that service principal exists and its ` +
    'accountEnabled is false. A tenant without the service principal has never turned the switch off ' +
    '(the feature is on by default), so a missing service principal fails, as CIS says.',
  remediation: [
    'Open Microsoft 365 admin center › Settings › Org settings › Services › Microsoft 365 on the web.',
    "Untick 'Let users open files stored in third-party storage services in Microsoft 365 on the web'.",
    'Save.',
  ],
  fixAt: adminPages.m365OfficeOnline,
  setTo: {
    setting: 'Let users open files stored in third-party storage services in Microsoft 365 on the web',
    value: 'Not selected',
  },
  onPages: [
    {
      page: adminPages.m365OfficeOnline,
      labels: ['Let users open files stored in third-party storage services in Microsoft 365 on the web'],
    },
    { page: overlayPages.m365OrgSettings, labels: ['Microsoft 365 on the web'] },
  ],
  sources: { principals: thirdPartyStoragePrincipal },
  evaluate: ({ principals }, v) => {
    const sp = principals[0];
    if (!sp)
      return v.fail(
        `No service principal for the third-party storage app (${THIRD_PARTY_STORAGE_APP_ID}) exists, so the feature is on.`,
        [
          {
            source: 'thirdPartyStoragePrincipal',
            id: THIRD_PARTY_STORAGE_APP_ID,
            fields: { value: [] },
            note: 'No service principal: the setting has never been turned off.',
          },
        ],
      );
    const ev = principals.map((p) => evidence('thirdPartyStoragePrincipal', p, ['accountEnabled']));
    const enabled = principals.filter((p) => p.accountEnabled);
    return enabled.length === 0
      ? v.pass(`The third-party storage service principal ${sp.id} is disabled.`, ev)
      : v.fail(`The third-party storage service principal ${enabled[0]!.id} is enabled.`, ev);
  },
});
