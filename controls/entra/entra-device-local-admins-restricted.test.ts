import { describeControl, failing, forbidden, malformed } from '../../test/describe-control';
import control from './entra-device-local-admins-restricted';

const DRP = '/policies/deviceRegistrationPolicy';
const ALL = '#microsoft.graph.allDeviceRegistrationMembership';
const SELECTED = '#microsoft.graph.enumeratedDeviceRegistrationMembership';

const body = (localAdmins: unknown) => ({
  id: 'deviceRegistrationPolicy',
  azureADJoin: { isAdminConfigurable: true, localAdmins },
});

describeControl(control, {
  pass: {
    'neither Global Admins nor registering users become local admins': {
      reasonIncludes:
        'Global Administrators are not made local admins, and the registering user is made local admin for no one.',
      evidence: ['deviceRegistrationPolicy'],
    },
    'registering users limited to a selected support group': {
      faults: [
        malformed(
          DRP,
          body({ enableGlobalAdmins: false, registeringUsers: { '@odata.type': SELECTED, groups: ['g1'] } }),
        ),
      ],
      reasonIncludes: 'selected members (0 users and 1 group)',
    },
  },
  fail: {
    'Global Admins become local admins': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.azureADJoin!.localAdmins!.enableGlobalAdmins = true;
      },
      reasonIncludes: 'Global Administrators become local admins on every joined device (CIS 5.1.4.3).',
      evidence: ['deviceRegistrationPolicy'],
    },
    'every registering user becomes local admin': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.azureADJoin!.localAdmins!.registeringUsers = { '@odata.type': ALL };
      },
      reasonIncludes: 'The registering user becomes local admin for all users (CIS 5.1.4.4).',
    },
    'both, as a new tenant has it': {
      faults: [malformed(DRP, body({ enableGlobalAdmins: true, registeringUsers: { '@odata.type': ALL } }))],
      reasonIncludes: ['5.1.4.3', ', and the registering user becomes local admin for all users (CIS 5.1.4.4).'],
    },
  },
  unknown: {
    '403 names Policy.Read.DeviceConfiguration': {
      faults: [forbidden(DRP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.DeviceConfiguration', '/beta/policies/deviceRegistrationPolicy'],
    },
    'localAdmins missing (as v1.0 answers)': {
      faults: [malformed(DRP, { id: 'deviceRegistrationPolicy', azureADJoin: { isAdminConfigurable: true } })],
      reasonIncludes: "'azureADJoin.localAdmins' (missing)",
    },
    'enableGlobalAdmins null': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.azureADJoin!.localAdmins!.enableGlobalAdmins = null;
      },
      reasonIncludes: "'azureADJoin.localAdmins.enableGlobalAdmins' (expected boolean, got null)",
    },
    'registeringUsers without its type': {
      faults: [malformed(DRP, body({ enableGlobalAdmins: false, registeringUsers: {} }))],
      reasonIncludes: "'azureADJoin.localAdmins.registeringUsers.@odata.type' (missing)",
    },
    '500 on the policy': {
      faults: [failing(DRP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
