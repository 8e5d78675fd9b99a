import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { adminConsentRequestPolicy } from '../../lib/graph/sources/admin-consent-request-policy';

export default defineControl({
  id: 'entra-admin-consent-workflow-enabled',
  title: 'Admin consent requests go to named reviewers',
  category: 'apps',
  service: 'entra',
  maxScore: 2,
  refs: {
    secureScore: 'aad_admin_consent_workflow',
    cis: '5.1.5.2',
    scuba: 'MS.AAD.5.3v1',
    eidsca: 'EIDSCA.CR01',
    learn: 'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-admin-consent-workflow',
  },
  threats: ['Consent phishing', 'Shadow IT'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'With user consent restricted, the admin consent workflow gives people a reviewed way to ask for an app ' +
    'instead of working around the block. Passes when the workflow is on and has at least one reviewer ' +
    '(CIS 5.1.5.2); notifications and reminders are recommended and shown.',
  remediation: [
    'Open Entra admin center › Enterprise apps › Consent and permissions › Admin consent settings.',
    "Set 'Users can request admin consent to apps they are unable to consent to' to Yes.",
    'Add reviewers (users, groups or roles), turn on email notifications and reminders, and save.',
  ],
  fixAt: adminPages.consentAdminSettings,
  setTo: { setting: 'Users can request admin consent to apps they are unable to consent to', value: 'Yes' },
  onPages: [
    {
      page: adminPages.consentAdminSettings,
      labels: ['Users can request admin consent to apps they are unable to consent to'],
    },
  ],
  sources: { policy: adminConsentRequestPolicy },
  evaluate: ({ policy }, v) => {
    const ev = [
      evidence('adminConsentRequestPolicy', policy, ['isEnabled', 'reviewers', 'notifyReviewers', 'remindersEnabled']),
    ];
    if (!policy.isEnabled)
      return v.fail('The admin consent workflow is off: users blocked from consenting have no way to ask.', ev);
    if (policy.reviewers.length === 0)
      return v.fail('The admin consent workflow is on but has no reviewers, so requests go nowhere.', ev);
    const notify = policy.notifyReviewers ? '' : ' Reviewers are not notified by email.';
    return v.pass(`The admin consent workflow is on with ${policy.reviewers.length} reviewer scope(s).${notify}`, ev);
  },
});
