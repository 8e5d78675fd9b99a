import type * as Graph from '@microsoft/microsoft-graph-types';
import { RoleTemplates } from '../built-in-roles';
import { stableGuid } from '../seeded-random';
import { typed } from '../tenant-model';
import { hardenedE5Ids, KEY, PRIMARY } from './hardened-e5-ids';

/** Monthly guest review and privileged-role review, ≤14 days, auto-applied (CIS 5.3.2 / 5.3.3). */
export function accessReviews(
  tenantId: string,
  created: (daysAgo: number) => string,
): Graph.AccessReviewScheduleDefinition[] {
  const settings = (): Graph.AccessReviewScheduleSettings => ({
    mailNotificationsEnabled: true,
    reminderNotificationsEnabled: true,
    justificationRequiredOnApproval: true,
    defaultDecisionEnabled: true,
    defaultDecision: 'Deny',
    instanceDurationInDays: 14,
    autoApplyDecisionsEnabled: true,
    recommendationsEnabled: true,
    decisionHistoriesForReviewersEnabled: false,
    recurrence: {
      pattern: {
        type: 'absoluteMonthly',
        interval: 1,
        dayOfMonth: 1,
        daysOfWeek: [],
        firstDayOfWeek: 'sunday',
        index: 'first',
        month: 0,
      },
      range: {
        type: 'noEnd',
        startDate: created(400).slice(0, 10),
        endDate: '9999-12-31',
        numberOfOccurrences: 0,
        recurrenceTimeZone: null,
      },
    },
    applyActions: [typed<Graph.AccessReviewApplyAction>('#microsoft.graph.removeAccessApplyAction', {})],
  });
  const reviewers = [
    {
      query: `/groups/${hardenedE5Ids.pimApproversGroup}/transitiveMembers`,
      queryType: 'MicrosoftGraph',
      queryRoot: null,
    },
  ];
  return [
    {
      id: stableGuid(KEY, 'accessReview', 'guests'),
      displayName: 'Monthly review of guest access',
      descriptionForAdmins: 'Guests keep access only when their sponsor confirms it.',
      descriptionForReviewers: 'Confirm each guest still needs access.',
      status: 'InProgress',
      createdDateTime: created(400),
      lastModifiedDateTime: created(30),
      createdBy: {
        id: hardenedE5Ids.eligibleGlobalAdmin,
        displayName: 'Alex Chen (admin)',
        userPrincipalName: `adm-alex.chen@${PRIMARY}`,
      },
      scope: typed<Graph.AccessReviewQueryScope>('#microsoft.graph.accessReviewQueryScope', {
        query: "/users?$filter=(userType eq 'Guest')",
        queryType: 'MicrosoftGraph',
        queryRoot: null,
      }),
      reviewers,
      fallbackReviewers: [],
      settings: settings(),
    },
    {
      id: stableGuid(KEY, 'accessReview', 'globalAdmins'),
      displayName: 'Monthly review of privileged roles',
      descriptionForAdmins: 'Eligible and active privileged role holders are reviewed every month.',
      descriptionForReviewers: 'Confirm each person still needs the role.',
      status: 'InProgress',
      createdDateTime: created(380),
      lastModifiedDateTime: created(30),
      createdBy: {
        id: hardenedE5Ids.eligibleGlobalAdmin,
        displayName: 'Alex Chen (admin)',
        userPrincipalName: `adm-alex.chen@${PRIMARY}`,
      },
      scope: typed<Graph.PrincipalResourceMembershipsScope>('#microsoft.graph.principalResourceMembershipsScope', {
        principalScopes: [
          typed<Graph.AccessReviewQueryScope>('#microsoft.graph.accessReviewQueryScope', {
            query: '/users',
            queryType: 'MicrosoftGraph',
            queryRoot: null,
          }),
        ],
        resourceScopes: [
          typed<Graph.AccessReviewQueryScope>('#microsoft.graph.accessReviewQueryScope', {
            query: `/roleManagement/directory/roleDefinitions/${RoleTemplates.globalAdministrator}`,
            queryType: 'MicrosoftGraph',
            queryRoot: null,
          }),
          typed<Graph.AccessReviewQueryScope>('#microsoft.graph.accessReviewQueryScope', {
            query: `/roleManagement/directory/roleDefinitions/${RoleTemplates.privilegedRoleAdministrator}`,
            queryType: 'MicrosoftGraph',
            queryRoot: null,
          }),
        ],
      }),
      reviewers,
      fallbackReviewers: [],
      settings: settings(),
    },
  ];
}
