import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { appsAndServicesSettings } from '../../lib/graph/sources/apps-and-services-settings';

export default defineControl({
  id: 'm365-user-owned-apps-restricted',
  title: 'Users cannot buy or start trials of apps and services themselves',
  category: 'apps',
  service: 'm365',
  maxScore: 2,
  refs: {
    secureScore: 'admincenter_owned_apps_and_services',
    cis: '1.3.4',
    learn: 'https://learn.microsoft.com/microsoft-365/admin/manage/manage-addins-in-the-admin-center',
  },
  threats: ['Shadow IT outside admin review', 'Data shared with unvetted add-ins and services'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'When users can open the Office Store or start trials themselves, apps and services reach company data ' +
    'without an admin reviewing them. Follows CIS 1.3.4 and Secure Score (admincenter_owned_apps_and_services): ' +
    'passes when both isOfficeStoreEnabled and isAppAndServicesTrialEnabled are false in ' +
    'GET /beta/admin/appsAndServices/settings (a beta endpoint, global cloud only).',
  remediation: [
    "Open Microsoft 365 admin center › Settings › Org settings › Services › 'User owned apps and services'.",
    "Untick 'Let users access the Office Store' and 'Let users start trials on behalf of your organization'.",
    'Save.',
  ],
  fixAt: adminPages.m365Store,
  setTo: {
    setting: 'Let users access the Office Store, and Let users start trials on behalf of your organization',
    value: 'Not selected',
  },
  onPages: [
    { page: adminPages.m365Store, labels: ['Let users access the Office Store'] },
    { page: overlayPages.m365OrgSettings, labels: ['User owned apps and services'] },
  ],
  sources: { settings: appsAndServicesSettings },
  evaluate: ({ settings }, v) => {
    const ev = [
      evidence('appsAndServicesSettings', settings, ['isOfficeStoreEnabled', 'isAppAndServicesTrialEnabled']),
    ];
    const open = [
      ...(settings.isOfficeStoreEnabled ? ['access the Office Store'] : []),
      ...(settings.isAppAndServicesTrialEnabled ? ['start trials on behalf of the organisation'] : []),
    ];
    if (open.length === 0) return v.pass('Users can neither access the Office Store nor start trials.', ev);
    return v.fail(`Users can ${open.join(' and ')}.`, ev);
  },
});
