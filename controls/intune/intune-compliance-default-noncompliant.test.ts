import { describeControl, failing, forbidden, malformed, needsIntune } from '../../test/describe-control';
import control from './intune-compliance-default-noncompliant';

const SETTINGS = '/deviceManagement/settings';

describeControl(control, {
  pass: {
    'secureByDefault on': {
      reasonIncludes: 'marked Not compliant (secureByDefault is true).',
      evidence: ['deviceManagementSettings'],
    },
  },
  fail: {
    'secureByDefault off': {
      tenant: (t) => {
        t.intune.settings.secureByDefault = false;
      },
      reasonIncludes: 'marked Compliant (secureByDefault is false).',
      evidence: ['deviceManagementSettings'],
    },
  },
  unknown: {
    '403 names DeviceManagementConfiguration.Read.All': {
      faults: [forbidden(SETTINGS)],
      reasonIncludes: ['HTTP 403', 'DeviceManagementConfiguration.Read.All'],
    },
    'secureByDefault missing': {
      tenant: (t) => {
        delete t.intune.settings.secureByDefault;
      },
      reasonIncludes: "'secureByDefault' (missing)",
    },
    'malformed body': {
      faults: [malformed(SETTINGS, { secureByDefault: 'yes' })],
      reasonIncludes: "'secureByDefault' (expected boolean, got string)",
    },
    '500 on the settings': {
      faults: [failing(SETTINGS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsIntune(),
});
