import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { sharepointLegacyAuth } from '../../lib/graph/sources/sharepoint-settings';

export default defineControl({
  id: 'spo-legacy-auth-blocked',
  title: 'SharePoint requires modern authentication',
  category: 'data',
  service: 'spo',
  maxScore: 4,
  refs: {
    secureScore: 'spo_legacy_auth',
    cis: '7.2.1',
    learn: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
  },
  threats: ['MFA bypass', 'Password spray'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Apps that don't use modern authentication sign in to SharePoint and OneDrive with a password alone, so " +
    'MFA and most conditional access never apply to them. Follows CIS 7.2.1 and Secure Score (spo_legacy_auth): ' +
    'passes when isLegacyAuthProtocolsEnabled is false. A conditional access block on legacy authentication ' +
    '(a separate control) covers every service; this switch closes it in SharePoint itself.',
  remediation: [
    'Open the SharePoint admin center › Policies › Access control (the link goes through admin.microsoft.com to your tenant’s <tenant>-admin.sharepoint.com).',
    "Select 'Apps that don't use modern authentication' and choose Block access.",
    'Save; update or replace any old Office client or tool that still signs in with basic authentication.',
  ],
  fixAt: adminPages.spoAccessControl,
  setTo: { setting: "Apps that don't use modern authentication", value: 'Block access' },
  onPages: [{ page: adminPages.spoAccessControl, labels: ["Apps that don't use modern authentication"] }],
  sources: { settings: sharepointLegacyAuth },
  evaluate: ({ settings }, v) => {
    const ev = [evidence('sharepointSettings', settings, ['isLegacyAuthProtocolsEnabled'])];
    return settings.isLegacyAuthProtocolsEnabled
      ? v.fail(
          "SharePoint accepts apps that don't use modern authentication (isLegacyAuthProtocolsEnabled is true).",
          ev,
        )
      : v.pass('SharePoint blocks legacy authentication protocols (isLegacyAuthProtocolsEnabled is false).', ev);
  },
});
