import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

export default defineControl({
  id: 'entra-tenant-creation-restricted',
  title: 'Users cannot create new tenants',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: {
    cis: '5.1.2.3',
    learn: 'https://learn.microsoft.com/graph/api/resources/defaultuserrolepermissions',
  },
  threats: ['Shadow tenants', 'Data exfiltration'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A user who creates a tenant becomes its Global Administrator, outside your policies, audit and ' +
    'conditional access: a place to move data or build look-alike phishing infrastructure. Passes when ' +
    'authorizationPolicy.defaultUserRolePermissions.allowedToCreateTenants is false (CIS 5.1.2.3). Users ' +
    'given the Tenant Creator role can still create tenants.',
  remediation: [
    'Open Entra admin center › Users › User settings.',
    "Set 'Restrict non-admin users from creating tenants' to Yes and save.",
    'Give the Tenant Creator role to anyone who needs to create tenants.',
  ],
  fixAt: adminPages.entraUserSettings,
  setTo: { setting: 'Restrict non-admin users from creating tenants', value: 'Yes' },
  onPages: [{ page: adminPages.entraUserSettings, labels: ['Restrict non-admin users from creating tenants'] }],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const allowed = authz.defaultUserRolePermissions.allowedToCreateTenants;
    // Nullable in Graph's schema, and the doc gives null no meaning: it is neither "restricted" nor
    // "allowed", so it is unknown rather than a guessed default.
    if (allowed == null)
      return v.malformed(
        'authorizationPolicy',
        'defaultUserRolePermissions.allowedToCreateTenants',
        allowed === null ? 'expected boolean, got null' : 'missing',
      );
    const ev = [evidence('authorizationPolicy', authz, ['defaultUserRolePermissions.allowedToCreateTenants'])];
    return allowed
      ? v.fail('Any user can create a new Entra tenant.', ev)
      : v.pass('Only admins and Tenant Creators can create new tenants.', ev);
  },
});
