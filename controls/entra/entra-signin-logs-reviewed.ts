import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineReviewControl } from '../../lib/engine/verdict/review-control';

export default defineReviewControl({
  id: 'entra-signin-logs-reviewed',
  title: 'Sign-in logs are reviewed every week',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    noBenchmark:
      'A review an admin attests to, not a setting: the original Secure Score listed the weekly sign-in report reviews as [Not Scored] actions, and CIS v7.0 has no review requirement Posture Lens could decide.',
    learn: 'https://learn.microsoft.com/entra/identity/monitoring-health/concept-sign-ins',
  },
  threats: ['Password spray and brute force going unnoticed', 'Sign-ins from stolen sessions or tokens'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Conditional Access blocks what it was written to block; the sign-in logs show what it didn't anticipate: password spray against many accounts, a user signing in from two continents in an hour, a legacy client still getting through. The original Secure Score asked for this review weekly (as a [Not Scored] action) and its users asked for a reminder. Graph can read sign-ins but can't tell whether a person looked at them, so this is an attestation: it earns its points for 7 days after an admin marks it Reviewed, with a note of what they found.",
  remediation: [
    'Open the Entra admin center › Monitoring & health › Sign-in logs and set the date range to the last 7 days.',
    'Filter on Status: Failure and sort by user; look for one account failing many times, or one IP address failing across many accounts.',
    'Look at the locations and client apps of successful sign-ins for ones your organisation doesn’t use (legacy authentication included).',
    'Investigate anything unexplained (reset the password, revoke sessions), then mark the review Reviewed in Posture Lens with a note of what you found.',
  ],
  fixAt: adminPages.entraSignInLogs,
  setTo: { setting: 'Sign-in logs, last 7 days', value: 'Reviewed every week' },
  review: {
    cadence: 'weekly',
    what: 'Failed and interrupted sign-ins (many failures for one account, or one address trying many accounts), sign-ins from countries or apps nobody uses, and legacy-authentication clients.',
  },
});
