import type * as Graph from '@microsoft/microsoft-graph-types';
import type { TenantModel } from '../../test/describe-control';
import {
  accessReviewNamed,
  accessReviewUnknowns,
  describeControl,
  malformed,
  needsEntraP2,
  quarterlyReview,
} from '../../test/describe-control';
import control from './entra-guest-access-reviews-configured';

const DEFINITIONS = '/identityGovernance/accessReviews/definitions';
const REVIEW = 'Monthly review of guest access';
const guestReview = (t: TenantModel): Graph.AccessReviewScheduleDefinition => accessReviewNamed(t, REVIEW);

describeControl(control, {
  pass: {
    'a monthly guest review': {
      reasonIncludes: `Access review '${REVIEW}' reviews guests (absoluteMonthly every 1).`,
      evidence: [REVIEW],
    },
    'a weekly guest review of a group': {
      tenant: (t) => {
        const d = guestReview(t);
        d.scope = {
          '@odata.type': '#microsoft.graph.accessReviewQueryScope',
          query: "/groups/abc/transitiveMembers/microsoft.graph.user/?$count=true&$filter=(userType eq 'Guest')",
          queryType: 'MicrosoftGraph',
        };
        d.settings!.recurrence!.pattern!.type = 'weekly';
      },
      reasonIncludes: '(weekly every 1).',
    },
  },
  fail: {
    'no guest review': {
      tenant: (t) => {
        t.accessReviewDefinitions = t.accessReviewDefinitions.filter((d) => d !== guestReview(t));
      },
      reasonIncludes: 'None of the 1 active access review(s) is scoped to guest users.',
    },
    'the guest review has completed': {
      tenant: (t) => {
        guestReview(t).status = 'Completed';
      },
      reasonIncludes: 'is scoped to guest users.',
    },
  },
  partial: {
    ...quarterlyReview(REVIEW, 'a quarterly guest review'),
    'a one-time guest review': {
      tenant: (t) => {
        guestReview(t).settings!.recurrence = null;
      },
      reasonIncludes: 'one-time is less often than monthly.',
    },
  },
  unknown: {
    ...accessReviewUnknowns(),
    'a recurrence interval of -1 is malformed, not a review more often than monthly': {
      tenant: (t) => {
        guestReview(t).settings!.recurrence!.pattern!.interval = -1;
      },
      reasonIncludes:
        "'value[0].settings.recurrence.pattern.interval' (expected a whole number from 1 to 2147483647, got -1)",
    },
    'scope missing': {
      tenant: (t) => {
        delete guestReview(t).scope;
      },
      reasonIncludes: "'value[0].scope' (missing)",
    },
    'recurrence pattern malformed': {
      faults: [
        malformed(DEFINITIONS, {
          value: [
            {
              id: 'r',
              displayName: 'r',
              status: 'InProgress',
              scope: {},
              settings: { recurrence: { pattern: { type: 'weekly' } } },
            },
          ],
        }),
      ],
      reasonIncludes: "'value[0].settings.recurrence.pattern.interval' (missing)",
    },
  },
  notLicensed: needsEntraP2(),
});
