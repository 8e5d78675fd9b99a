import { describeControl, malformed, sharepointSettingsUnknowns } from '../../test/describe-control';
import control from './spo-guest-resharing-disabled';

const SPS = '/admin/sharepoint/settings';

describeControl(control, {
  pass: {
    'guests cannot reshare': {
      reasonIncludes: "Guests can't share items they don't own (isResharingByExternalUsersEnabled is false).",
      evidence: ['sharepointSettings'],
    },
    'the settings wrapped in value': {
      faults: [malformed(SPS, { value: { isResharingByExternalUsersEnabled: false } })],
    },
  },
  fail: {
    'guests can reshare': {
      tenant: (t) => {
        t.sharepointSettings.isResharingByExternalUsersEnabled = true;
      },
      reasonIncludes: 'isResharingByExternalUsersEnabled is true',
      evidence: ['sharepointSettings'],
    },
  },
  unknown: {
    ...sharepointSettingsUnknowns(),
    'field missing': {
      tenant: (t) => {
        delete t.sharepointSettings.isResharingByExternalUsersEnabled;
      },
      reasonIncludes: "'isResharingByExternalUsersEnabled' (missing)",
    },
    'field null': {
      tenant: (t) => {
        t.sharepointSettings.isResharingByExternalUsersEnabled = null;
      },
      reasonIncludes: "'isResharingByExternalUsersEnabled' (expected boolean, got null)",
    },
  },
});
