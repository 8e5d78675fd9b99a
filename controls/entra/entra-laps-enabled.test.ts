import { describeControl, failing, forbidden } from '../../test/describe-control';
import control from './entra-laps-enabled';

const DRP = '/policies/deviceRegistrationPolicy';

describeControl(control, {
  pass: {
    'LAPS enabled': {
      reasonIncludes: 'Windows LAPS is enabled for Entra-joined devices (localAdminPassword.isEnabled is true).',
      evidence: ['deviceRegistrationPolicy'],
    },
  },
  fail: {
    'LAPS off': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.localAdminPassword = { isEnabled: false };
      },
      reasonIncludes: 'Windows LAPS is off in the device registration policy (localAdminPassword.isEnabled is false).',
      evidence: ['deviceRegistrationPolicy'],
    },
  },
  unknown: {
    '403 names Policy.Read.DeviceConfiguration': {
      faults: [forbidden(DRP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.DeviceConfiguration'],
    },
    'localAdminPassword missing': {
      tenant: (t) => {
        delete t.deviceRegistrationPolicy.localAdminPassword;
      },
      reasonIncludes: "'localAdminPassword' (missing)",
    },
    'isEnabled null': {
      tenant: (t) => {
        t.deviceRegistrationPolicy.localAdminPassword = { isEnabled: null };
      },
      reasonIncludes: "'localAdminPassword.isEnabled' (expected boolean, got null)",
    },
    '500 on the policy': {
      faults: [failing(DRP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
