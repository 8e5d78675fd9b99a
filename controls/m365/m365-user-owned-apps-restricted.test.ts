import { describeControl, failing, forbidden, malformed } from '../../test/describe-control';
import control from './m365-user-owned-apps-restricted';

const SETTINGS = '/admin/appsAndServices/settings';

describeControl(control, {
  pass: {
    'store and trials both off': {
      reasonIncludes: 'Users can neither access the Office Store nor start trials.',
      evidence: ['appsAndServicesSettings'],
    },
  },
  fail: {
    'the Office Store is open': {
      tenant: (t) => {
        t.appsAndServicesSettings.isOfficeStoreEnabled = true;
      },
      reasonIncludes: 'Users can access the Office Store.',
      evidence: ['appsAndServicesSettings'],
    },
    'trials are allowed': {
      tenant: (t) => {
        t.appsAndServicesSettings.isAppAndServicesTrialEnabled = true;
      },
      reasonIncludes: 'Users can start trials on behalf of the organisation.',
    },
    'both are allowed (the default)': {
      tenant: (t) => {
        t.appsAndServicesSettings = { isOfficeStoreEnabled: true, isAppAndServicesTrialEnabled: true };
      },
      reasonIncludes: 'access the Office Store and start trials',
    },
  },
  unknown: {
    '403 names OrgSettings-AppsAndServices.Read.All': {
      faults: [forbidden(SETTINGS)],
      reasonIncludes: ['HTTP 403', 'OrgSettings-AppsAndServices.Read.All'],
    },
    'isOfficeStoreEnabled null': {
      tenant: (t) => {
        t.appsAndServicesSettings.isOfficeStoreEnabled = null;
      },
      reasonIncludes: "'isOfficeStoreEnabled' (expected boolean, got null)",
    },
    'isAppAndServicesTrialEnabled missing': {
      tenant: (t) => {
        delete t.appsAndServicesSettings.isAppAndServicesTrialEnabled;
      },
      reasonIncludes: "'isAppAndServicesTrialEnabled' (missing)",
    },
    'a malformed body': {
      faults: [malformed(SETTINGS, { isOfficeStoreEnabled: 'false', isAppAndServicesTrialEnabled: false })],
      reasonIncludes: "'isOfficeStoreEnabled' (expected boolean, got string)",
    },
    '500': { faults: [failing(SETTINGS, 500)], reasonIncludes: 'HTTP 500' },
  },
});
