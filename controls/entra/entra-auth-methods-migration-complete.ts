import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authenticationMethodsMigration } from '../../lib/graph/sources/authentication-methods-policy';

const STAGES: Readonly<Record<string, string>> = {
  preMigration: 'not started (the legacy MFA and SSPR policies still decide which methods work)',
  migrationInProgress: 'in progress (the legacy MFA and SSPR policies are still respected)',
};

export default defineControl({
  id: 'entra-auth-methods-migration-complete',
  title: 'Authentication methods are managed only in the methods policy',
  category: 'identity',
  service: 'entra',
  maxScore: 1,
  refs: {
    scuba: 'MS.AAD.3.4v1',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-methods-manage',
  },
  threats: ['Weak methods left on in a forgotten legacy policy'],
  userImpact: 'low',
  implementationCost: 'moderate',
  notApplicableWhen:
    'The methods policy answers policyMigrationState null, as new tenants do: there never were legacy MFA or SSPR method policies to migrate (https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-methods-manage).',
  rationale:
    'Until the migration is complete, the legacy per-user MFA and SSPR policies can still allow methods ' +
    'that the authentication methods policy turns off, so the policy you read is not the whole truth. ' +
    "Passes when the policy's migration state is 'migrationComplete' (CISA MS.AAD.3.4v1); Microsoft retired " +
    'the legacy policies in September 2025.',
  remediation: [
    'Open Entra admin center › Authentication methods › Policies › Manage migration.',
    'Check that every method users need is enabled in the authentication methods policy.',
    "Choose 'Migration Complete' and save.",
  ],
  fixAt: adminPages.authMethodsPolicies,
  setTo: { setting: 'Manage migration', value: 'Migration Complete' },
  onPages: [{ page: adminPages.authMethodsPolicies, labels: ['Manage migration'] }],
  sources: { policy: authenticationMethodsMigration },
  evaluate: ({ policy }, v) => {
    const ev = [evidence('authenticationMethodsPolicy', policy, ['policyMigrationState'])];
    const state = policy.policyMigrationState;
    // New tenants answer null: they never had legacy policies, so there is nothing to migrate and nothing
    // to judge. The Graph doc lists only the enum's values; null's meaning comes from CISA ScubaGear's
    // tests and Microsoft's own Zero Trust Assessment (test 21803: "No legacy policies to migrate").
    if (state === null)
      return v.notApplicable(
        'policyMigrationState is null: the tenant has no legacy MFA or SSPR policy to migrate (a new tenant; see https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-methods-manage).',
        ev,
      );
    if (state === 'migrationComplete')
      return v.pass('The authentication methods policy migration is complete; the legacy policies are ignored.', ev);
    const stage = STAGES[state];
    if (!stage)
      return v.malformed('authenticationMethodsPolicy', 'policyMigrationState', `not a value we can judge (${state})`);
    return v.fail(`The authentication methods policy migration is ${stage}.`, ev);
  },
});
