import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { formsSettings } from '../../lib/graph/sources/forms-settings';

export default defineControl({
  id: 'm365-forms-phishing-protection-enabled',
  title: 'Microsoft Forms scans forms for phishing',
  category: 'apps',
  service: 'm365',
  maxScore: 2,
  refs: {
    secureScore: 'forms_phishing_protection',
    cis: '1.3.5',
    learn: 'https://learn.microsoft.com/microsoft-forms/administrator-settings-microsoft-forms',
  },
  threats: ['Credential phishing hosted on a trusted Microsoft domain'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Attackers build password-harvesting pages in Microsoft Forms because forms.office.com links pass mail ' +
    'filters and look trustworthy. Follows CIS 1.3.5 and Secure Score (forms_phishing_protection): passes when ' +
    'isInOrgFormsPhishingScanEnabled is true in GET /beta/admin/forms/settings (a beta endpoint, global cloud ' +
    'only), so forms asking for passwords are detected and blocked.',
  remediation: [
    'Open Microsoft 365 admin center › Settings › Org settings › Services › Microsoft Forms.',
    "Under 'Phishing protection', tick 'Add internal phishing protection'.",
    'Save.',
  ],
  fixAt: adminPages.m365Forms,
  setTo: { setting: 'Add internal phishing protection', value: 'Selected' },
  onPages: [
    { page: adminPages.m365Forms, labels: ['Add internal phishing protection'] },
    { page: overlayPages.m365OrgSettings, labels: ['Microsoft Forms'] },
  ],
  sources: { forms: formsSettings },
  evaluate: ({ forms }, v) => {
    const ev = [evidence('formsSettings', forms, ['isInOrgFormsPhishingScanEnabled'])];
    return forms.isInOrgFormsPhishingScanEnabled
      ? v.pass('Microsoft Forms internal phishing protection is on.', ev)
      : v.fail('Microsoft Forms internal phishing protection is off.', ev);
  },
});
