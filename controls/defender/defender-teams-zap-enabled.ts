import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { teamsProtectionPolicy } from '../../lib/graph/sources/services/teams-protection';

// CIS 2.4.4 (v7): ZAP for Teams on. One tenant-wide policy, no rules (its exceptions live on a rule
// CIS doesn't audit). ScubaGear has no Teams ZAP item.
export default defineControl({
  id: 'defender-teams-zap-enabled',
  title: 'Zero-hour auto purge removes malicious Teams messages after delivery',
  category: 'apps',
  service: 'defender',
  maxScore: 2,
  refs: {
    cis: '2.4.4',
    learn:
      'https://learn.microsoft.com/defender-office-365/zero-hour-auto-purge#zero-hour-auto-purge-zap-in-microsoft-teams',
  },
  threats: ['Phishing and malware in Teams chats recognised only after delivery'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP2,
  rationale:
    'ZAP for Teams removes chat and channel messages found to be malware or high-confidence phishing after they were delivered. CIS 2.4.4 asks for it on; it needs Defender for Office 365 Plan 2. Posture Lens reads it from Exchange Online (Get-TeamsProtectionPolicy) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Settings › Email & collaboration › Microsoft Teams protection: turn on zero-hour auto purge.',
  ],
  fixAt: adminPages.defenderTeamsProtection,
  setTo: { setting: 'Zero-hour auto purge (ZAP)', value: 'On' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-TeamsProtectionPolicy: ZapEnabled is True'],
    command: 'Get-TeamsProtectionPolicy | Format-List ZapEnabled',
  },
  onPages: [{ page: adminPages.defenderTeamsProtection, labels: ['Zero-hour auto purge (ZAP)'] }],
  sources: { policy: teamsProtectionPolicy },
  evaluate: ({ policy }, v) => {
    const ev = [evidence(teamsProtectionPolicy.id, policy, ['ZapEnabled'])];
    return policy.ZapEnabled
      ? v.pass(`ZAP for Teams is on ('${policy.Identity}' ZapEnabled is True).`, ev)
      : v.fail(
          `ZAP for Teams is off ('${policy.Identity}' ZapEnabled is False): malicious messages stay in chats.`,
          ev,
        );
  },
});
