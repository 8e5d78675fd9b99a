import { Licences } from '../licences';
import { stableGuid } from '../seeded-random';
import { collection, defineRoute, entity, entityOrNotFound, param, sameId } from './route-def';
import type { Expander, LicenceGate } from './route-def';

const CONFIGURATION = ['DeviceManagementConfiguration.Read.All'];
const SERVICE_CONFIG = ['DeviceManagementServiceConfig.Read.All', 'DeviceManagementConfiguration.Read.All'];
const MANAGED_DEVICES = ['DeviceManagementManagedDevices.Read.All'];
const ANY_INTUNE_READ = [
  'DeviceManagementConfiguration.Read.All',
  'DeviceManagementServiceConfig.Read.All',
  'DeviceManagementManagedDevices.Read.All',
  'DeviceManagementApps.Read.All',
  'DeviceManagementRBAC.Read.All',
];

/**
 * Tenants without an Intune licence. We answer 403 as the project's spec asks; public reports show
 * Graph answering 400 BadRequest with this same message, so clients should treat both as "not licensed".
 */
const INTUNE_LICENCE: LicenceGate = {
  licence: Licences.intune,
  status: 403,
  code: 'Forbidden',
  message: 'Request not applicable to target tenant.',
};

const INTUNE_PAGE = { size: 1000, max: 1000 } as const;

const assignments: Expander = (item) => (item as { assignments?: unknown[] | null }).assignments ?? [];

export const intuneRoutes = [
  defineRoute({
    // Prowler reads `GET /deviceManagement?$select=settings` (graph-sources.md D-01).
    path: '/deviceManagement',
    resource: 'deviceManagement',
    permissions: ANY_INTUNE_READ,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement',
    resolve: ({ tenant }) =>
      entity({
        id: stableGuid('deviceManagement', tenant.organization.id ?? tenant.name),
        subscriptionState: 'active',
        settings: tenant.intune.settings,
      }),
  }),
  defineRoute({
    path: '/deviceManagement/settings',
    resource: 'deviceManagementSettings',
    permissions: CONFIGURATION,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/settings',
    resolve: ({ tenant }) => entity(tenant.intune.settings),
  }),
  defineRoute({
    path: '/deviceManagement/deviceCompliancePolicies',
    resource: 'deviceCompliancePolicy',
    permissions: CONFIGURATION,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/deviceCompliancePolicies',
    page: INTUNE_PAGE,
    filter: {
      properties: ['id', 'displayName', 'createdDateTime', 'lastModifiedDateTime'],
      functions: ['isof', 'startswith'],
    },
    navigation: ['assignments'],
    expand: { assignments },
    resolve: ({ tenant }) => collection(tenant.intune.deviceCompliancePolicies),
  }),
  defineRoute({
    path: '/deviceManagement/deviceCompliancePolicies/{id}',
    resource: 'deviceCompliancePolicy',
    permissions: CONFIGURATION,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/deviceCompliancePolicies/$entity',
    navigation: ['assignments'],
    expand: { assignments },
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.intune.deviceCompliancePolicies.find((p) => sameId(p.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/deviceManagement/deviceCompliancePolicies/{id}/assignments',
    resource: 'deviceCompliancePolicyAssignment',
    permissions: CONFIGURATION,
    licence: INTUNE_LICENCE,
    context: "deviceManagement/deviceCompliancePolicies('{id}')/assignments",
    resolve: (ctx) => {
      const policy = ctx.tenant.intune.deviceCompliancePolicies.find((p) => sameId(p.id, param(ctx, 'id')));
      return policy ? collection(policy.assignments ?? []) : { kind: 'notFound', id: param(ctx, 'id') };
    },
  }),
  defineRoute({
    path: '/deviceManagement/managedDevices',
    resource: 'managedDevice',
    permissions: MANAGED_DEVICES,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/managedDevices',
    page: INTUNE_PAGE,
    count: true,
    filter: {
      properties: [
        'id',
        'operatingSystem',
        'complianceState',
        'managementAgent',
        'managedDeviceOwnerType',
        'deviceName',
        'userPrincipalName',
        'lastSyncDateTime',
        'isEncrypted',
      ],
    },
    orderBy: ['deviceName', 'lastSyncDateTime'],
    resolve: ({ tenant }) => collection(tenant.intune.managedDevices),
  }),
  defineRoute({
    // The overview Intune keeps: device counts by operating system, one small answer for any fleet.
    path: '/deviceManagement/managedDeviceOverview',
    resource: 'managedDeviceOverview',
    permissions: MANAGED_DEVICES,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/managedDeviceOverview/$entity',
    resolve: ({ tenant }) => {
      const os = tenant.intune.managedDevices.map((d) => (d.operatingSystem ?? '').toLowerCase());
      const count = (match: (o: string) => boolean) => os.filter(match).length;
      const windows = count((o) => o.startsWith('windows'));
      const ios = count((o) => o === 'ios' || o === 'ipados');
      const android = count((o) => o.startsWith('android'));
      const macOS = count((o) => o === 'macos');
      return entity({
        id: 'managedDeviceOverview',
        enrolledDeviceCount: os.length,
        mdmEnrolledCount: os.length,
        dualEnrolledDeviceCount: 0,
        deviceOperatingSystemSummary: {
          windowsCount: windows,
          windowsMobileCount: 0,
          iosCount: ios,
          androidCount: android,
          macOSCount: macOS,
          unknownCount: os.length - windows - ios - android - macOS,
        },
      });
    },
  }),
  defineRoute({
    path: '/deviceManagement/managedDevices/{id}',
    resource: 'managedDevice',
    permissions: MANAGED_DEVICES,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/managedDevices/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.intune.managedDevices.find((d) => sameId(d.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    // CIS reads this from beta (graph-sources.md D-02); v1.0 has the same collection.
    path: '/deviceManagement/deviceEnrollmentConfigurations',
    resource: 'deviceEnrollmentConfiguration',
    permissions: SERVICE_CONFIG,
    licence: INTUNE_LICENCE,
    context: 'deviceManagement/deviceEnrollmentConfigurations',
    page: INTUNE_PAGE,
    filter: {
      properties: ['id', 'displayName', 'priority', 'deviceEnrollmentConfigurationType'],
      functions: ['isof', 'startswith'],
    },
    navigation: ['assignments'],
    expand: { assignments },
    resolve: ({ tenant }) => collection(tenant.intune.deviceEnrollmentConfigurations),
  }),
];
