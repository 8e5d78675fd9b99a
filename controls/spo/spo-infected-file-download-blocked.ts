import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'spo-infected-file-download-blocked',
  title: 'Files found infected cannot be downloaded from SharePoint or OneDrive',
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: { cis: '7.3.1', learn: 'https://learn.microsoft.com/powershell/module/sharepoint-online/set-spotenant' },
  threats: ['Malware spreading through shared files'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    "When SharePoint or OneDrive detects malware in a file, people can still download it unless downloads of infected files are disallowed. CIS 7.3.1 asks for DisallowInfectedFileDownload. This stays a check by hand because no read-only API serves it: Graph's sharepointSettings has no DisallowInfectedFileDownload, and the setting is only in the SharePoint Online Management Shell (Get-SPOTenant), which calls the SharePoint admin site's client API (CSOM ProcessQuery, a POST that also carries writes) as Microsoft's own shell client with a SharePoint token for full control of every site: no read-only permission exists for it, so Posture Lens doesn't call it.",
  remediation: ['Run in SharePoint Online PowerShell: Set-SPOTenant -DisallowInfectedFileDownload $true.'],
  fixAt: adminPages.spoSettings,
  setTo: { setting: 'Set-SPOTenant -DisallowInfectedFileDownload', value: '$true' },
  check: {
    how: 'powershell',
    what: ['DisallowInfectedFileDownload is True'],
    command: 'Get-SPOTenant | Format-List DisallowInfectedFileDownload',
  },
});
