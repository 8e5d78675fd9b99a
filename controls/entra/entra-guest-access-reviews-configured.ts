import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { accessReviewDefinitions, type AccessReviewDefinition } from '../../lib/graph/sources/access-reviews';
import { licences } from '../../lib/graph/sources/licences';
import { describePattern, monthlyOrMoreOften, scopeQueries } from '../shared/access-review-schedule';

const GUEST_FILTER = /userType\s+eq\s+'guest'/i;

const reviewsGuests = (d: AccessReviewDefinition): boolean => scopeQueries(d.scope).some((q) => GUEST_FILTER.test(q));

export default defineControl({
  id: 'entra-guest-access-reviews-configured',
  title: 'Guest access is reviewed at least monthly',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP2,
  refs: {
    cis: '5.3.2',
    learn: 'https://learn.microsoft.com/entra/id-governance/create-access-review',
  },
  threats: ['Stale guest accounts keeping access to files and teams after a project ends'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'Guests are invited for a project and rarely removed when it ends, so their access to teams, sites and ' +
    'apps outlives the need. A recurring access review asks owners or sponsors to confirm each guest and ' +
    "removes the rest. Follows CIS 5.3.2: an active access review whose scope filters on userType eq 'Guest' " +
    'and recurs monthly or more often. A guest review that recurs less often, or runs once, earns half. CIS ' +
    'also asks for a review length of at most 14 days and auto-applied results; not judged here.',
  remediation: [
    'Open Entra admin center › Identity Governance › Access reviews, and choose New access review.',
    'Review Teams + Groups (or all Microsoft 365 groups with guest users) and choose Guest users only.',
    'Set the recurrence to Monthly, pick the reviewers (group owners or managers), turn on auto-apply results and removal of denied users, and create the review.',
  ],
  fixAt: adminPages.accessReviews,
  setTo: { setting: 'Access review of Guest users only › Review recurrence', value: 'Monthly' },
  sources: { reviews: accessReviewDefinitions },
  evaluate: ({ reviews }, v) => {
    const guestReviews = reviews.filter((d) => reviewsGuests(d) && d.status !== 'Completed');
    const ev = guestReviews.map((d) =>
      evidence('accessReviewDefinitions', d, [
        'status',
        'settings.recurrence.pattern.type',
        'settings.recurrence.pattern.interval',
      ]),
    );
    const frequent = guestReviews.find(monthlyOrMoreOften);
    if (frequent)
      return v.pass(`Access review '${frequent.displayName}' reviews guests (${describePattern(frequent)}).`, ev);
    const rare = guestReviews[0];
    if (rare)
      return v.partial(
        0.5,
        `Access review '${rare.displayName}' reviews guests, but ${describePattern(rare)} is less often than monthly.`,
        ev,
      );
    return v.fail(`None of the ${reviews.length} active access review(s) is scoped to guest users.`, [
      evidence(
        'accessReviewDefinitions',
        {},
        [],
        `${reviews.length} definition(s), none filtering on userType eq 'Guest'.`,
      ),
    ]);
  },
});
