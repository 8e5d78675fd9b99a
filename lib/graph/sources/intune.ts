import type {
  DeviceCompliancePolicy,
  DeviceCompliancePolicyAssignment,
  DeviceManagementSettings,
  DeviceOperatingSystemSummary,
  ManagedDeviceOverview,
} from '@microsoft/microsoft-graph-types';
import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { defineSource } from './define-source';
import { licences } from './licences';
import { arrayOf, bool, collection, count, entity, nullable, object, optional, str, type Need } from './shape';

export type IntuneSettings = Need<DeviceManagementSettings, 'secureByDefault'>;

/**
 * Intune's tenant-wide compliance settings. `secureByDefault` is "Mark devices with no compliance
 * policy assigned as": true is Not compliant. https://learn.microsoft.com/graph/api/resources/intune-deviceconfig-devicemanagementsettings
 */
export const intuneSettings = defineSource<IntuneSettings>({
  id: 'deviceManagementSettings',
  version: 'v1.0',
  path: '/deviceManagement/settings',
  permission: 'DeviceManagementConfiguration.Read.All',
  collection: false,
  licence: licences.intune,
  parse: entity<IntuneSettings>({ secureByDefault: bool }),
});

export type PlatformRestriction = Need<
  GraphBeta.DeviceEnrollmentPlatformRestriction,
  'platformBlocked' | 'personalDeviceEnrollmentBlocked'
>;
const restriction = optional(
  object<PlatformRestriction>({ platformBlocked: bool, personalDeviceEnrollmentBlocked: bool }),
);

/** The platform fields CIS 4.2 reads, in the order the admin center shows them. */
export const restrictionPlatforms = {
  windowsRestriction: 'Windows',
  iosRestriction: 'iOS/iPadOS',
  androidRestriction: 'Android device administrator',
  androidForWorkRestriction: 'Android Enterprise (work profile)',
  macOSRestriction: 'macOS',
} as const;
export type RestrictionField = keyof typeof restrictionPlatforms;

export type EnrollmentConfiguration = Need<GraphBeta.DeviceEnrollmentConfiguration, 'id' | 'priority'> & {
  '@odata.type': string;
  displayName?: string | null;
} & Pick<GraphBeta.DeviceEnrollmentPlatformRestrictionsConfiguration, RestrictionField>;

/**
 * Enrolment configurations (device limits, platform restrictions, Windows Hello, ESP), from beta as
 * CIS 4.2 reads them. The platform fields exist only on platform-restriction configurations, so they
 * are optional here and the evaluator checks them on the one it judges.
 * https://learn.microsoft.com/graph/api/intune-onboarding-deviceenrollmentconfiguration-list?view=graph-rest-beta
 */
export const enrollmentConfigurations = defineSource<EnrollmentConfiguration[]>({
  id: 'deviceEnrollmentConfigurations',
  version: 'beta',
  path: '/deviceManagement/deviceEnrollmentConfigurations',
  permission: 'DeviceManagementServiceConfig.Read.All',
  collection: true,
  licence: licences.intune,
  parse: collection<EnrollmentConfiguration>({
    id: str,
    priority: count,
    '@odata.type': str,
    displayName: optional(nullable(str)),
    windowsRestriction: restriction,
    iosRestriction: restriction,
    androidRestriction: restriction,
    androidForWorkRestriction: restriction,
    macOSRestriction: restriction,
  }),
});

export type ComplianceAssignment = Need<DeviceCompliancePolicyAssignment, 'id'>;
export type CompliancePolicy = Need<DeviceCompliancePolicy, 'id' | 'displayName'> & {
  '@odata.type': string;
  assignments: ComplianceAssignment[];
};

/**
 * Device compliance policies with their assignments; `@odata.type` names the platform
 * (`#microsoft.graph.windows10CompliancePolicy`, …). https://learn.microsoft.com/graph/api/intune-deviceconfig-devicecompliancepolicy-list
 */
export const compliancePolicies = defineSource<CompliancePolicy[]>({
  id: 'deviceCompliancePolicies',
  version: 'v1.0',
  path: '/deviceManagement/deviceCompliancePolicies',
  query: { $expand: 'assignments' },
  permission: 'DeviceManagementConfiguration.Read.All',
  collection: true,
  licence: licences.intune,
  parse: collection<CompliancePolicy>({
    id: str,
    displayName: str,
    '@odata.type': str,
    assignments: arrayOf(object<ComplianceAssignment>({ id: str })),
  }),
});

export type OsCounts = Need<DeviceOperatingSystemSummary, 'windowsCount' | 'iosCount' | 'androidCount' | 'macOSCount'>;
export type DeviceOverview = Need<ManagedDeviceOverview, 'id'> & { deviceOperatingSystemSummary: OsCounts };

/**
 * How many managed devices run each operating system: Intune's own overview, one request for any
 * fleet, instead of paging through every device.
 * https://learn.microsoft.com/graph/api/intune-devices-manageddeviceoverview-get
 */
export const managedDeviceOverview = defineSource<DeviceOverview>({
  id: 'managedDeviceOverview',
  version: 'v1.0',
  path: '/deviceManagement/managedDeviceOverview',
  permission: 'DeviceManagementManagedDevices.Read.All',
  collection: false,
  licence: licences.intune,
  parse: entity<DeviceOverview>({
    id: str,
    deviceOperatingSystemSummary: object<OsCounts>({
      windowsCount: count,
      iosCount: count,
      androidCount: count,
      macOSCount: count,
    }),
  }),
});
