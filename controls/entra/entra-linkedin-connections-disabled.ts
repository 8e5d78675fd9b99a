import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'entra-linkedin-connections-disabled',
  title: 'LinkedIn connections are off and the Entra admin center is for admins only',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: {
    secureScore: 'aad_linkedin_connection_disables',
    cis: '5.1.2.6',
    learn: 'https://learn.microsoft.com/entra/identity/users/linkedin-integration',
  },
  threats: ['Directory data shared with a third-party service', 'Reconnaissance of the directory by ordinary users'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'LinkedIn account connections let users share their work profile and contacts with LinkedIn, and an open ' +
    'Entra admin center lets any user browse the directory. CIS 5.1.2.6 and Secure Score ' +
    '(aad_linkedin_connection_disables) turn LinkedIn connections off; CIS 5.1.2.4 restricts the admin center to ' +
    "administrators and CIS 5.1.2.5 hides 'Stay signed in?'. No read-only path reads these user settings " +
    '(see the check by hand), so Posture Lens shows what to check and, where Secure Score measures the ' +
    'LinkedIn switch, Microsoft decides.',
  remediation: [
    "Entra admin center › Identity › Users › User settings: set 'Allow users to connect their work or school account with LinkedIn' to No.",
    "On the same page, set 'Restrict access to Microsoft Entra admin center' to Yes, and save.",
    "Company branding › Sign-in form: turn off 'Show option to remain signed in'.",
  ],
  fixAt: adminPages.entraUserSettings,
  setTo: { setting: 'Allow users to connect their work or school account with LinkedIn', value: 'No' },
  check: {
    how: 'portal',
    noReadOnlyPath:
      'No read-only path exists: Microsoft Graph has no documented read for LinkedIn account connections or the Entra admin center restriction (the Entra portal keeps them in its own back end), and none of the admin services Posture Lens reads serves them. Secure Score measures the LinkedIn switch (aad_linkedin_connection_disables): where it scores your tenant, its verdict decides.',
    what: [
      "User settings: 'LinkedIn account connections' is No (CIS 5.1.2.6)",
      "User settings: 'Restrict access to Microsoft Entra admin center' is Yes (CIS 5.1.2.4)",
      "Company branding › Sign-in form: 'Show option to remain signed in' is off (CIS 5.1.2.5)",
    ],
  },
});
