import type {
  AuthenticationStrengthPolicy,
  ConditionalAccessApplications,
  ConditionalAccessConditionSet,
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
  nullable,
  object,
  oneOf,
  optional,
  str,
  strings,
  type Need,
  type Shape,
} from './shape';

export type CaUsers = Need<
  ConditionalAccessUsers,
  'includeUsers' | 'excludeUsers' | 'includeGroups' | 'excludeGroups' | 'includeRoles' | 'excludeRoles'
> &
  Pick<ConditionalAccessUsers, 'excludeGuestsOrExternalUsers'>;
export type CaApplications = Need<ConditionalAccessApplications, 'includeApplications' | 'excludeApplications'> &
  Pick<ConditionalAccessApplications, 'includeUserActions' | 'applicationFilter'>;
export type CaConditions = Need<ConditionalAccessConditionSet, 'clientAppTypes'> & {
  users: CaUsers;
  applications: CaApplications;
} & Pick<
    ConditionalAccessConditionSet,
    | 'userRiskLevels'
    | 'signInRiskLevels'
    | 'authenticationFlows'
    | 'locations'
    | 'platforms'
    | 'devices'
    | 'insiderRiskLevels'
  >;
export type CaStrength = Need<AuthenticationStrengthPolicy, 'id'> &
  Pick<AuthenticationStrengthPolicy, 'displayName' | 'allowedCombinations'>;
export type CaGrant = Need<ConditionalAccessGrantControls, 'builtInControls'> &
  Pick<ConditionalAccessGrantControls, 'operator'> & { authenticationStrength?: CaStrength | null };
export type CaPolicy = Need<ConditionalAccessPolicy, 'id' | 'displayName' | 'state'> & {
  conditions: CaConditions;
  grantControls: CaGrant | null;
  sessionControls?: ConditionalAccessSessionControls | null;
};

const users: Shape<CaUsers> = {
  includeUsers: strings,
  excludeUsers: strings,
  includeGroups: strings,
  excludeGroups: strings,
  includeRoles: strings,
  excludeRoles: strings,
  excludeGuestsOrExternalUsers: anything,
};
const riskLevels = optional(arrayOf(oneOf(['low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue'])));

const policy: Shape<CaPolicy> = {
  id: str,
  displayName: str,
  state: oneOf(['enabled', 'disabled', 'enabledForReportingButNotEnforced']),
  conditions: object<CaConditions>({
    clientAppTypes: strings,
    users: object(users),
    applications: object<CaApplications>({
      includeApplications: strings,
      excludeApplications: strings,
      includeUserActions: optional(strings),
      applicationFilter: anything,
    }),
    userRiskLevels: riskLevels,
    signInRiskLevels: riskLevels,
    authenticationFlows: anything,
    locations: anything,
    platforms: anything,
    devices: anything,
    insiderRiskLevels: anything,
  }),
  grantControls: nullable(
    object<CaGrant>({
      builtInControls: strings,
      operator: optional(str),
      authenticationStrength: optional(
        object<CaStrength>({ id: str, displayName: optional(str), allowedCombinations: optional(strings) }),
      ),
    }),
  ),
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
