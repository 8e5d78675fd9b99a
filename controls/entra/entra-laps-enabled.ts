import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { lapsPolicy } from '../../lib/graph/sources/device-registration-policy';

export default defineControl({
  id: 'entra-laps-enabled',
  title: 'Windows LAPS is enabled in Entra ID',
  category: 'device',
  service: 'entra',
  maxScore: 4,
  refs: {
    cis: '5.1.4.5',
    learn: 'https://learn.microsoft.com/entra/identity/devices/howto-manage-local-admin-passwords',
  },
  threats: ['Lateral movement with a shared local administrator password', 'Pass-the-hash'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'When every computer has the same local administrator password, one compromised machine opens all of them. ' +
    'Windows LAPS gives each device its own rotated password, backed up to Entra ID. Follows CIS 5.1.4.5: ' +
    'passes when localAdminPassword.isEnabled is true. This tenant switch only allows the backup: devices also ' +
    'need a LAPS policy (Intune › Endpoint security › Account protection) before passwords rotate.',
  remediation: [
    'Open Entra admin center › Devices › Device settings.',
    "Set 'Enable Microsoft Entra Local Administrator Password Solution (LAPS)' to Yes, and save.",
    'In Intune › Endpoint security › Account protection, create a Local admin password solution (Windows LAPS) policy that backs up to Microsoft Entra ID, and assign it to your devices.',
  ],
  fixAt: adminPages.entraDeviceSettings,
  setTo: { setting: 'Enable Microsoft Entra Local Administrator Password Solution (LAPS)', value: 'Yes' },
  onPages: [
    {
      page: adminPages.entraDeviceSettings,
      labels: [
        'Enable Microsoft Entra Local Administrator Password Solution (LAPS)',
        'Enable Azure AD Local Administrator Password Solution (LAPS)',
      ],
    },
  ],
  sources: { policy: lapsPolicy },
  evaluate: ({ policy }, v) => {
    const ev = [evidence('deviceRegistrationPolicy', policy, ['localAdminPassword.isEnabled'])];
    return policy.localAdminPassword.isEnabled
      ? v.pass('Windows LAPS is enabled for Entra-joined devices (localAdminPassword.isEnabled is true).', ev)
      : v.fail('Windows LAPS is off in the device registration policy (localAdminPassword.isEnabled is false).', ev);
  },
});
