import type { UserRegistrationFeatureCount, UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { licences } from './licences';
import { arrayOf, entity, num, object, str, type Need } from './shape';

export type FeatureCount = Need<UserRegistrationFeatureCount, 'feature' | 'userCount'>;
export type RegistrationSummary = Need<UserRegistrationFeatureSummary, 'totalUserCount'> & {
  userRegistrationFeatureCounts: FeatureCount[];
};

/**
 * How many members are registered for each feature (MFA capable, SSPR …): the report's own aggregate,
 * one small answer however large the directory.
 * https://learn.microsoft.com/graph/api/authenticationmethodsroot-usersregisteredbyfeature
 */
export const memberRegistrationSummary = defineSource<RegistrationSummary>({
  id: 'memberRegistrationSummary',
  version: 'v1.0',
  path: "/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all')",
  permission: 'AuditLog.Read.All',
  collection: false,
  licence: licences.entraP1,
  parse: entity<RegistrationSummary>({
    totalUserCount: num,
    userRegistrationFeatureCounts: arrayOf(object<FeatureCount>({ feature: str, userCount: num })),
  }),
});
