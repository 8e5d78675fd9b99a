import type { TenantModel } from '../../test/describe-control';
import { describeControl, failing, forbidden, malformed, needsIntune } from '../../test/describe-control';
import control from './intune-compliance-policies-assigned';

const POLICIES = '/deviceManagement/deviceCompliancePolicies';
const DEVICES = '/deviceManagement/managedDeviceOverview';

const unassign = (t: TenantModel, type: string): void => {
  for (const p of t.intune.deviceCompliancePolicies) if (p['@odata.type'] === type) p.assignments = [];
};

describeControl(control, {
  pass: {
    'every platform has an assigned policy': {
      reasonIncludes: 'Every platform in use (Windows, iOS/iPadOS, Android, macOS) has an assigned compliance policy.',
      evidence: ['Windows - compliance baseline', 'managedDeviceOverview'],
    },
    'a platform without devices needs no policy': {
      tenant: (t) => {
        t.intune.managedDevices = t.intune.managedDevices.filter((d) => d.operatingSystem !== 'macOS');
        unassign(t, '#microsoft.graph.macOSCompliancePolicy');
      },
      reasonIncludes: 'Every platform in use (Windows, iOS/iPadOS, Android)',
    },
  },
  notApplicable: {
    'no managed device on any platform, though policies are assigned': {
      tenant: (t) => {
        t.intune.managedDevices = [];
      },
      reasonIncludes: [
        'No Windows, iOS/iPadOS, Android or macOS device is managed, so no platform needs a policy yet',
        'compliance policies are assigned',
      ],
      evidence: ['managedDeviceOverview'],
    },
  },
  fail: {
    'no policy is assigned': {
      tenant: (t) => {
        for (const p of t.intune.deviceCompliancePolicies) p.assignments = [];
      },
      reasonIncludes: 'No assigned compliance policy covers the',
    },
    'no policies at all': {
      tenant: (t) => {
        t.intune.deviceCompliancePolicies = [];
      },
      reasonIncludes: 'Windows, ',
    },
  },
  partial: {
    'the iOS policy is unassigned': {
      tenant: (t) => unassign(t, '#microsoft.graph.iosCompliancePolicy'),
      reasonIncludes: 'iOS/iPadOS device(s) in use.',
      score: 3.75,
      evidence: ['iOS - compliance baseline'],
    },
  },
  unknown: {
    '403 on policies names DeviceManagementConfiguration.Read.All': {
      faults: [forbidden(POLICIES)],
      reasonIncludes: ['HTTP 403', 'DeviceManagementConfiguration.Read.All'],
    },
    '403 on devices names DeviceManagementManagedDevices.Read.All': {
      faults: [forbidden(DEVICES)],
      reasonIncludes: ['HTTP 403', 'DeviceManagementManagedDevices.Read.All'],
    },
    'assignments missing': {
      faults: [
        malformed(POLICIES, {
          value: [{ id: 'p1', displayName: 'Windows', '@odata.type': '#microsoft.graph.windows10CompliancePolicy' }],
        }),
      ],
      reasonIncludes: "'value[0].assignments' (missing)",
    },
    'a platform count missing from the overview': {
      faults: [
        malformed(DEVICES, {
          id: 'managedDeviceOverview',
          deviceOperatingSystemSummary: { windowsCount: 3, androidCount: 0, macOSCount: 0 },
        }),
      ],
      reasonIncludes: "'deviceOperatingSystemSummary.iosCount' (missing)",
    },
    'a negative platform count is malformed, not more coverage (fuzz class 2)': {
      faults: [
        malformed(DEVICES, {
          id: 'managedDeviceOverview',
          deviceOperatingSystemSummary: { windowsCount: 3, iosCount: 0, androidCount: 0, macOSCount: -1e300 },
        }),
      ],
      reasonIncludes:
        "'deviceOperatingSystemSummary.macOSCount' (expected a whole number from 0 to 2147483647, got -1e+300)",
    },
    '500 on devices': {
      faults: [failing(DEVICES, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsIntune(),
});
