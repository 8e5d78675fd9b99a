import type { UserRegistrationFeatureCount, UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { licences } from './licences';
import { arrayOf, count, entity, object, str, type Need } from './shape';

export type FeatureCount = Need<UserRegistrationFeatureCount, 'feature' | 'userCount'>;
export type RegistrationSummary = Need<UserRegistrationFeatureSummary, 'totalUserCount'> & {
  userRegistrationFeatureCounts: FeatureCount[];
};

const summary = entity<RegistrationSummary>({
  totalUserCount: count.int64,
  userRegistrationFeatureCounts: arrayOf(object<FeatureCount>({ feature: str, userCount: count.int64 })),
});

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
  parse: (body) => {
    const parsed = summary(body);
    if (!parsed.ok) return parsed;
    // A feature can't have more registered members than the report counts in all (Int64 both).
    const counts = parsed.value.userRegistrationFeatureCounts;
    const over = counts.findIndex((c) => c.userCount > parsed.value.totalUserCount);
    return over < 0
      ? parsed
      : {
          ok: false,
          path: `userRegistrationFeatureCounts[${over}].userCount`,
          problem: `${counts[over]!.userCount} members, more than the report's totalUserCount of ${parsed.value.totalUserCount}`,
        };
  },
});
