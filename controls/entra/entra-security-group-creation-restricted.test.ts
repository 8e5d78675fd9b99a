import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-security-group-creation-restricted';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'default users cannot create security groups': {
      reasonIncludes: 'Only admins can create security groups.',
      evidence: ['authorizationPolicy'],
    },
  },
  fail: {
    'any user can create security groups': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateSecurityGroups = true;
      },
      reasonIncludes: 'Any user can create security groups.',
      evidence: ['authorizationPolicy'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'allowedToCreateSecurityGroups missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.defaultUserRolePermissions!.allowedToCreateSecurityGroups;
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateSecurityGroups' (missing)",
    },
    'allowedToCreateSecurityGroups of null': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, { allowedToCreateSecurityGroups: null });
      },
      reasonIncludes: "'defaultUserRolePermissions.allowedToCreateSecurityGroups' (expected boolean, got null)",
    },
    'no default user role permissions': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
  },
});
