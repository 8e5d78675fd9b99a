import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { complianceLabelPolicies, type LabelPolicy } from '../../lib/graph/sources/services/compliance-label-policy';

// CIS 3.3.1: labels published through a label policy. Published to everyone means `All` in the
// policy's ExchangeLocation (users and groups), as the Purview portal's "All users and groups" writes it.
const publishesToAll = (p: LabelPolicy) =>
  p.Enabled && p.Labels.length > 0 && p.ExchangeLocation.some((l) => l.toLowerCase() === 'all');

export default defineControl({
  id: 'purview-sensitivity-labels-published',
  title: 'Sensitivity labels are published to users',
  category: 'data',
  service: 'purview',
  maxScore: 3,
  refs: {
    secureScore: 'mip_sensitivitylabelspolicies',
    cis: '3.3.1',
    learn: 'https://learn.microsoft.com/purview/create-sensitivity-labels',
  },
  threats: ['Unclassified sensitive documents shared freely', 'Loss of protection when files leave the tenant'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  licence: licences.sensitivityLabels,
  rationale:
    'Sensitivity labels classify and can encrypt documents and mail, so protection travels with the file. CIS 3.3.1 and Secure Score (mip_sensitivitylabelspolicies) ask for labels published through a label policy. Microsoft Graph does not expose label policies: Posture Lens reads them from Security & Compliance (Get-LabelPolicy) when that service is on for the tenant, and otherwise shows what to check. A policy published only to some users and groups is named but does not pass. Auto-labelling policies (mip_autosensitivitylabelspolicies) are not judged here.',
  remediation: [
    'Microsoft Purview › Information protection › Labels: create labels (for example Public, General, Confidential).',
    'Information protection › Label publishing policies: publish them to all users.',
  ],
  fixAt: adminPages.purviewLabelPolicies,
  setTo: { setting: 'Publish to users and groups', value: 'All users and groups' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-LabelPolicy: at least one enabled policy publishes labels to all users (ExchangeLocation All)'],
    command: 'Get-LabelPolicy | Format-List Name,Enabled,Labels,ExchangeLocation',
  },
  sources: { policies: complianceLabelPolicies },
  evaluate: ({ policies }, v) => {
    const fields = ['Enabled', 'Labels', 'ExchangeLocation'];
    const none = evidence(
      'complianceLabelPolicies',
      { policies: 0 },
      ['policies'],
      'Get-LabelPolicy returned no policy.',
    );
    const ev = policies.length ? policies.map((p) => evidence('complianceLabelPolicies', p, fields)) : [none];
    const toAll = policies.filter(publishesToAll);
    if (toAll.length > 0)
      return v.pass(`Labels are published to all users by ${toAll.map((p) => p.Name).join(', ')}.`, ev);
    const some = policies.filter((p) => p.Enabled && p.Labels.length > 0).map((p) => p.Name);
    return some.length > 0
      ? v.fail(`Labels are published only to some users and groups (${some.join(', ')}), not to everyone.`, ev)
      : v.fail('No enabled label policy publishes any label: users have no sensitivity labels to apply.', ev);
  },
});
