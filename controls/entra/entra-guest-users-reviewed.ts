import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineReviewControl } from '../../lib/engine/verdict/review-control';

export default defineReviewControl({
  id: 'entra-guest-users-reviewed',
  title: 'Guest users are reviewed every week',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: {
    noBenchmark:
      'A review an admin attests to, not a setting: CIS Microsoft 365 Foundations v3.1.0 asked for guest users to be reviewed at least every two weeks (1.1.4, dropped by v5.0); weekly meets it. Access reviews (entra-guest-access-reviews-configured) automate it where licensed.',
    learn: 'https://learn.microsoft.com/entra/identity/users/clean-up-stale-guest-accounts',
  },
  threats: [
    'Former partners keeping access to files and Teams',
    'Guest accounts taken over and used to phish from inside',
  ],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Guests are invited for a project and stay long after it ends, keeping access to the Teams, sites and files they were shared; a guest account whose home account is compromised is an insider. CIS Microsoft 365 Foundations v3.1.0 asked for guest users to be reviewed at least every two weeks. Entra access reviews can do this automatically with Entra ID P2 or Governance; without them, it is a person's job. Graph can list guests but not whether each still needs access, so this is an attestation: it earns its points for 7 days after an admin marks it Reviewed, with a note.",
  remediation: [
    'Open the Entra admin center › Users › All users and filter on User type: Guest.',
    'Look at guests added since the last review and at each guest’s last sign-in; remove or block those who no longer need access.',
    'Then mark the review Reviewed in Posture Lens with a note of what you found.',
  ],
  fixAt: adminPages.entraAllUsers,
  setTo: { setting: 'All users, user type Guest', value: 'Reviewed every week' },
  review: {
    cadence: 'weekly',
    what: 'Guest accounts added since the last review and guests who no longer need access (the project ended, no sign-in for months).',
  },
});
