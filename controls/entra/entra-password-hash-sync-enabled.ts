import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { onPremisesSynchronization } from '../../lib/graph/sources/on-premises-synchronization';
import { organization } from '../../lib/graph/sources/organization';
import { syncedTenant } from '../shared/hybrid';

export default defineControl({
  id: 'entra-password-hash-sync-enabled',
  title: 'Password hash sync is on in a hybrid tenant',
  category: 'identity',
  service: 'entra',
  maxScore: 5,
  refs: {
    secureScore: 'PasswordHashSync',
    cis: '5.1.8.1',
    learn: 'https://learn.microsoft.com/entra/identity/hybrid/connect/whatis-phs',
  },
  threats: ['Leaked credentials', 'Loss of on-premises authentication'],
  userImpact: 'low',
  implementationCost: 'low',
  notApplicableWhen:
    'The tenant does not synchronise from on-premises Active Directory (organization.onPremisesSyncEnabled is null or false).',
  rationale:
    'Password hash sync lets Entra ID Protection detect leaked credentials for synchronised accounts and ' +
    'keeps sign-in working if on-premises AD or federation is down. Passes when a tenant that synchronises ' +
    'from on-premises AD (organization.onPremisesSyncEnabled true) has features.passwordSyncEnabled true ' +
    '(CIS 5.1.8.1, Secure Score PasswordHashSync). A cloud-only tenant passes as not applicable. Graph lets ' +
    'only a Global Administrator read directory/onPremisesSynchronization: scanned as Global Reader, a hybrid ' +
    "tenant's result is unknown; Secure Score's PasswordHashSync shows the same answer.",
  remediation: [
    'On the Microsoft Entra Connect server, run the Microsoft Entra Connect wizard › Customize synchronization options.',
    "On 'Optional features', tick 'Password hash synchronization' and finish the wizard.",
    'In Entra admin center › Hybrid management › Microsoft Entra Connect › Connect Sync, check that password hash sync shows Enabled.',
  ],
  fixAt: adminPages.entraConnectSync,
  setTo: {
    setting: 'Password hash synchronization (Microsoft Entra Connect wizard › Optional features)',
    value: 'Selected',
  },
  sources: { org: organization, sync: optional(onPremisesSynchronization) },
  evaluate: ({ org, sync }, v) => {
    const hybrid = syncedTenant(org, v);
    if ('verdict' in hybrid) return hybrid.verdict;
    if (sync === undefined)
      return v.unknown(
        {
          kind: 'notEvaluated',
          why:
            "Couldn't read directory/onPremisesSynchronization (OnPremDirectorySynchronization.Read.All): Graph " +
            'allows only a Global Administrator to read it, so password hash sync was not confirmed; scan as a ' +
            "Global Administrator or check Secure Score's PasswordHashSync.",
        },
        [hybrid.evidence],
      );
    if (sync.length !== 1)
      return v.malformed('onPremisesSynchronization', 'value', `${sync.length} entries, expected 1`);
    const entry = sync[0]!;
    const ev = [
      hybrid.evidence,
      evidence('onPremisesSynchronization', { ...entry, displayName: 'On-premises synchronization' }, [
        'features.passwordSyncEnabled',
      ]),
    ];
    if (!entry.features.passwordSyncEnabled)
      return v.fail(
        'The tenant synchronises from on-premises AD but password hash sync is off (features.passwordSyncEnabled is false).',
        ev,
      );
    return v.pass('The tenant synchronises from on-premises AD and password hash sync is on.', ev);
  },
});
