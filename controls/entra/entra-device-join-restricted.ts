import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { deviceJoinPolicy } from '../../lib/graph/sources/device-registration-policy';
import { describeMembership, isLimitedMembership } from '../shared/device-registration';

export default defineControl({
  id: 'entra-device-join-restricted',
  title: 'Only selected users can join devices to Entra ID',
  category: 'device',
  service: 'entra',
  maxScore: 3,
  refs: {
    cis: '5.1.4.1',
    learn: 'https://learn.microsoft.com/entra/identity/devices/manage-device-identities',
  },
  threats: ['Rogue devices joined with stolen credentials', 'Persistence through attacker-owned devices'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A device joined to Entra ID becomes a trusted corporate device that can satisfy device-based conditional ' +
    'access and keeps a primary refresh token; if anyone can join, a phished account can enrol an attacker’s ' +
    "machine. Follows CIS 5.1.4.1: passes when azureADJoin.allowedToJoin is 'Selected' " +
    '(enumeratedDeviceRegistrationMembership) or None, and fails when it is All.',
  remediation: [
    'Create a group of the people (for example the IT team or Autopilot enrolment accounts) who join devices.',
    'Open Entra admin center › Devices › Device settings.',
    "Set 'Users may join devices to Microsoft Entra' to Selected, add that group, and save.",
  ],
  fixAt: adminPages.entraDeviceSettings,
  setTo: { setting: 'Users may join devices to Microsoft Entra', value: 'Selected' },
  onPages: [
    {
      page: adminPages.entraDeviceSettings,
      labels: ['Users may join devices to Microsoft Entra', 'Users may join devices to Azure AD'],
    },
  ],
  sources: { policy: deviceJoinPolicy },
  evaluate: ({ policy }, v) => {
    const join = policy.azureADJoin.allowedToJoin;
    const ev = [
      evidence('deviceRegistrationPolicy', policy, [
        'azureADJoin.allowedToJoin.@odata.type',
        'azureADJoin.allowedToJoin.users',
        'azureADJoin.allowedToJoin.groups',
      ]),
    ];
    const who = describeMembership(join);
    return isLimitedMembership(join)
      ? v.pass(`Joining devices to Entra ID is allowed for ${who}.`, ev)
      : v.fail(`Any user can join devices to Entra ID (allowedToJoin is ${who}).`, ev);
  },
});
