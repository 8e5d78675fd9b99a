import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineReviewControl } from '../../lib/engine/verdict/review-control';

export default defineReviewControl({
  id: 'email-forwarding-rules-reviewed',
  title: 'Mail forwarding to outside addresses is reviewed every week',
  category: 'data',
  service: 'email',
  maxScore: 3,
  refs: {
    noBenchmark:
      "A review an admin attests to, not a setting: the original Secure Score listed 'Review mailbox forwarding rules weekly' as a [Not Scored] action, and CIS v7.0 has no review requirement Posture Lens could decide.",
    learn: 'https://learn.microsoft.com/exchange/monitoring/mail-flow-reports/mfr-auto-forwarded-messages-report',
  },
  threats: ['Business email compromise', 'Data exfiltration through inbox rules'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "The first thing an attacker does in a compromised mailbox is add an inbox rule that forwards mail to an outside address, so they keep reading after the password is reset. Blocking external forwarding (email-external-forwarding-blocked) stops most of it; the Exchange admin center's auto-forwarded messages report shows what still leaves. The original Secure Score asked for a weekly review of forwarding rules. Graph can't tell whether a person looked, so this is an attestation: it earns its points for 7 days after an admin marks it Reviewed, with a note.",
  remediation: [
    'Open the Exchange admin center › Reports › Mail flow › Auto forwarded messages report for the last 7 days.',
    'For each mailbox forwarding outside, check the destination is expected; remove the inbox rule or forwarding address that isn’t, and treat the mailbox as compromised.',
    'Then mark the review Reviewed in Posture Lens with a note of what you found.',
  ],
  fixAt: adminPages.exchangeAutoForwardReport,
  setTo: {
    setting: 'Auto forwarded messages report, last 7 days',
    value: 'Reviewed every week',
  },
  review: {
    cadence: 'weekly',
    what: 'Messages auto-forwarded outside the organisation in the last 7 days, by mailbox and destination: inbox rules and mailbox forwarding nobody asked for.',
  },
});
