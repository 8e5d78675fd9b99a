import { authorizationPolicyUnknowns, describeControl, failing, malformed } from '../../test/describe-control';
import control from './entra-app-registration-restricted';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'default users cannot register applications': {
      reasonIncludes: 'Only admins and Application Developers can register applications.',
      evidence: ['authorizationPolicy'],
    },
    'other default user permissions do not matter here': {
      tenant: (t) => {
        const perms = t.authorizationPolicy.defaultUserRolePermissions!;
        perms.allowedToCreateSecurityGroups = true;
        perms.allowedToCreateTenants = true;
      },
    },
  },
  fail: {
    'any user can register applications': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateApps = true;
      },
      reasonIncludes: 'Any user can register applications.',
      evidence: ['authorizationPolicy'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'no default user role permissions': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
    'allowedToCreateApps of null': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, { allowedToCreateApps: null });
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateApps' (expected boolean, got null)",
    },
    "allowedToCreateApps as the string 'false'": {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, { allowedToCreateApps: 'false' });
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateApps' (expected boolean, got string)",
    },
    'allowedToCreateApps missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateApps;
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateApps' (missing)",
    },
    '404 on the authorization policy': {
      faults: [failing(AUTHZ, 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
