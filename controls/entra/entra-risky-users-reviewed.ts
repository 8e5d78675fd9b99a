import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineReviewControl } from '../../lib/engine/verdict/review-control';

export default defineReviewControl({
  id: 'entra-risky-users-reviewed',
  title: 'Risky users and risky sign-ins are reviewed every week',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    noBenchmark:
      "A review an admin attests to, not a setting: Microsoft's Identity Protection guidance asks admins to investigate and remediate risky users and sign-ins regularly, and CIS v7.0 has no review requirement Posture Lens could decide.",
    learn: 'https://learn.microsoft.com/entra/id-protection/howto-identity-protection-investigate-risk',
  },
  threats: ['Compromised accounts left active', 'Leaked credentials used before anyone notices'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Identity Protection flags users whose credentials leaked and sign-ins that look like an attacker's. A risk policy remediates some of them automatically; the rest stay 'at risk' until an admin confirms the compromise or dismisses it, and Microsoft's guidance is to investigate them promptly. Without Entra ID P2 the reports show less detail, but they still list the risky users. Graph can read the reports but not whether a person acted on them, so this is an attestation: it earns its points for 7 days after an admin marks it Reviewed, with a note.",
  remediation: [
    'Open the Entra admin center › ID Protection › Risky users and filter on Risk state: At risk.',
    'For each user, open the risky sign-ins and detections; confirm the compromise (reset the password, revoke sessions) or dismiss the risk with a reason.',
    'Check Risky sign-ins for the last 7 days the same way.',
    'Then mark the review Reviewed in Posture Lens with a note of what you found and did.',
  ],
  fixAt: adminPages.entraRiskyUsers,
  setTo: {
    setting: 'Risky users and risky sign-ins, last 7 days',
    value: 'Reviewed every week',
  },
  review: {
    cadence: 'weekly',
    what: 'Users flagged at risk that are still at risk, and risky sign-ins (unfamiliar properties, anonymous IP addresses, leaked credentials) that no policy remediated.',
  },
});
