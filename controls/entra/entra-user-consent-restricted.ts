import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

const LEGACY = 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy';
const LOW = 'ManagePermissionGrantsForSelf.microsoft-user-default-low';

export default defineControl({
  id: 'entra-user-consent-restricted',
  title: 'Users cannot consent to unverified apps',
  category: 'apps',
  service: 'entra',
  maxScore: 4,
  refs: {
    secureScore: 'IntegratedApps',
    scuba: 'MS.AAD.5.2v1',
    eidsca: 'EIDSCA.AP08',
    learn: 'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent',
  },
  threats: ['Consent phishing', 'Data exfiltration', 'Persistence through OAuth apps'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'Consent phishing tricks a user into granting a malicious app lasting access to mail and files, with no ' +
    "password needed. Passes when user consent is off, or limited to verified publishers' apps asking for " +
    "low-impact permissions ('microsoft-user-default-low'), which Secure Score and CISA MS.AAD.5.2v1 accept. " +
    'CIS 5.1.5.1 is stricter and wants user consent off entirely; pair this with the admin consent workflow.',
  remediation: [
    'Open Entra admin center › Enterprise apps › Consent and permissions › User consent settings.',
    "Choose 'Do not allow user consent', or 'Allow user consent for apps from verified publishers, for selected permissions'.",
    'Turn on the admin consent workflow so users can ask for the apps they need.',
  ],
  fixAt: adminPages.consentUserSettings,
  setTo: { setting: 'User consent for applications', value: 'Do not allow user consent' },
  onPages: [
    { page: adminPages.consentUserSettings, labels: ['User consent for applications'] },
    {
      page: overlayPages.defenderSecureScore,
      labels: ['Do not allow users to grant consent to unreliable applications'],
    },
  ],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const assigned = authz.defaultUserRolePermissions.permissionGrantPoliciesAssigned;
    const consent = assigned.filter((p) => p.startsWith('ManagePermissionGrantsForSelf.'));
    const ev = [evidence('authorizationPolicy', authz, ['defaultUserRolePermissions.permissionGrantPoliciesAssigned'])];
    if (consent.includes(LEGACY))
      return v.fail('Users can consent to any app for any permission that needs no admin (the legacy default).', ev);
    if (consent.length === 0) return v.pass('User consent to apps is turned off.', ev);
    if (consent.every((p) => p === LOW))
      return v.pass('Users can consent only to verified publishers’ apps asking for low-impact permissions.', ev);
    return v.fail(
      `Users can consent under custom policies (${consent.map((p) => p.replace('ManagePermissionGrantsForSelf.', '')).join(', ')}); review what they allow.`,
      ev,
    );
  },
});
