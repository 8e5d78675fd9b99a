import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineReviewControl } from '../../lib/engine/verdict/review-control';

export default defineReviewControl({
  id: 'entra-app-consents-reviewed',
  title: 'App consents and OAuth permission grants are reviewed every month',
  category: 'apps',
  service: 'entra',
  maxScore: 2,
  refs: {
    noBenchmark:
      "A review an admin attests to, not a setting: Microsoft's guidance on illicit consent grants asks admins to review the permissions apps hold, and CIS v7.0 has no review requirement Posture Lens could decide.",
    learn: 'https://learn.microsoft.com/defender-office-365/detect-and-remediate-illicit-consent-grants',
  },
  threats: ['Illicit consent grants (OAuth phishing)', 'Apps keeping mailbox or file access nobody needs'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Consent phishing gets a user to grant a malicious app access to their mail or files; the app keeps that access through password resets and MFA. Restricting user consent (entra-user-consent-restricted) prevents most new grants; the grants already made stay until someone removes them. Microsoft's guidance on illicit consent grants is to review the permissions apps hold. Graph can list the grants but not whether each is wanted, so this is an attestation: it earns its points for a month after an admin marks it Reviewed, with a note.",
  remediation: [
    'Open the Entra admin center › Enterprise apps › All applications and sort by creation date; open the apps added since the last review.',
    "For each, open Permissions and look at what was granted and who consented; audit logs ('Consent to application') show when.",
    'Revoke permissions or delete apps nobody can explain.',
    'Then mark the review Reviewed in Posture Lens with a note of what you found.',
  ],
  fixAt: adminPages.entraEnterpriseApps,
  setTo: {
    setting: 'Enterprise apps, permissions granted this month',
    value: 'Reviewed every month',
  },
  review: {
    cadence: 'monthly',
    what: 'Enterprise apps given new delegated or application permissions since the last review, who consented, and apps holding mail, file or directory access nobody needs.',
  },
});
