import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { spoB2BIntegration } from '../../lib/graph/sources/services/spo-tenant';

// CIS 7.2.2: SharePoint and OneDrive integration with Entra B2B is on, so people shared with outside
// the organisation become Entra guests under its policies instead of SharePoint-only accounts.
export default defineControl({
  id: 'spo-b2b-integration-enabled',
  title: 'SharePoint and OneDrive invite guests through Entra B2B',
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: {
    cis: '7.2.2',
    learn: 'https://learn.microsoft.com/sharepoint/sharepoint-azureb2b-integration',
  },
  threats: ['Guests outside Conditional Access and access reviews', 'Stale guest access to files'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Without the Entra B2B integration, people shared with by a one-time code live only in SharePoint: Conditional Access, guest access reviews and Entra's guest settings never see them. CIS 7.2.2 asks for the integration on, so every outside recipient becomes an Entra guest governed like the others. Graph does not expose it: Posture Lens reads it from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.",
  remediation: ['Run in SharePoint Online PowerShell: Set-SPOTenant -EnableAzureADB2BIntegration $true.'],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'Set-SPOTenant -EnableAzureADB2BIntegration', value: '$true' },
  manualCheck: {
    how: 'powershell',
    what: ['EnableAzureADB2BIntegration is True'],
    command: 'Get-SPOTenant | Format-List EnableAzureADB2BIntegration',
  },
  sources: { spo: spoB2BIntegration },
  evaluate: ({ spo }, v) => {
    const ev = [evidence('spoTenant', spo, ['EnableAzureADB2BIntegration'])];
    return spo.EnableAzureADB2BIntegration
      ? v.pass('People shared with outside the organisation become Entra guests (B2B integration is on).', ev)
      : v.fail('SharePoint and OneDrive share outside Entra B2B: those recipients escape Entra guest policies.', ev);
  },
});
