import { describeControl, malformed, sharepointSettingsUnknowns } from '../../test/describe-control';
import control from './spo-legacy-auth-blocked';

const SPS = '/admin/sharepoint/settings';

describeControl(control, {
  pass: {
    'legacy protocols blocked': {
      reasonIncludes: 'SharePoint blocks legacy authentication protocols (isLegacyAuthProtocolsEnabled is false).',
      evidence: ['sharepointSettings'],
    },
    'other settings missing do not matter here': {
      faults: [malformed(SPS, { isLegacyAuthProtocolsEnabled: false })],
    },
  },
  fail: {
    'legacy protocols allowed': {
      tenant: (t) => {
        t.sharepointSettings.isLegacyAuthProtocolsEnabled = true;
      },
      reasonIncludes: 'isLegacyAuthProtocolsEnabled is true',
      evidence: ['sharepointSettings'],
    },
  },
  unknown: {
    ...sharepointSettingsUnknowns(),
    'field missing': {
      tenant: (t) => {
        delete t.sharepointSettings.isLegacyAuthProtocolsEnabled;
      },
      reasonIncludes: "'isLegacyAuthProtocolsEnabled' (missing)",
    },
    "the string 'false'": {
      tenant: (t) => {
        Object.assign(t.sharepointSettings, { isLegacyAuthProtocolsEnabled: 'false' });
      },
      reasonIncludes: "'isLegacyAuthProtocolsEnabled' (expected boolean, got string)",
    },
  },
});
