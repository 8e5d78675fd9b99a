import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-admin-sspr-disabled';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'administrators cannot use SSPR': {
      reasonIncludes: 'Administrators cannot use self-service password reset (allowedToUseSSPR is false).',
      evidence: ['authorizationPolicy'],
    },
  },
  fail: {
    "administrators can use SSPR (Microsoft's default)": {
      tenant: (t) => {
        t.authorizationPolicy.allowedToUseSSPR = true;
      },
      reasonIncludes: 'Administrators can reset their own passwords by self-service (allowedToUseSSPR is true).',
      evidence: ['authorizationPolicy'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'allowedToUseSSPR missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.allowedToUseSSPR;
      },
      reasonIncludes: "'allowedToUseSSPR' (missing)",
    },
    'allowedToUseSSPR of null': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy, { allowedToUseSSPR: null });
      },
      reasonIncludes: "'allowedToUseSSPR' (expected boolean, got null)",
    },
    'a body without the policy fields': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
  },
});
