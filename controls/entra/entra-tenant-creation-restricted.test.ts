import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-tenant-creation-restricted';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'default users cannot create tenants': {
      reasonIncludes: 'Only admins and Tenant Creators can create new tenants.',
      evidence: ['authorizationPolicy'],
    },
  },
  fail: {
    'any user can create a tenant': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateTenants = true;
      },
      reasonIncludes: 'Any user can create a new Entra tenant.',
      evidence: ['authorizationPolicy'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'allowedToCreateTenants of null is not read as either answer': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateTenants = null;
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateTenants' (expected boolean, got null)",
    },
    'allowedToCreateTenants missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateTenants;
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateTenants' (missing)",
    },
    "allowedToCreateTenants as the string 'false'": {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, { allowedToCreateTenants: 'false' });
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateTenants' (expected boolean, got string)",
    },
    'no default user role permissions': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
  },
});
