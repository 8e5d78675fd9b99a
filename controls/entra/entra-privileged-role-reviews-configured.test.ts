import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import type { TenantModel } from '../../test/describe-control';
import {
  accessReviewNamed,
  accessReviewUnknowns,
  describeControl,
  malformed,
  needsEntraP2,
  quarterlyReview,
} from '../../test/describe-control';
import control from './entra-privileged-role-reviews-configured';

const DEFINITIONS = '/identityGovernance/accessReviews/definitions';
const REVIEW = 'Monthly review of privileged roles';
const GA = '62e90394-69f5-4237-9190-012177145e10';

const roleReview = (t: TenantModel): Graph.AccessReviewScheduleDefinition => accessReviewNamed(t, REVIEW);
/** The review's role scopes, by role template id. */
const reviewRoles = (t: TenantModel, ...ids: string[]): void => {
  (roleReview(t).scope as Graph.PrincipalResourceMembershipsScope).resourceScopes = ids.map((id) => ({
    '@odata.type': '#microsoft.graph.accessReviewQueryScope',
    query: `/roleManagement/directory/roleDefinitions/${id}`,
    queryType: 'MicrosoftGraph',
  }));
};

describeControl(control, {
  pass: {
    'a monthly review of Global Administrator and Privileged Role Administrator': {
      reasonIncludes: `Access review '${REVIEW}' reviews Global Administrator, Privileged Role Administrator (absoluteMonthly every 1).`,
      evidence: [REVIEW],
      check: (r) =>
        expect(r.evidence.find((e) => e.displayName === REVIEW)?.note).toBe(
          'Reviews Global Administrator, Privileged Role Administrator.',
        ),
    },
    'a weekly review of Global Administrator alone': {
      tenant: (t) => {
        reviewRoles(t, GA);
        roleReview(t).settings!.recurrence!.pattern!.type = 'weekly';
      },
      reasonIncludes: '(weekly every 1).',
    },
  },
  partial: quarterlyReview(REVIEW),
  fail: {
    'no review of privileged roles': {
      tenant: (t) => {
        t.accessReviewDefinitions = t.accessReviewDefinitions.filter((d) => d.displayName !== REVIEW);
      },
      reasonIncludes: 'None of the 1 active access review(s) reviews Global Administrator.',
    },
    'a review of Exchange Administrator only leaves Global Administrator unreviewed': {
      tenant: (t) => reviewRoles(t, '29232cdf-9323-42fd-ade2-1d097af3e4de'),
      reasonIncludes: 'reviews Global Administrator; 1 review other privileged roles.',
      evidence: [REVIEW],
    },
    'the review has completed': {
      tenant: (t) => {
        roleReview(t).status = 'Completed';
      },
      reasonIncludes: 'reviews Global Administrator.',
    },
  },
  unknown: {
    ...accessReviewUnknowns(),
    'scope missing': {
      faults: [malformed(DEFINITIONS, { value: [{ id: 'r', displayName: 'r', status: 'InProgress', settings: {} }] })],
      reasonIncludes: "'value[0].scope' (missing)",
    },
  },
  notLicensed: needsEntraP2(),
});
