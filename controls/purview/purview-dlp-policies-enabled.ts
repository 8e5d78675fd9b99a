import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { complianceDlpPolicies, type DlpPolicy } from '../../lib/graph/sources/services/compliance-dlp-policy';

// A workload is covered by an enforced policy (Enabled, Mode Enable) with `All` in its location, as
// ScubaGear's Defender Rego decides DLP coverage; a policy in test mode or scoped to some sites or
// mailboxes doesn't count. CIS 3.2.1 (Exchange, SharePoint, OneDrive) and 3.2.2 (Teams).
const WORKLOADS: ReadonlyArray<readonly [keyof DlpPolicy, string]> = [
  ['ExchangeLocation', 'Exchange'],
  ['SharePointLocation', 'SharePoint'],
  ['OneDriveLocation', 'OneDrive'],
  ['TeamsLocation', 'Teams'],
];

const enforced = (p: DlpPolicy) => p.Enabled && p.Mode === 'Enable';
const covers = (p: DlpPolicy, location: keyof DlpPolicy) =>
  enforced(p) && (p[location] as readonly string[]).some((l) => l.toLowerCase() === 'all');

export default defineControl({
  id: 'purview-dlp-policies-enabled',
  title: 'Data loss prevention policies cover Exchange, SharePoint, OneDrive and Teams',
  category: 'data',
  service: 'purview',
  maxScore: 4,
  refs: {
    secureScore: 'dlp_datalossprevention',
    cis: '3.2.1, 3.2.2',
    learn: 'https://learn.microsoft.com/purview/dlp-learn-about-dlp',
  },
  threats: ['Sensitive data sent outside the organisation', 'Regulatory breaches involving card or identity numbers'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  licence: licences.dataLossPrevention,
  rationale:
    'DLP policies stop or warn when credit-card, social security or similar numbers leave through mail, files or chat. CIS 3.2.1 and 3.2.2 and Secure Score (dlp_datalossprevention) ask for enforced policies on Exchange, SharePoint, OneDrive and Teams; a policy in simulation (test) mode only reports. Microsoft Graph does not expose DLP policies: Posture Lens reads them from Security & Compliance (Get-DlpCompliancePolicy) when that service is on for the tenant, and otherwise shows what to check. Which sensitive information types the rules detect (CISA MS.DEFENDER.4.1v2) is not judged here.',
  remediation: [
    'Microsoft Purview › Data loss prevention › Policies: create a policy from a financial or privacy template.',
    'Apply it to Exchange, SharePoint, OneDrive and Teams chat and channel messages, and turn it on (not simulation).',
  ],
  fixAt: adminPages.purviewDlpPolicies,
  setTo: {
    setting: 'Choose where to apply the policy',
    value: 'Exchange email, SharePoint sites, OneDrive accounts, and Teams chat and channel messages',
  },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-DlpCompliancePolicy: an enabled policy with Mode Enable covers ExchangeLocation, SharePointLocation and OneDriveLocation with All (CIS 3.2.1)',
      'A policy with Mode Enable covers TeamsLocation with All (CIS 3.2.2)',
    ],
    command:
      'Get-DlpCompliancePolicy | Format-List Name,Mode,Enabled,ExchangeLocation,SharePointLocation,OneDriveLocation,TeamsLocation',
  },
  sources: { policies: complianceDlpPolicies },
  evaluate: ({ policies }, v) => {
    const fields = ['Mode', 'Enabled', ...WORKLOADS.map(([l]) => l)];
    const none = evidence(
      'complianceDlpPolicies',
      { policies: 0 },
      ['policies'],
      'Get-DlpCompliancePolicy returned no policy.',
    );
    const ev = policies.length ? policies.map((p) => evidence('complianceDlpPolicies', p, fields)) : [none];
    const missing = WORKLOADS.filter(([l]) => !policies.some((p) => covers(p, l))).map(([, name]) => name);
    if (missing.length === 0)
      return v.pass('Enforced DLP policies cover Exchange, SharePoint, OneDrive and Teams.', ev);
    const testing = policies.filter((p) => p.Enabled && p.Mode.startsWith('Test')).map((p) => p.Name);
    const inTest = testing.length ? ` (in test mode only: ${testing.join(', ')})` : '';
    return policies.length === 0
      ? v.fail('No DLP policy exists: sensitive data can leave by mail, files and chat unchecked.', ev)
      : v.fail(`No enforced DLP policy covers all of ${missing.join(', ')}${inTest}.`, ev);
  },
});
