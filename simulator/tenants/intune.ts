import type * as Graph from '@microsoft/microsoft-graph-types';
import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { stableGuid } from '../seeded-random';
import type { Random } from '../seeded-random';
import { typed } from '../tenant-model';
import type { IntuneModel, Typed } from '../tenant-model';

export type CompliancePlatform = 'windows10' | 'ios' | 'android' | 'androidWorkProfile' | 'macOS';

const COMPLIANCE_TYPES: Readonly<Record<CompliancePlatform, string>> = {
  windows10: '#microsoft.graph.windows10CompliancePolicy',
  ios: '#microsoft.graph.iosCompliancePolicy',
  android: '#microsoft.graph.androidCompliancePolicy',
  androidWorkProfile: '#microsoft.graph.androidWorkProfileCompliancePolicy',
  macOS: '#microsoft.graph.macOSCompliancePolicy',
};

/** Who a policy is assigned to: all devices, all users, one group, or nobody (an unassigned policy). */
export type AssignmentTarget =
  | { readonly kind: 'allDevices' }
  | { readonly kind: 'allUsers' }
  | { readonly kind: 'group'; readonly groupId: string }
  | null;

function assignment(policyId: string, target: Exclude<AssignmentTarget, null>): Graph.DeviceCompliancePolicyAssignment {
  const t =
    target.kind === 'allDevices'
      ? typed<Graph.DeviceAndAppManagementAssignmentTarget>('#microsoft.graph.allDevicesAssignmentTarget', {})
      : target.kind === 'allUsers'
        ? typed<Graph.DeviceAndAppManagementAssignmentTarget>('#microsoft.graph.allLicensedUsersAssignmentTarget', {})
        : typed<Graph.GroupAssignmentTarget>('#microsoft.graph.groupAssignmentTarget', { groupId: target.groupId });
  return { id: `${policyId}_${target.kind}`, target: t };
}

/** A compliance policy with its `assignments` inline (served on `$expand=assignments`). */
export function compliancePolicy(
  tenantKey: string,
  platform: CompliancePlatform,
  displayName: string,
  target: AssignmentTarget,
  created: string,
): Typed<Graph.DeviceCompliancePolicy> {
  const id = stableGuid(tenantKey, 'compliance', displayName);
  const base = {
    id,
    displayName,
    description: null,
    createdDateTime: created,
    lastModifiedDateTime: created,
    version: 3,
    assignments: target ? [assignment(id, target)] : [],
  };
  switch (platform) {
    case 'windows10':
      return typed<Graph.Windows10CompliancePolicy>(COMPLIANCE_TYPES.windows10, {
        ...base,
        bitLockerEnabled: true,
        secureBootEnabled: true,
        codeIntegrityEnabled: true,
        storageRequireEncryption: true,
        passwordRequired: true,
        passwordMinimumLength: 8,
        osMinimumVersion: '10.0.19045',
      });
    case 'ios':
      return typed<Graph.IosCompliancePolicy>(COMPLIANCE_TYPES.ios, {
        ...base,
        passcodeRequired: true,
        passcodeMinimumLength: 6,
        securityBlockJailbrokenDevices: true,
        osMinimumVersion: '17.0',
      });
    case 'android':
    case 'androidWorkProfile':
    case 'macOS':
      return typed<Graph.DeviceCompliancePolicy>(COMPLIANCE_TYPES[platform], base);
  }
}

const OS_MODELS: Readonly<
  Record<
    string,
    { readonly os: string; readonly version: string; readonly manufacturer: string; readonly model: string }
  >
> = {
  windows: { os: 'Windows', version: '10.0.22631.4460', manufacturer: 'Dell Inc.', model: 'Latitude 7440' },
  ios: { os: 'iOS', version: '18.1', manufacturer: 'Apple', model: 'iPhone 15' },
  android: { os: 'Android', version: '14', manufacturer: 'samsung', model: 'SM-S921B' },
  macOS: { os: 'macOS', version: '15.1', manufacturer: 'Apple', model: 'MacBook Air' },
};

export interface DeviceOwner {
  readonly id?: string | null;
  readonly displayName?: string | null;
  readonly userPrincipalName?: string | null;
}

/** One Intune-managed device of `owner`; `compliant` decides complianceState. */
export function managedDevice(
  tenantKey: string,
  owner: DeviceOwner,
  index: number,
  platform: 'windows' | 'ios' | 'android' | 'macOS',
  complianceState: Graph.ComplianceState,
  enrolledDateTime: string,
  lastSyncDateTime: string,
): Graph.ManagedDevice {
  const m = OS_MODELS[platform] ?? { os: 'Windows', version: '10.0', manufacturer: 'Unknown', model: 'Unknown' };
  const upn = owner.userPrincipalName ?? '';
  const prefix =
    platform === 'windows' ? 'CTS-LT' : platform === 'macOS' ? 'CTS-MB' : platform === 'ios' ? 'iPhone' : 'Android';
  return {
    id: stableGuid(tenantKey, 'device', upn, String(index)),
    deviceName: `${prefix}-${(upn.split('@')[0] ?? 'device').slice(0, 8).toUpperCase()}${index}`,
    managedDeviceOwnerType: platform === 'windows' || platform === 'macOS' ? 'company' : 'personal',
    enrolledDateTime,
    lastSyncDateTime,
    operatingSystem: m.os,
    osVersion: m.version,
    complianceState,
    jailBroken: 'False',
    managementAgent: 'mdm',
    azureADRegistered: true,
    azureADDeviceId: stableGuid(tenantKey, 'aadDevice', upn, String(index)),
    deviceEnrollmentType: platform === 'windows' ? 'windowsAzureADJoin' : 'userEnrollment',
    emailAddress: upn,
    userId: owner.id ?? null,
    userPrincipalName: upn,
    userDisplayName: owner.displayName ?? null,
    manufacturer: m.manufacturer,
    model: m.model,
    isEncrypted: complianceState === 'compliant',
    isSupervised: false,
    serialNumber: stableGuid(tenantKey, 'serial', upn, String(index)).replace(/-/g, '').slice(0, 12).toUpperCase(),
  };
}

export interface PlatformBlocks {
  readonly windows: boolean;
  readonly ios: boolean;
  readonly android: boolean;
  readonly androidForWork: boolean;
  readonly macOS: boolean;
}

function restriction(personalDeviceEnrollmentBlocked: boolean): GraphBeta.DeviceEnrollmentPlatformRestriction {
  return {
    platformBlocked: false,
    personalDeviceEnrollmentBlocked,
    osMinimumVersion: null,
    osMaximumVersion: null,
    blockedManufacturers: [],
    blockedSkus: [],
  };
}

/**
 * The default enrolment configurations (`GET /beta/deviceManagement/deviceEnrollmentConfigurations`):
 * the device limit and the platform restrictions CIS 4.2 checks, both priority 0, ids ending `_Default…`.
 */
export function defaultEnrollmentConfigurations(
  tenantId: string,
  blockPersonal: PlatformBlocks,
  created: string,
): Typed<GraphBeta.DeviceEnrollmentConfiguration>[] {
  const allDevices = (id: string): GraphBeta.EnrollmentConfigurationAssignment[] => [
    {
      id: `${id}_allLicensedUsers`,
      source: 'direct',
      sourceId: id,
      target: typed<GraphBeta.DeviceAndAppManagementAssignmentTarget>(
        '#microsoft.graph.allLicensedUsersAssignmentTarget',
        {},
      ),
    },
  ];
  const limitId = `${tenantId}_DefaultLimit`;
  const platformId = `${tenantId}_DefaultPlatformRestrictions`;
  return [
    typed<GraphBeta.DeviceEnrollmentLimitConfiguration>('#microsoft.graph.deviceEnrollmentLimitConfiguration', {
      id: limitId,
      displayName: 'All users and all devices',
      description:
        'This is the default Device Limit Restriction applied with the lowest priority to all users regardless of group membership.',
      priority: 0,
      createdDateTime: created,
      lastModifiedDateTime: created,
      version: 1,
      deviceEnrollmentConfigurationType: 'limit',
      roleScopeTagIds: ['0'],
      limit: 5,
      assignments: allDevices(limitId),
    }),
    typed<GraphBeta.DeviceEnrollmentPlatformRestrictionsConfiguration>(
      '#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration',
      {
        id: platformId,
        displayName: 'All users and all devices',
        description:
          'This is the default Device Type Restriction applied with the lowest priority to all users regardless of group membership.',
        priority: 0,
        createdDateTime: created,
        lastModifiedDateTime: created,
        version: 1,
        deviceEnrollmentConfigurationType: 'platformRestrictions',
        roleScopeTagIds: ['0'],
        windowsRestriction: restriction(blockPersonal.windows),
        windowsHomeSkuRestriction: restriction(blockPersonal.windows),
        windowsMobileRestriction: { ...restriction(true), platformBlocked: true },
        iosRestriction: restriction(blockPersonal.ios),
        androidRestriction: restriction(blockPersonal.android),
        androidForWorkRestriction: restriction(blockPersonal.androidForWork),
        macOSRestriction: restriction(blockPersonal.macOS),
        macRestriction: restriction(blockPersonal.macOS),
        assignments: allDevices(platformId),
      },
    ),
  ];
}

/** Spreads `count` devices over the owners: mostly Windows laptops, then phones and Macs. */
export function devicesFor(
  tenantKey: string,
  owners: readonly DeviceOwner[],
  count: number,
  random: Random,
  noncompliantShare: number,
  enrolled: (daysAgo: number) => string,
): Graph.ManagedDevice[] {
  const platforms = ['windows', 'windows', 'windows', 'ios', 'ios', 'android', 'macOS'] as const;
  const devices: Graph.ManagedDevice[] = [];
  for (let i = 0; i < count && owners.length > 0; i++) {
    const owner = owners[i % owners.length] as DeviceOwner;
    const platform = random.pick(platforms);
    const roll = random.next();
    const state: Graph.ComplianceState =
      roll < noncompliantShare ? 'noncompliant' : roll < noncompliantShare + 0.02 ? 'inGracePeriod' : 'compliant';
    devices.push(
      managedDevice(tenantKey, owner, i, platform, state, enrolled(30 + random.int(700)), enrolled(random.int(6))),
    );
  }
  return devices;
}

export function intuneModel(parts: Omit<IntuneModel, 'settings'> & { readonly secureByDefault: boolean }): IntuneModel {
  const { secureByDefault, ...rest } = parts;
  return {
    settings: { deviceComplianceCheckinThresholdDays: 30, isScheduledActionEnabled: true, secureByDefault },
    ...rest,
  };
}
