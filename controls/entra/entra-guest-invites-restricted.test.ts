import { authorizationPolicyUnknowns, describeControl, malformed } from '../../test/describe-control';
import control from './entra-guest-invites-restricted';

const AUTHZ = '/policies/authorizationPolicy';

describeControl(control, {
  pass: {
    'only admins and Guest Inviters can invite': {
      reasonIncludes:
        "Only admins and Guest Inviters can invite guests (allowInvitesFrom is 'adminsAndGuestInviters').",
      evidence: ['authorizationPolicy'],
    },
    'no one can invite': {
      tenant: (t) => {
        t.authorizationPolicy.allowInvitesFrom = 'none';
      },
      reasonIncludes: "No one can invite guests (allowInvitesFrom is 'none').",
    },
  },
  fail: {
    'every member can invite': {
      tenant: (t) => {
        t.authorizationPolicy.allowInvitesFrom = 'adminsGuestInvitersAndAllMembers';
      },
      reasonIncludes: "Every member can invite guests (allowInvitesFrom is 'adminsGuestInvitersAndAllMembers').",
      evidence: ['authorizationPolicy'],
    },
    "everyone, guests included, can invite (Microsoft's default)": {
      tenant: (t) => {
        t.authorizationPolicy.allowInvitesFrom = 'everyone';
      },
      reasonIncludes: 'Everyone, guests included, can invite guests',
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'allowInvitesFrom of null (no documented meaning)': {
      tenant: (t) => {
        t.authorizationPolicy.allowInvitesFrom = null;
      },
      reasonIncludes: "'allowInvitesFrom' (expected string, got null)",
    },
    'allowInvitesFrom missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.allowInvitesFrom;
      },
      reasonIncludes: "'allowInvitesFrom' (missing)",
    },
    "Graph's unknownFutureValue": {
      tenant: (t) => {
        t.authorizationPolicy.allowInvitesFrom = 'unknownFutureValue';
      },
      reasonIncludes: 'not a value we can judge (unknownFutureValue)',
    },
    'allowInvitesFrom as a boolean': {
      faults: [
        malformed(AUTHZ, {
          id: 'authorizationPolicy',
          allowedToUseSSPR: false,
          allowedToSignUpEmailBasedSubscriptions: false,
          allowEmailVerifiedUsersToJoinOrganization: false,
          allowInvitesFrom: false,
          defaultUserRolePermissions: {
            allowedToCreateApps: false,
            allowedToCreateSecurityGroups: false,
            permissionGrantPoliciesAssigned: [],
          },
        }),
      ],
      reasonIncludes: "'allowInvitesFrom' (expected string, got boolean)",
    },
  },
});
