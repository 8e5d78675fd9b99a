import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

export default defineControl({
  id: 'entra-app-registration-restricted',
  title: 'Users cannot register applications',
  category: 'apps',
  service: 'entra',
  maxScore: 2,
  refs: {
    secureScore: 'aad_third_party_apps',
    cis: '5.1.2.2',
    scuba: 'MS.AAD.5.1v1',
    eidsca: 'EIDSCA.AP10',
    learn: 'https://learn.microsoft.com/graph/api/resources/defaultuserrolepermissions',
  },
  threats: ['Persistence through OAuth apps', 'Consent phishing'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An app registration created by any user can hold credentials and be used to phish colleagues or keep ' +
    'access after the user leaves. Passes when default users cannot create app registrations ' +
    '(authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps is false); developers get the Application Developer role.',
  remediation: [
    'Open Entra admin center › Users › User settings.',
    "Set 'Users can register applications' to No and save.",
    'Give people who build apps the Application Developer role.',
  ],
  fixAt: adminPages.entraUserSettings,
  setTo: { setting: 'Users can register applications', value: 'No' },
  onPages: [{ page: adminPages.entraUserSettings, labels: ['Users can register applications'] }],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const ev = [evidence('authorizationPolicy', authz, ['defaultUserRolePermissions.allowedToCreateApps'])];
    return authz.defaultUserRolePermissions.allowedToCreateApps
      ? v.fail('Any user can register applications.', ev)
      : v.pass('Only admins and Application Developers can register applications.', ev);
  },
});
