import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-self-service-signup-disabled';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'neither email join nor email-based subscriptions': {
      reasonIncludes: 'Nobody can join the tenant by email or sign up for email-based subscriptions.',
      evidence: ['authorizationPolicy'],
    },
  },
  fail: {
    'people with a verified email address can join the tenant': {
      tenant: (t) => {
        t.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = true;
      },
      reasonIncludes:
        'people with a verified email address can join the tenant (allowEmailVerifiedUsersToJoinOrganization).',
      evidence: ['authorizationPolicy'],
    },
    'users can sign up for email-based subscriptions': {
      tenant: (t) => {
        t.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions = true;
      },
      reasonIncludes: 'users can sign up for email-based subscriptions (allowedToSignUpEmailBasedSubscriptions).',
    },
    "both on (a new tenant's defaults)": {
      tenant: (t) => {
        t.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = true;
        t.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions = true;
      },
      reasonIncludes: ['(allowEmailVerifiedUsersToJoinOrganization), and users can sign up'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'allowEmailVerifiedUsersToJoinOrganization missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization;
      },
      reasonIncludes: "'allowEmailVerifiedUsersToJoinOrganization' (missing)",
    },
    'allowedToSignUpEmailBasedSubscriptions of null': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy, { allowedToSignUpEmailBasedSubscriptions: null });
      },
      reasonIncludes: "'allowedToSignUpEmailBasedSubscriptions' (expected boolean, got null)",
    },
    "allowedToSignUpEmailBasedSubscriptions as the string 'false'": {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy, { allowedToSignUpEmailBasedSubscriptions: 'false' });
      },
      reasonIncludes: "'allowedToSignUpEmailBasedSubscriptions' (expected boolean, got string)",
    },
    'a body without the policy fields': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
  },
});
