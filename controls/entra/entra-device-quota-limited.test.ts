import { describeControl, failing, forbidden } from '../../test/describe-control';
import control from './entra-device-quota-limited';

const DRP = '/policies/deviceRegistrationPolicy';

describeControl(control, {
  pass: {
    'five devices per user': {
      reasonIncludes: 'Each user can register at most 5 devices (userDeviceQuota).',
      evidence: ['deviceRegistrationPolicy'],
    },
    'exactly ten': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.userDeviceQuota = 10;
      },
      reasonIncludes: 'at most 10 devices',
    },
  },
  fail: {
    'eleven devices per user': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.userDeviceQuota = 11;
      },
      reasonIncludes: 'Each user can register up to 11 devices; CIS 5.1.4.2 allows at most 10.',
      evidence: ['deviceRegistrationPolicy'],
    },
    'the default of 50': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.userDeviceQuota = 50;
      },
      reasonIncludes: 'up to 50 devices',
    },
  },
  unknown: {
    '403 names Policy.Read.DeviceConfiguration': {
      faults: [forbidden(DRP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.DeviceConfiguration'],
    },
    'quota missing': {
      tenant: (t) => {
        delete t.deviceRegistrationPolicy.userDeviceQuota;
      },
      reasonIncludes: "'userDeviceQuota' (missing)",
    },
    'quota as a string': {
      tenant: (t) => {
        Object.assign(t.deviceRegistrationPolicy, { userDeviceQuota: '5' });
      },
      reasonIncludes: "'userDeviceQuota' (expected a whole number from 0 to 2147483647, got string)",
    },
    'a negative quota is malformed, not a tight one (fuzz class 2)': {
      tenant: (t) => {
        Object.assign(t.deviceRegistrationPolicy, { userDeviceQuota: -1 });
      },
      reasonIncludes: "'userDeviceQuota' (expected a whole number from 0 to 2147483647, got -1)",
    },
    'a fractional quota is malformed': {
      tenant: (t) => {
        Object.assign(t.deviceRegistrationPolicy, { userDeviceQuota: 2.5 });
      },
      reasonIncludes: "'userDeviceQuota' (expected a whole number from 0 to 2147483647, got 2.5)",
    },
    '500 on the policy': {
      faults: [failing(DRP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
