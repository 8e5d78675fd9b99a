import { adminPages } from '../../lib/engine/admin-pages';
import { defineControl } from '../../lib/engine/control';
import { evidence } from '../../lib/engine/evidence';
import { accessReviewDefinitions, type AccessReviewDefinition } from '../../lib/graph/sources/access-reviews';
import { licences } from '../../lib/graph/sources/licences';

const GUEST_FILTER = /userType\s+eq\s+'guest'/i;

/** Every `query` string anywhere in a review's scope (query scopes, principal and resource scopes). */
function queries(scope: unknown): string[] {
  if (Array.isArray(scope)) return scope.flatMap(queries);
  if (typeof scope !== 'object' || scope === null) return [];
  return Object.entries(scope).flatMap(([k, v]) => (k === 'query' && typeof v === 'string' ? [v] : queries(v)));
}

const reviewsGuests = (d: AccessReviewDefinition): boolean => queries(d.scope).some((q) => GUEST_FILTER.test(q));

/** CIS 5.3.2: monthly or more often. */
function monthlyOrMoreOften(d: AccessReviewDefinition): boolean {
  const p = d.settings.recurrence?.pattern;
  if (!p) return false;
  if (p.type === 'daily') return p.interval <= 31;
  if (p.type === 'weekly') return p.interval <= 4;
  if (p.type === 'absoluteMonthly' || p.type === 'relativeMonthly') return p.interval <= 1;
  return false;
}

const describePattern = (d: AccessReviewDefinition): string => {
  const p = d.settings.recurrence?.pattern;
  return p ? `${p.type} every ${p.interval}` : 'one-time';
};

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
