import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';
import { licences } from '../../lib/graph/sources/licences';

export default defineManualControl({
  id: 'defender-safe-attachments-enabled',
  title: 'Safe Attachments blocks malicious files in mail, SharePoint, OneDrive and Teams',
  category: 'apps',
  service: 'defender',
  maxScore: 6,
  refs: {
    secureScore: 'mdo_safeattachmentpolicy',
    cis: '2.1.4',
    learn: 'https://learn.microsoft.com/defender-office-365/safe-attachments-about',
  },
  threats: ['Zero-day malware in attachments', 'Malware shared through SharePoint, OneDrive and Teams'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP1,
  rationale:
    'Safe Attachments opens attachments in a sandbox before delivery and blocks those that turn out malicious, including files no signature knows yet. CIS 2.1.4 and 2.1.5, CISA MS.DEFENDER.3.1v1 and Secure Score (mdo_safeattachmentpolicy, mdo_safeattachments, mdo_atpprotection) ask for a blocking policy for all recipients and protection for SharePoint, OneDrive and Teams. It needs Defender for Office 365 Plan 1; Graph does not expose these policies, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Safe Attachments: create a policy for all recipients with the action Block (or apply the Standard preset).',
    'Safe Attachments › Global settings: turn on Defender for Office 365 for SharePoint, OneDrive and Microsoft Teams.',
  ],
  fixAt: adminPages.defenderSafeAttachments,
  setTo: { setting: 'Safe Attachments unknown malware response', value: 'Block' },
  check: {
    how: 'powershell',
    what: [
      'Get-SafeAttachmentPolicy: an enabled policy for all recipients has Enable True and Action Block (CIS 2.1.4)',
      'Get-AtpPolicyForO365: EnableATPForSPOTeamsODB is True (CIS 2.1.5)',
      'Get-AtpPolicyForO365: EnableSafeDocs is True and AllowSafeDocsOpen is False (Secure Score mdo_safedocuments, E5)',
    ],
    command:
      'Get-SafeAttachmentPolicy | Format-List Name,Enable,Action; Get-AtpPolicyForO365 | Format-List EnableATPForSPOTeamsODB,EnableSafeDocs,AllowSafeDocsOpen',
  },
  // A policy's response, the Global settings switch in its Defender and its older ATP wording, the toolbar.
  onPages: [
    {
      page: adminPages.defenderSafeAttachments,
      labels: [
        'Safe Attachments unknown malware response',
        'Turn on Defender for Office 365 for SharePoint, OneDrive, and Microsoft Teams',
        'Turn on ATP for SharePoint, OneDrive, and Microsoft Teams',
        'Global settings',
      ],
    },
  ],
});
