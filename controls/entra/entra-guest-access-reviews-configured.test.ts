import type { TenantModel } from '../../test/describe-control';
import { describeControl, failing, forbidden, malformed, withoutServicePlans } from '../../test/describe-control';
import control from './entra-guest-access-reviews-configured';

const DEFINITIONS = '/identityGovernance/accessReviews/definitions';

function guestReview(t: TenantModel): NonNullable<TenantModel['accessReviewDefinitions']>[number] {
  const d = t.accessReviewDefinitions.find((x) => x.displayName === 'Monthly review of guest access');
  if (!d) throw new Error('no guest review');
  return d;
}

describeControl(control, {
  pass: {
    'a monthly guest review': {
      reasonIncludes: "Access review 'Monthly review of guest access' reviews guests (absoluteMonthly every 1).",
      evidence: ['Monthly review of guest access'],
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
    'a quarterly guest review': {
      tenant: (t) => {
        guestReview(t).settings!.recurrence!.pattern!.interval = 3;
      },
      reasonIncludes: 'absoluteMonthly every 3 is less often than monthly.',
      score: 1.5,
    },
    'a one-time guest review': {
      tenant: (t) => {
        guestReview(t).settings!.recurrence = null;
      },
      reasonIncludes: 'one-time is less often than monthly.',
    },
  },
  unknown: {
    '403 names AccessReview.Read.All': {
      faults: [forbidden(DEFINITIONS)],
      reasonIncludes: ['HTTP 403', 'AccessReview.Read.All'],
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
    '500 on the definitions': {
      faults: [failing(DEFINITIONS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: {
    'no Entra ID P2': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM_P2'),
    },
  },
});
