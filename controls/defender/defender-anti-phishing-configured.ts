import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';
import { licences } from '../../lib/graph/sources/licences';

export default defineManualControl({
  id: 'defender-anti-phishing-configured',
  title: 'Anti-phishing protects against user and domain impersonation',
  category: 'apps',
  service: 'defender',
  maxScore: 5,
  refs: {
    secureScore: 'mdo_antiphishingpolicies',
    cis: '2.1.7',
    learn: 'https://learn.microsoft.com/defender-office-365/anti-phishing-policies-about',
  },
  threats: ['Executive impersonation', 'Lookalike-domain phishing', 'Business email compromise'],
  userImpact: 'low',
  implementationCost: 'moderate',
  licence: licences.defenderOfficeP1,
  rationale:
    'Impersonation protection catches mail that pretends to come from your executives or your domains (lookalike names and domains), which spoofing checks alone miss. CIS 2.1.7, CISA MS.DEFENDER.2.1v1–2.3v1 and Secure Score (mdo_antiphishingpolicies, mdo_enabledomainstoprotect, mdo_targetedusersprotection, mdo_mailboxintelligenceprotection) ask for it with quarantine actions and a phishing threshold of 2 or more. It needs Defender for Office 365 Plan 1; Graph does not expose these policies.',
  remediation: [
    'Microsoft Defender › Policies › Anti-phishing: edit or create a policy for all recipients.',
    'Add priority users and your domains to impersonation protection, turn on mailbox intelligence and its protection, set the phishing threshold to 2 (Aggressive) or more, and quarantine impersonated mail.',
  ],
  fixAt: adminPages.defenderAntiPhishing,
  setTo: { setting: 'Phishing email threshold', value: '2 - Aggressive or higher' },
  check: {
    how: 'powershell',
    what: [
      'Get-AntiPhishPolicy: an enabled policy for all recipients has PhishThresholdLevel 2 or more',
      'EnableTargetedUserProtection, EnableOrganizationDomainsProtection, EnableMailboxIntelligence and EnableMailboxIntelligenceProtection are True',
      'TargetedUserProtectionAction, TargetedDomainProtectionAction and MailboxIntelligenceProtectionAction are Quarantine',
    ],
    command:
      'Get-AntiPhishPolicy | Format-List Name,Enabled,PhishThresholdLevel,EnableTargetedUserProtection,EnableOrganizationDomainsProtection,EnableMailboxIntelligence,EnableMailboxIntelligenceProtection,TargetedUserProtectionAction,TargetedDomainProtectionAction,MailboxIntelligenceProtectionAction',
  },
  // The details flyout's wording, its pre-2023 wording, and the default policy's row on the list.
  onPages: [
    {
      page: adminPages.defenderAntiPhishing,
      labels: ['Phishing email threshold', 'Advanced phishing thresholds', 'Office365 AntiPhish Default (Default)'],
    },
  ],
});
