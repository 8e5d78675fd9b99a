import { describeControl, malformed, sharepointSettingsUnknowns } from '../../test/describe-control';
import control from './spo-idle-session-signout-enabled';

const SPS = '/admin/sharepoint/settings';

describeControl(control, {
  pass: {
    'idle sign-out after an hour': {
      reasonIncludes: 'SharePoint signs out idle browser sessions after 60 minutes.',
      evidence: ['sharepointSettings'],
    },
    'on, without the times': {
      faults: [malformed(SPS, { idleSessionSignOut: { isEnabled: true } })],
      reasonIncludes: 'SharePoint idle session sign-out is on (idleSessionSignOut.isEnabled is true).',
    },
  },
  fail: {
    'idle sign-out off': {
      tenant: (t) => {
        t.sharepointSettings.idleSessionSignOut = { isEnabled: false, warnAfterInSeconds: 0, signOutAfterInSeconds: 0 };
      },
      reasonIncludes: 'SharePoint idle session sign-out is off (idleSessionSignOut.isEnabled is false).',
      evidence: ['sharepointSettings'],
    },
  },
  unknown: {
    ...sharepointSettingsUnknowns(),
    'idleSessionSignOut missing': {
      tenant: (t) => {
        delete t.sharepointSettings.idleSessionSignOut;
      },
      reasonIncludes: "'idleSessionSignOut' (missing)",
    },
    'isEnabled null': {
      tenant: (t) => {
        t.sharepointSettings.idleSessionSignOut!.isEnabled = null;
      },
      reasonIncludes: "'idleSessionSignOut.isEnabled' (expected boolean, got null)",
    },
    'sign-out time as a string': {
      tenant: (t) => {
        Object.assign(t.sharepointSettings.idleSessionSignOut!, { signOutAfterInSeconds: '3600' });
      },
      reasonIncludes:
        "'idleSessionSignOut.signOutAfterInSeconds' (expected a whole number from 0 to 9007199254740991, got string)",
    },
    'a negative sign-out time is malformed, not a time to show': {
      tenant: (t) => {
        Object.assign(t.sharepointSettings.idleSessionSignOut!, { signOutAfterInSeconds: -60 });
      },
      reasonIncludes:
        "'idleSessionSignOut.signOutAfterInSeconds' (expected a whole number from 0 to 9007199254740991, got -60)",
    },
  },
});
