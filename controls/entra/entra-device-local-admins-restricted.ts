import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { deviceRegistrationLocalAdmins } from '../../lib/graph/sources/device-registration-policy';
import { describeMembership, isLimitedMembership } from '../shared/device-registration';

export default defineControl({
  id: 'entra-device-local-admins-restricted',
  title: 'Joining a device to Entra ID does not make users or Global Admins local admins',
  category: 'device',
  service: 'entra',
  maxScore: 4,
  refs: {
    cis: '5.1.4.3, 5.1.4.4',
    learn: 'https://learn.microsoft.com/entra/identity/devices/assign-local-admin',
  },
  threats: ['Malware installed with local admin rights', 'Credential theft from privileged sign-ins on endpoints'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'By default the person who joins a device becomes its local administrator, so anything they run can disable ' +
    'protections and dump credentials; and the Global Administrator role is added to every device, so a Global ' +
    'Admin’s sign-in on any machine is a local-admin sign-in. Follows CIS 5.1.4.3 and 5.1.4.4 together: passes ' +
    'when azureADJoin.localAdmins.enableGlobalAdmins is false and registeringUsers is Selected or None. The ' +
    'setting is read from Graph beta, the only version that has it.',
  remediation: [
    'Open Entra admin center › Devices › Device settings.',
    "Set 'Global administrator role is added as local administrator on the device during Microsoft Entra join' to No.",
    "Set 'Registering user is added as local administrator on the device during Microsoft Entra join' to None (or Selected, for a small support group).",
    'Save; grant local admin where it is needed through Windows LAPS or an Intune account-protection policy instead.',
  ],
  fixAt: adminPages.entraDeviceSettings,
  setTo: {
    setting: 'Registering user is added as local administrator on the device during Microsoft Entra join',
    value:
      "None, and 'Global administrator role is added as local administrator on the device during Microsoft Entra join' to No",
  },
  sources: { policy: deviceRegistrationLocalAdmins },
  evaluate: ({ policy }, v) => {
    const admins = policy.azureADJoin.localAdmins;
    const ev = [
      evidence('deviceRegistrationPolicy', policy, [
        'azureADJoin.localAdmins.enableGlobalAdmins',
        'azureADJoin.localAdmins.registeringUsers.@odata.type',
        'azureADJoin.localAdmins.registeringUsers.users',
        'azureADJoin.localAdmins.registeringUsers.groups',
      ]),
    ];
    const registering = describeMembership(admins.registeringUsers);
    const problems = [
      ...(admins.enableGlobalAdmins
        ? ['Global Administrators become local admins on every joined device (CIS 5.1.4.3)']
        : []),
      ...(isLimitedMembership(admins.registeringUsers)
        ? []
        : [`the registering user becomes local admin for ${registering} (CIS 5.1.4.4)`]),
    ];
    if (problems.length === 0)
      return v.pass(
        `Global Administrators are not made local admins, and the registering user is made local admin for ${registering}.`,
        ev,
      );
    const sentence = problems.join(', and ');
    return v.fail(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`, ev);
  },
});
