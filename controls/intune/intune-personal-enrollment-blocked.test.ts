import type { TenantModel } from '../../test/describe-control';
import { describeControl, failing, forbidden, malformed, needsIntune } from '../../test/describe-control';
import control from './intune-personal-enrollment-blocked';

const CONFIGS = '/deviceManagement/deviceEnrollmentConfigurations';

/** The tenant's default platform restriction, as a plain record to patch. */
function defaultRestriction(t: TenantModel): Record<string, unknown> {
  const c = t.intune.deviceEnrollmentConfigurations.find((x) => x.id?.endsWith('_DefaultPlatformRestrictions'));
  if (!c) throw new Error('no default platform restriction');
  return c as unknown as Record<string, unknown>;
}

describeControl(control, {
  pass: {
    'personal devices blocked everywhere': {
      reasonIncludes: 'blocks personally owned devices on every platform.',
      evidence: ['All users and all devices'],
    },
    'a platform blocked outright instead': {
      tenant: (t) => {
        defaultRestriction(t).macOSRestriction = { platformBlocked: true, personalDeviceEnrollmentBlocked: false };
      },
      reasonIncludes: 'every platform.',
    },
  },
  fail: {
    'iOS personal devices allowed': {
      tenant: (t) => {
        defaultRestriction(t).iosRestriction = { platformBlocked: false, personalDeviceEnrollmentBlocked: false };
      },
      reasonIncludes: 'lets personally owned devices enrol on iOS/iPadOS.',
      evidence: ['All users and all devices'],
    },
    'Windows and macOS allowed': {
      tenant: (t) => {
        defaultRestriction(t).windowsRestriction = { platformBlocked: false, personalDeviceEnrollmentBlocked: false };
        defaultRestriction(t).macOSRestriction = { platformBlocked: false, personalDeviceEnrollmentBlocked: false };
      },
      reasonIncludes: 'enrol on Windows, macOS.',
    },
  },
  unknown: {
    '403 names DeviceManagementServiceConfig.Read.All': {
      faults: [forbidden(CONFIGS)],
      reasonIncludes: ['HTTP 403', 'DeviceManagementServiceConfig.Read.All'],
    },
    'restriction field missing': {
      tenant: (t) => {
        delete defaultRestriction(t).androidRestriction;
      },
      reasonIncludes: 'androidRestriction',
    },
    'personalDeviceEnrollmentBlocked null': {
      tenant: (t) => {
        defaultRestriction(t).iosRestriction = { platformBlocked: false, personalDeviceEnrollmentBlocked: null };
      },
      reasonIncludes: 'iosRestriction.personalDeviceEnrollmentBlocked',
    },
    'no default restriction returned': {
      faults: [malformed(CONFIGS, { value: [] })],
      reasonIncludes: 'no default platform restriction',
    },
    '500 on the configurations': {
      faults: [failing(CONFIGS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsIntune(),
});
