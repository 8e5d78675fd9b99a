import { describeControl, failing, forbidden, malformed } from '../../test/describe-control';
import control from './entra-device-join-restricted';

const DRP = '/policies/deviceRegistrationPolicy';
const ALL = '#microsoft.graph.allDeviceRegistrationMembership';
const NONE = '#microsoft.graph.noDeviceRegistrationMembership';

const body = (allowedToJoin: unknown) => ({
  id: 'deviceRegistrationPolicy',
  userDeviceQuota: 5,
  azureADJoin: { isAdminConfigurable: true, allowedToJoin },
  localAdminPassword: { isEnabled: true },
});

describeControl(control, {
  pass: {
    'one selected group may join': {
      reasonIncludes: 'Joining devices to Entra ID is allowed for selected members (0 users and 1 group).',
      evidence: ['deviceRegistrationPolicy'],
    },
    'no one may join': {
      faults: [malformed(DRP, body({ '@odata.type': NONE }))],
      reasonIncludes: 'allowed for no one.',
    },
  },
  fail: {
    'all users may join': {
      faults: [malformed(DRP, body({ '@odata.type': ALL }))],
      reasonIncludes: 'Any user can join devices to Entra ID (allowedToJoin is all users).',
      evidence: ['deviceRegistrationPolicy'],
    },
    'the default of a new tenant': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.azureADJoin!.allowedToJoin = { '@odata.type': ALL };
      },
      reasonIncludes: 'Any user can join devices',
    },
  },
  unknown: {
    '403 names Policy.Read.DeviceConfiguration': {
      faults: [forbidden(DRP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.DeviceConfiguration', DRP],
    },
    'allowedToJoin missing': {
      tenant: (t) => {
        delete t.deviceRegistrationPolicy.azureADJoin!.allowedToJoin;
      },
      reasonIncludes: "'azureADJoin.allowedToJoin' (missing)",
    },
    'a membership type Graph does not document': {
      faults: [malformed(DRP, body({ '@odata.type': '#microsoft.graph.deviceRegistrationMembership' }))],
      reasonIncludes: "'azureADJoin.allowedToJoin.@odata.type' (expected one of",
    },
    'azureADJoin null': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.azureADJoin = null;
      },
      reasonIncludes: "'azureADJoin' (expected object, got null)",
    },
    '500 on the policy': {
      faults: [failing(DRP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
