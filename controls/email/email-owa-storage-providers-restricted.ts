import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoOwaStoragePolicies } from '../../lib/graph/sources/services/exo-owa-mailbox-policies';

// CIS 6.5.3 (the only benchmark with it; Maester's Test-MtCisExoAdditionalStorageProvider reads the same
// property): AdditionalStorageProvidersAvailable False. Every Outlook on the web policy is held to it.
export default defineControl({
  id: 'email-owa-storage-providers-restricted',
  title: 'Outlook on the web offers no other storage providers',
  category: 'data',
  service: 'email',
  maxScore: 2,
  refs: {
    secureScore: 'exo_storageproviderrestricted',
    cis: '6.5.3',
    learn: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-owamailboxpolicy',
  },
  threats: ['Data leakage to personal storage from Outlook on the web'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Outlook on the web can let people attach and save files to storage providers such as personal Dropbox or Box accounts, where mail content leaves the organisation unseen. CIS 6.5.3 and Secure Score (exo_storageproviderrestricted) turn this off (AdditionalStorageProvidersAvailable False). Passes when no Outlook on the web policy allows it. Graph does not expose the setting: Posture Lens reads it from Exchange Online (Get-OwaMailboxPolicy) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Run in Exchange Online PowerShell: Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -AdditionalStorageProvidersAvailable $false.',
  ],
  fixAt: adminPages.exchangeSettings,
  setTo: { setting: 'Set-OwaMailboxPolicy -AdditionalStorageProvidersAvailable', value: '$false' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-OwaMailboxPolicy: AdditionalStorageProvidersAvailable is False in every policy'],
    command: 'Get-OwaMailboxPolicy | Format-List Name,AdditionalStorageProvidersAvailable',
  },
  sources: { policies: exoOwaStoragePolicies },
  evaluate: ({ policies }, v) => {
    const open = policies.filter((p) => p.AdditionalStorageProvidersAvailable);
    const ev = policies.map((p) => evidence('exoOwaMailboxPolicies', p, ['AdditionalStorageProvidersAvailable']));
    if (policies.length === 0)
      return v.unknown({
        kind: 'malformedField',
        source: 'exoOwaMailboxPolicies',
        path: 'value',
        problem: 'no Outlook on the web policy, where every tenant has OwaMailboxPolicy-Default',
      });
    if (open.length === 0) return v.pass('No Outlook on the web policy offers other storage providers.', ev);
    return v.fail(
      `Outlook on the web offers other storage providers in ${open.map((p) => p.Name).join(', ')} (AdditionalStorageProvidersAvailable is True).`,
      ev,
      {
        noun: 'Outlook on the web policies allowing storage providers',
        count: open.length,
        sample: open.map((p) => p.Name).slice(0, 5),
      },
    );
  },
});
