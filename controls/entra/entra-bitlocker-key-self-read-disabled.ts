import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

export default defineControl({
  id: 'entra-bitlocker-key-self-read-disabled',
  title: "Users cannot read their own devices' BitLocker recovery keys",
  category: 'device',
  service: 'entra',
  maxScore: 2,
  refs: {
    cis: '5.1.4.6',
    learn: 'https://learn.microsoft.com/graph/api/resources/defaultuserrolepermissions',
  },
  threats: ['Disk encryption bypass', 'Data theft from a stolen device'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'A BitLocker recovery key unlocks the disk. If users can read their own keys, anyone holding their ' +
    'password, or a phished session, can unlock a lost or stolen laptop. Passes when ' +
    'authorizationPolicy.defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice is false ' +
    '(CIS 5.1.4.6); the helpdesk recovers keys after checking who is asking.',
  remediation: [
    'Open Entra admin center › Devices › Device settings.',
    "Set 'Restrict users from recovering the BitLocker key(s) for their owned devices' to Yes and save.",
    'Route key recovery through the helpdesk, with identity verification.',
  ],
  fixAt: adminPages.entraDeviceSettings,
  setTo: { setting: 'Restrict users from recovering the BitLocker key(s) for their owned devices', value: 'Yes' },
  onPages: [
    {
      page: adminPages.entraDeviceSettings,
      labels: ['Restrict users from recovering the BitLocker key(s) for their owned devices'],
    },
  ],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const allowed = authz.defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice;
    // Nullable in Graph's schema, and the doc gives null no meaning: unknown rather than a guessed default.
    if (allowed == null)
      return v.malformed(
        'authorizationPolicy',
        'defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice',
        allowed === null ? 'expected boolean, got null' : 'missing',
      );
    const ev = [
      evidence('authorizationPolicy', authz, ['defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice']),
    ];
    return allowed
      ? v.fail('Device owners can read the BitLocker recovery keys of their own devices.', ev)
      : v.pass('Device owners cannot read BitLocker recovery keys; admins recover them.', ev);
  },
});
