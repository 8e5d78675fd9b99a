import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { atpPolicyForO365 } from '../../lib/graph/sources/services/safe-attachments';

// CIS 2.1.5 and CISA MS.DEFENDER.3.1v1 agree: EnableATPForSPOTeamsODB True. One tenant-wide switch, no
// rules: it protects every site, OneDrive and team.
export default defineControl({
  id: 'defender-safe-attachments-collaboration-enabled',
  title: 'Safe Attachments scans files in SharePoint, OneDrive and Teams',
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    secureScore: 'mdo_atpprotection',
    cis: '2.1.5',
    scuba: 'MS.DEFENDER.3.1v1',
    learn: 'https://learn.microsoft.com/defender-office-365/safe-attachments-for-spo-odfb-teams-about',
  },
  threats: ['Malware shared through SharePoint, OneDrive and Teams'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP1,
  rationale:
    'Files shared in SharePoint, OneDrive and Teams never pass the mail filters; Safe Attachments for them blocks a file found malicious so nobody can open, copy or share it. CIS 2.1.5, CISA MS.DEFENDER.3.1v1 and Secure Score (mdo_atpprotection) ask for it on; it is off until an admin turns it on. It needs Defender for Office 365 Plan 1. Posture Lens reads the switch from Exchange Online (Get-AtpPolicyForO365) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Safe Attachments › Global settings: turn on "Turn on Defender for Office 365 for SharePoint, OneDrive, and Microsoft Teams".',
  ],
  fixAt: adminPages.defenderSafeAttachments,
  setTo: { setting: 'Turn on Defender for Office 365 for SharePoint, OneDrive, and Microsoft Teams', value: 'On' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-AtpPolicyForO365: EnableATPForSPOTeamsODB is True'],
    command: 'Get-AtpPolicyForO365 | Format-List EnableATPForSPOTeamsODB',
  },
  // The Global settings switch in its Defender and older ATP wording, and the toolbar button that opens it.
  onPages: [
    {
      page: adminPages.defenderSafeAttachments,
      labels: [
        'Turn on Defender for Office 365 for SharePoint, OneDrive, and Microsoft Teams',
        'Turn on ATP for SharePoint, OneDrive, and Microsoft Teams',
        'Global settings',
      ],
    },
  ],
  sources: { atp: atpPolicyForO365 },
  evaluate: ({ atp }, v) => {
    const ev = [evidence(atpPolicyForO365.id, atp, ['EnableATPForSPOTeamsODB'])];
    return atp.EnableATPForSPOTeamsODB
      ? v.pass('Safe Attachments scans files in SharePoint, OneDrive and Teams (EnableATPForSPOTeamsODB is True).', ev)
      : v.fail('Safe Attachments does not scan SharePoint, OneDrive or Teams (EnableATPForSPOTeamsODB is False).', ev);
  },
});
