import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'purview-dlp-policies-enabled',
  title: 'Data loss prevention policies cover Exchange, SharePoint, OneDrive and Teams',
  category: 'data',
  service: 'purview',
  maxScore: 4,
  refs: {
    secureScore: 'dlp_datalossprevention',
    cis: '3.2.1',
    learn: 'https://learn.microsoft.com/purview/dlp-learn-about-dlp',
  },
  threats: ['Sensitive data sent outside the organisation', 'Regulatory breaches involving card or identity numbers'],
  userImpact: 'moderate',
  implementationCost: 'moderate',

  rationale:
    'DLP policies stop or warn when credit-card, social security or similar numbers leave through mail, files or chat. CIS 3.2.1 and 3.2.2, CISA MS.DEFENDER.4.1v2 and Secure Score (dlp_datalossprevention, mip_DLP_policies_Teams) ask for enabled policies on every workload. DLP policies are read with Security & Compliance PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Purview › Data loss prevention › Policies: create a policy from a financial or privacy template.',
    'Apply it to Exchange, SharePoint, OneDrive and Teams chat and channel messages, and turn it on (not simulation).',
  ],
  fixAt: adminPages.purviewDlpPolicies,
  setTo: {
    setting: 'Choose where to apply the policy',
    value: 'Exchange email, SharePoint sites, OneDrive accounts, and Teams chat and channel messages',
  },
  check: {
    how: 'powershell',
    what: [
      'Get-DlpCompliancePolicy: an enabled policy with Mode Enable covers ExchangeLocation, SharePointLocation and OneDriveLocation (CIS 3.2.1)',
      'A policy with Mode Enable covers TeamsLocation (CIS 3.2.2)',
      'Get-DlpComplianceRule: its rules detect credit card numbers and your national identifiers',
    ],
    command:
      'Get-DlpCompliancePolicy | Format-List Name,Mode,Enabled,ExchangeLocation,SharePointLocation,OneDriveLocation,TeamsLocation',
  },
});
