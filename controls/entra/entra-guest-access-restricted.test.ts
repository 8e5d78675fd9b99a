import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-guest-access-restricted';

const AUTHZ = '/policies/authorizationPolicy';
const LIMITED = '10dae51f-b6af-4016-8d66-8c2a99b929b3';
const SAME_AS_MEMBERS = 'a0b1b346-4d3e-4e8b-98f8-753987be4970';

describeControl(control, {
  pass: {
    'guests have the Restricted Guest User role': {
      reasonIncludes: 'Guests have the Restricted Guest User role in the directory.',
      evidence: ['authorizationPolicy'],
    },
    "guests have the Guest User role (limited access, Microsoft's default)": {
      tenant: (t) => {
        t.authorizationPolicy.guestUserRoleId = LIMITED;
      },
      reasonIncludes: 'Guest User (limited access)',
    },
    'the role id in upper case': {
      tenant: (t) => {
        t.authorizationPolicy.guestUserRoleId = LIMITED.toUpperCase();
      },
    },
  },
  fail: {
    'guests have the same access as members': {
      tenant: (t) => {
        t.authorizationPolicy.guestUserRoleId = SAME_AS_MEMBERS;
      },
      reasonIncludes: 'Guests have the User (the same access as members) role in the directory.',
      evidence: ['authorizationPolicy'],
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'guestUserRoleId of null (no documented meaning)': {
      tenant: (t) => {
        t.authorizationPolicy.guestUserRoleId = null;
      },
      reasonIncludes: "'guestUserRoleId' (expected string, got null)",
    },
    'guestUserRoleId missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.guestUserRoleId;
      },
      reasonIncludes: "'guestUserRoleId' (missing)",
    },
    'guestUserRoleId that is not a guest role': {
      tenant: (t) => {
        t.authorizationPolicy.guestUserRoleId = '62e90394-69f5-4237-9190-012177145e10';
      },
      reasonIncludes: 'not a documented guest role (62e90394-69f5-4237-9190-012177145e10)',
    },
    'guestUserRoleId as a number': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy, { guestUserRoleId: 3 });
      },
      reasonIncludes: "'guestUserRoleId' (expected string, got number)",
    },
    'a body without the policy fields': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
  },
});
