import { describeControl, failing, forbidden, malformed } from '../../test/describe-control';
import control from './m365-forms-phishing-protection-enabled';

const SETTINGS = '/admin/forms/settings';

describeControl(control, {
  pass: {
    'phishing scan on': {
      reasonIncludes: 'Microsoft Forms internal phishing protection is on.',
      evidence: ['formsSettings'],
    },
  },
  fail: {
    'phishing scan off': {
      tenant: (t) => {
        t.formsSettings.isInOrgFormsPhishingScanEnabled = false;
      },
      reasonIncludes: 'Microsoft Forms internal phishing protection is off.',
      evidence: ['formsSettings'],
    },
  },
  unknown: {
    '403 names OrgSettings-Forms.Read.All': {
      faults: [forbidden(SETTINGS)],
      reasonIncludes: ['HTTP 403', 'OrgSettings-Forms.Read.All'],
    },
    'isInOrgFormsPhishingScanEnabled null': {
      tenant: (t) => {
        t.formsSettings.isInOrgFormsPhishingScanEnabled = null;
      },
      reasonIncludes: "'isInOrgFormsPhishingScanEnabled' (expected boolean, got null)",
    },
    'isInOrgFormsPhishingScanEnabled missing': {
      tenant: (t) => {
        delete t.formsSettings.isInOrgFormsPhishingScanEnabled;
      },
      reasonIncludes: "'isInOrgFormsPhishingScanEnabled' (missing)",
    },
    'a malformed body': {
      faults: [malformed(SETTINGS, { isInOrgFormsPhishingScanEnabled: 'true' })],
      reasonIncludes: "'isInOrgFormsPhishingScanEnabled' (expected boolean, got string)",
    },
    '500': { faults: [failing(SETTINGS, 500)], reasonIncludes: 'HTTP 500' },
  },
});
