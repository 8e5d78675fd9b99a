import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineReviewControl } from '../../lib/engine/verdict/review-control';

export default defineReviewControl({
  id: 'entra-role-changes-reviewed',
  title: 'Admin role changes are reviewed every week',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    noBenchmark:
      "A review an admin attests to, not a setting: the original Secure Score listed 'Review role changes weekly' as a [Not Scored] action, and CIS v7.0 has no review requirement Posture Lens could decide.",
    learn: 'https://learn.microsoft.com/entra/identity/monitoring-health/concept-audit-logs',
  },
  threats: ['Privilege escalation by a compromised or rogue admin', 'Standing admin access granted and forgotten'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "An attacker who gets one admin account adds a role to another account they control, so losing the first doesn't lock them out; a busy colleague grants Global Administrator 'for a day' and forgets it. The audit log records every role change with who made it. The original Secure Score asked for a weekly review of role changes. Graph can read the log, but only a person can say whether a change was expected, so this is an attestation: it earns its points for 7 days after an admin marks it Reviewed, with a note.",
  remediation: [
    'Open the Entra admin center › Monitoring & health › Audit logs and set the date range to the last 7 days.',
    "Filter on Category: RoleManagement and look at each 'Add member to role' and 'Add eligible member to role' entry: who, which role, and who granted it.",
    'Remove any assignment nobody can explain, and ask why it was made.',
    'Then mark the review Reviewed in Posture Lens with a note of what you found.',
  ],
  fixAt: adminPages.entraAuditLogs,
  setTo: {
    setting: 'Audit logs, category Role management, last 7 days',
    value: 'Reviewed every week',
  },
  review: {
    cadence: 'weekly',
    what: "Every role assignment added or removed in the last 7 days (activities 'Add member to role' and 'Add eligible member to role'): who was given which role, by whom, and whether it was expected.",
  },
});
