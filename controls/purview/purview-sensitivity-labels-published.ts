import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
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

  rationale:
    'Sensitivity labels classify and can encrypt documents and mail, so protection travels with the file. CIS 3.3.1 and Secure Score (mip_sensitivitylabelspolicies; mip_autosensitivitylabelspolicies for auto-labelling) ask for labels published through a label policy. Label policies are read with Security & Compliance PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Purview › Information protection › Labels: create labels (for example Public, General, Confidential).',
    'Information protection › Label publishing policies: publish them to all users.',
  ],
  fixAt: adminPages.purviewLabelPolicies,
  setTo: { setting: 'Publish to users and groups', value: 'All users and groups' },
  check: {
    how: 'powershell',
    what: [
      'Get-LabelPolicy: at least one enabled policy publishes labels to all users',
      'Get-AutoSensitivityLabelPolicy: an enabled auto-labelling policy runs in Enable mode (Secure Score mip_autosensitivitylabelspolicies)',
    ],
    command: 'Get-LabelPolicy | Format-List Name,Enabled,Labels,ExchangeLocation',
  },
});
