import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-bitlocker-key-self-read-disabled';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'owners cannot read their BitLocker keys': {
      reasonIncludes: 'Device owners cannot read BitLocker recovery keys; admins recover them.',
      evidence: ['authorizationPolicy'],
    },
  },
  fail: {
    'owners can read their BitLocker keys': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.allowedToReadBitlockerKeysForOwnedDevice = true;
      },
      reasonIncludes: 'Device owners can read the BitLocker recovery keys of their own devices.',
      evidence: ['authorizationPolicy'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'allowedToReadBitlockerKeysForOwnedDevice of null is not read as either answer': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.allowedToReadBitlockerKeysForOwnedDevice = null;
      },
      reasonIncludes:
        "'defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice' (expected boolean, got null)",
    },
    'allowedToReadBitlockerKeysForOwnedDevice missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.defaultUserRolePermissions!.allowedToReadBitlockerKeysForOwnedDevice;
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice' (missing)",
    },
    'allowedToReadBitlockerKeysForOwnedDevice as a number': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, {
          allowedToReadBitlockerKeysForOwnedDevice: 0,
        });
      },
      reasonIncludes:
        "'defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice' (expected boolean, got number)",
    },
    'no default user role permissions': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
  },
});
