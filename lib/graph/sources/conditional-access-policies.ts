import type {
  AuthenticationStrengthPolicy,
  ConditionalAccessApplications,
  ConditionalAccessAuthenticationFlows,
  ConditionalAccessConditionSet,
  ConditionalAccessDevices,
  ConditionalAccessFilter,
  ConditionalAccessLocations,
  ConditionalAccessPlatforms,
  ConditionalAccessGrantControls,
  ConditionalAccessPolicy,
  ConditionalAccessSessionControls,
  ConditionalAccessUsers,
} from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import {
  anything,
  arrayOf,
  collection,
  graphEnum,
  graphFlags,
  nullable,
  object,
  oneOf,
  optional,
  present,
  str,
  strings,
  type Need,
  type Shape,
} from './shape';

/** A guest/external-user condition: which kinds of guests, from which tenants. */
export interface CaGuests {
  guestOrExternalUserTypes: string;
  externalTenants: unknown;
}
export type CaUsers = Need<
  ConditionalAccessUsers,
  'includeUsers' | 'excludeUsers' | 'includeGroups' | 'excludeGroups' | 'includeRoles' | 'excludeRoles'
> & { excludeGuestsOrExternalUsers: CaGuests | null };
export type CaFilter = Need<ConditionalAccessFilter, 'mode' | 'rule'>;
export type CaApplications = Need<ConditionalAccessApplications, 'includeApplications' | 'excludeApplications'> & {
  includeUserActions?: string[] | null;
  applicationFilter: CaFilter | null;
};
export type CaLocations = Need<ConditionalAccessLocations, 'includeLocations' | 'excludeLocations'>;
export type CaPlatforms = Need<ConditionalAccessPlatforms, 'includePlatforms' | 'excludePlatforms'>;
export type CaDevices = { [K in keyof Pick<ConditionalAccessDevices, 'deviceFilter'>]-?: CaFilter | null };
export type CaFlows = Need<ConditionalAccessAuthenticationFlows, 'transferMethods'>;
export type CaConditions = Need<
  ConditionalAccessConditionSet,
  'clientAppTypes' | 'userRiskLevels' | 'signInRiskLevels'
> & {
  users: CaUsers;
  applications: CaApplications;
  locations: CaLocations | null;
  platforms: CaPlatforms | null;
  devices: CaDevices | null;
  authenticationFlows?: CaFlows | null;
  insiderRiskLevels?: ConditionalAccessConditionSet['insiderRiskLevels'];
};
export type CaStrength = Need<AuthenticationStrengthPolicy, 'id'> &
  Pick<AuthenticationStrengthPolicy, 'displayName' | 'allowedCombinations'>;
export type CaGrant = Need<ConditionalAccessGrantControls, 'builtInControls'> &
  Pick<ConditionalAccessGrantControls, 'operator'> & { authenticationStrength?: CaStrength | null };
export type CaPolicy = Need<ConditionalAccessPolicy, 'id' | 'displayName' | 'state'> & {
  conditions: CaConditions;
  grantControls: CaGrant | null;
  sessionControls?: ConditionalAccessSessionControls | null;
};

// Every field below decides some control's verdict, so each is checked to its documented type and enum
// (https://learn.microsoft.com/graph/api/resources/conditionalaccessconditionset). Keys Graph always
// sends, as null when unset (users.excludeGuestsOrExternalUsers, applications.applicationFilter, locations,
// platforms, devices), use `present`: an answer without them is not the documented one, and reading
// "absent" as "no condition" would widen a policy the tenant narrowed. authenticationFlows and
// insiderRiskLevels are newer and may be left out; when sent they are checked all the same.
const filter = object<CaFilter>({ mode: graphEnum(['include', 'exclude']), rule: str });
const users: Shape<CaUsers> = {
  includeUsers: strings,
  excludeUsers: strings,
  includeGroups: strings,
  excludeGroups: strings,
  includeRoles: strings,
  excludeRoles: strings,
  excludeGuestsOrExternalUsers: present(
    object<CaGuests>({
      guestOrExternalUserTypes: graphFlags([
        'none',
        'internalGuest',
        'b2bCollaborationGuest',
        'b2bCollaborationMember',
        'b2bDirectConnectUser',
        'otherExternalUser',
        'serviceProvider',
      ]),
      externalTenants: anything,
    }),
  ),
};
const riskLevels = arrayOf(graphEnum(['low', 'medium', 'high', 'hidden', 'none']));
const platformList = arrayOf(graphEnum(['android', 'iOS', 'windows', 'windowsPhone', 'macOS', 'linux', 'all']));

const policy: Shape<CaPolicy> = {
  id: str,
  displayName: str,
  state: oneOf(['enabled', 'disabled', 'enabledForReportingButNotEnforced']),
  conditions: object<CaConditions>({
    clientAppTypes: arrayOf(
      graphEnum(['all', 'browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'easSupported', 'other']),
    ),
    users: object(users),
    applications: object<CaApplications>({
      includeApplications: strings,
      excludeApplications: strings,
      includeUserActions: optional(strings),
      applicationFilter: present(filter),
    }),
    userRiskLevels: riskLevels,
    signInRiskLevels: riskLevels,
    locations: present(object<CaLocations>({ includeLocations: strings, excludeLocations: strings })),
    platforms: present(object<CaPlatforms>({ includePlatforms: platformList, excludePlatforms: platformList })),
    devices: present(
      object<CaDevices>({
        deviceFilter: present(filter),
      }),
    ),
    authenticationFlows: optional(
      object<CaFlows>({ transferMethods: graphFlags(['none', 'deviceCodeFlow', 'authenticationTransfer']) }),
    ),
    insiderRiskLevels: optional(graphFlags(['minor', 'moderate', 'elevated'])),
  }),
  grantControls: nullable(
    object<CaGrant>({
      builtInControls: arrayOf(
        graphEnum([
          'block',
          'mfa',
          'compliantDevice',
          'domainJoinedDevice',
          'approvedApplication',
          'compliantApplication',
          'passwordChange',
          'riskRemediation',
        ]),
      ),
      // "AND" or "OR"; with a single control Graph still sends one of them.
      operator: present(oneOf(['AND', 'OR'])),
      authenticationStrength: optional(
        object<CaStrength>({ id: str, displayName: optional(str), allowedCombinations: optional(strings) }),
      ),
    }),
  ),
  // Read only by the session controls, which check the parts they read (entra-admin-session-limited,
  // entra-intune-enrollment-reauth-required); no other verdict depends on it.
  sessionControls: anything,
};

/** https://learn.microsoft.com/graph/api/conditionalaccessroot-list-policies */
export const conditionalAccessPolicies = defineSource<CaPolicy[]>({
  id: 'conditionalAccessPolicies',
  version: 'v1.0',
  path: '/identity/conditionalAccess/policies',
  permission: 'Policy.Read.All',
  collection: true,
  parse: collection(policy),
});
