import type {
  AzureADJoinPolicy,
  DeviceRegistrationPolicy,
  EnumeratedDeviceRegistrationMembership,
  LocalAdminPasswordSettings,
} from '@microsoft/microsoft-graph-types';
import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { defineSource, type SourceDef } from './define-source';
import { bool, count, entity, object, oneOf, optional, str, strings, type Need, type Shape } from './shape';

/** The three kinds of `deviceRegistrationMembership` Graph documents. */
export const Membership = {
  all: '#microsoft.graph.allDeviceRegistrationMembership',
  enumerated: '#microsoft.graph.enumeratedDeviceRegistrationMembership',
  none: '#microsoft.graph.noDeviceRegistrationMembership',
} as const;

/**
 * Who a device-registration setting applies to: everyone, the listed users and groups, or nobody.
 * `deviceRegistrationMembership` is abstract in the typings; `@odata.type` says which one it is.
 */
export type MembershipRef = { '@odata.type': string } & Pick<
  EnumeratedDeviceRegistrationMembership,
  'users' | 'groups'
>;
const membership: Shape<MembershipRef> = {
  '@odata.type': oneOf(Object.values(Membership)),
  users: optional(strings),
  groups: optional(strings),
};

export type JoinPolicy = Need<AzureADJoinPolicy, 'allowedToJoin'> & { allowedToJoin: MembershipRef };
export type LapsSettings = Need<LocalAdminPasswordSettings, 'isEnabled'>;
export type DeviceJoinSettings = Need<DeviceRegistrationPolicy, 'id'> & { azureADJoin: JoinPolicy };
export type DeviceQuotaSettings = Need<DeviceRegistrationPolicy, 'id' | 'userDeviceQuota'>;
export type LapsPolicySettings = Need<DeviceRegistrationPolicy, 'id'> & { localAdminPassword: LapsSettings };

/**
 * The tenant's device settings, `GET /v1.0/policies/deviceRegistrationPolicy`, read by several controls,
 * each through its own narrow parse: the request is made once (sources are de-duplicated by request),
 * and a missing field makes only the controls that read it unknown.
 * https://learn.microsoft.com/graph/api/deviceregistrationpolicy-get
 */
function policySource<T>(shape: Shape<T>): SourceDef<T> {
  return defineSource<T>({
    id: 'deviceRegistrationPolicy',
    version: 'v1.0',
    path: '/policies/deviceRegistrationPolicy',
    permission: 'Policy.Read.DeviceConfiguration',
    collection: false,
    parse: entity<T>(shape),
  });
}

/** Who may join devices to Entra ID. */
export const deviceJoinPolicy = policySource<DeviceJoinSettings>({
  id: str,
  azureADJoin: object<JoinPolicy>({ allowedToJoin: object(membership) }),
});

/** How many devices each user may register or join (Int32; a negative quota is no quota Graph sends). */
export const deviceQuotaPolicy = policySource<DeviceQuotaSettings>({ id: str, userDeviceQuota: count });

/** Whether Windows LAPS passwords may be backed up to Entra ID. */
export const lapsPolicy = policySource<LapsPolicySettings>({
  id: str,
  localAdminPassword: object<LapsSettings>({ isEnabled: bool }),
});

export type LocalAdmins = Need<GraphBeta.LocalAdminSettings, 'enableGlobalAdmins'> & {
  registeringUsers: MembershipRef;
};
export type BetaJoinPolicy = Need<GraphBeta.AzureADJoinPolicy, 'localAdmins'> & { localAdmins: LocalAdmins };
export type JoinLocalAdmins = Need<GraphBeta.DeviceRegistrationPolicy, 'id'> & { azureADJoin: BetaJoinPolicy };

/**
 * The same policy from beta, for who becomes local administrator on Entra-joined devices:
 * `azureADJoin.localAdmins` exists in beta only. https://learn.microsoft.com/graph/api/deviceregistrationpolicy-get?view=graph-rest-beta
 */
export const deviceRegistrationLocalAdmins = defineSource<JoinLocalAdmins>({
  id: 'deviceRegistrationPolicyBeta',
  version: 'beta',
  path: '/policies/deviceRegistrationPolicy',
  permission: 'Policy.Read.DeviceConfiguration',
  collection: false,
  parse: entity<JoinLocalAdmins>({
    id: str,
    azureADJoin: object<BetaJoinPolicy>({
      localAdmins: object<LocalAdmins>({ enableGlobalAdmins: bool, registeringUsers: object(membership) }),
    }),
  }),
});
