import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { accessReviewDefinitions, type AccessReviewDefinition } from '../../lib/graph/sources/access-reviews';
import { licences } from '../../lib/graph/sources/licences';
import { describePattern, monthlyOrMoreOften, scopeQueries } from '../shared/access-review-schedule';
import { privilegedRoleIds, roleName } from '../../lib/graph/sources/privileged-role-ids';

const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const ROLE_QUERY = /\/roleManagement\/directory\/roleDefinitions\/([0-9a-f-]{36})/i;

/** The privileged roles a review covers, by template id, from its scope's role-definition queries. */
const rolesReviewed = (d: AccessReviewDefinition): string[] =>
  scopeQueries(d.scope)
    .map((q) => ROLE_QUERY.exec(q)?.[1]?.toLowerCase())
    .filter((id): id is string => id !== undefined && (privilegedRoleIds as readonly string[]).includes(id));

const roleList = (ids: readonly string[]): string =>
  ids.length > 3
    ? `${ids.slice(0, 3).map(roleName).join(', ')} and ${ids.length - 3} more`
    : ids.map(roleName).join(', ');

export default defineControl({
  id: 'entra-privileged-role-reviews-configured',
  title: 'Global Administrator holders are reviewed at least monthly',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP2,
  refs: {
    cis: '5.3.3',
    learn:
      'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-create-roles-and-resource-roles-review',
  },
  threats: ['Standing admin access nobody still needs', 'Privilege creep', 'Dormant admin accounts taken over'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'Administrator roles pile up: people change jobs, projects end, and the accounts keep their power until ' +
    'someone takes it away. A recurring access review asks a reviewer to confirm each holder and removes the ' +
    'rest. Follows CIS 5.3.3: an active access review of the Global Administrator role (other privileged roles ' +
    'are named as well) that recurs monthly or more often. A review that recurs less often, or runs once, ' +
    'earns half. CIS also asks for a review length of at most 14 days and auto-applied results; not judged here.',
  remediation: [
    'Open Entra admin center › Identity Governance › Privileged Identity Management › Microsoft Entra roles › Access reviews, and choose New.',
    'Pick the Global Administrator role (and your other privileged roles), with both eligible and active assignments.',
    'Set the frequency to Monthly, choose the reviewers, turn on auto-apply results and removal of denied users, and start the review.',
  ],
  fixAt: adminPages.accessReviews,
  setTo: { setting: 'Access review of the Global Administrator role › Frequency', value: 'Monthly' },
  sources: { reviews: accessReviewDefinitions },
  evaluate: ({ reviews }, v) => {
    const roleReviews = reviews.filter((d) => d.status !== 'Completed' && rolesReviewed(d).length > 0);
    const ev = roleReviews.map((d) =>
      evidence(
        'accessReviewDefinitions',
        d,
        ['status', 'settings.recurrence.pattern.type', 'settings.recurrence.pattern.interval'],
        `Reviews ${roleList(rolesReviewed(d))}.`,
      ),
    );
    const gaReviews = roleReviews.filter((d) => rolesReviewed(d).includes(GLOBAL_ADMIN));
    const frequent = gaReviews.find(monthlyOrMoreOften);
    if (frequent)
      return v.pass(
        `Access review '${frequent.displayName}' reviews ${roleList(rolesReviewed(frequent))} (${describePattern(frequent)}).`,
        ev,
      );
    const rare = gaReviews[0];
    if (rare)
      return v.partial(
        0.5,
        `Access review '${rare.displayName}' reviews Global Administrator, but ${describePattern(rare)} is less often than monthly.`,
        ev,
      );
    const others = roleReviews.length > 0 ? `; ${roleReviews.length} review other privileged roles` : '';
    return v.fail(`None of the ${reviews.length} active access review(s) reviews Global Administrator${others}.`, [
      ...ev,
      evidence(
        'accessReviewDefinitions',
        {},
        [],
        `${reviews.length} definition(s), none scoped to Global Administrator.`,
      ),
    ]);
  },
});
