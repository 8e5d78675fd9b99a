import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { spoInfectedFiles } from '../../lib/graph/sources/services/spo-tenant';

// CIS 7.3.1. Read live from SharePoint Online when the tenant turns that service on (issue 17);
// otherwise the check by hand below stands.
export default defineControl({
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
    'When SharePoint or OneDrive detects malware in a file, people can still download it unless downloads of infected files are disallowed. CIS 7.3.1 asks for DisallowInfectedFileDownload. Graph does not expose it: Posture Lens reads it from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: ['Run in SharePoint Online PowerShell: Set-SPOTenant -DisallowInfectedFileDownload $true.'],
  fixAt: adminPages.spoSettings,
  setTo: { setting: 'Set-SPOTenant -DisallowInfectedFileDownload', value: '$true' },
  manualCheck: {
    how: 'powershell',
    what: ['DisallowInfectedFileDownload is True'],
    command: 'Get-SPOTenant | Format-List DisallowInfectedFileDownload',
  },
  sources: { spo: spoInfectedFiles },
  evaluate: ({ spo }, v) => {
    const ev = [evidence('spoTenant', spo, ['DisallowInfectedFileDownload'])];
    return spo.DisallowInfectedFileDownload
      ? v.pass('Files the malware scan flags cannot be downloaded.', ev)
      : v.fail('Files the malware scan flags can still be downloaded from SharePoint and OneDrive.', ev);
  },
});
