import type * as Graph from '@microsoft/microsoft-graph-types';
import { describe, expect, test } from 'vitest';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control, { durationDays } from './entra-app-credential-policy-enforced';

const POLICY = '/policies/defaultAppManagementPolicy';
const restriction = (
  t: TenantModel,
  side: 'applicationRestrictions' | 'servicePrincipalRestrictions',
  type: string,
): Graph.PasswordCredentialConfiguration | Graph.KeyCredentialConfiguration => {
  const s = t.defaultAppManagementPolicy[side]!;
  const r = [...(s.passwordCredentials ?? []), ...(s.keyCredentials ?? [])].find((x) => x.restrictionType === type);
  if (!r) throw new Error(`no ${type}`);
  return r;
};

describeControl(control, {
  pass: {
    'enabled, secrets blocked and lifetimes at 180 days on both sides': {
      reasonIncludes: 'blocks password secrets and limits credential lifetimes to 180 days',
      evidence: ['defaultAppManagementPolicy'],
    },
    'a restriction dated in the past applies to existing apps': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'passwordAddition').restrictForAppsCreatedAfterDateTime =
          '2020-01-01T00:00:00Z';
      },
    },
    'a shorter lifetime (90 days)': {
      tenant: (t) => {
        restriction(t, 'servicePrincipalRestrictions', 'asymmetricKeyLifetime').maxLifetime = 'P90D';
      },
    },
  },
  fail: {
    'the policy is disabled': {
      tenant: (t) => {
        t.defaultAppManagementPolicy.isEnabled = false;
      },
      reasonIncludes: 'The default app management policy is disabled.',
      evidence: ['defaultAppManagementPolicy'],
    },
    "Microsoft's default policy (off, no restrictions)": {
      tenant: (t) => {
        t.defaultAppManagementPolicy.isEnabled = true;
        t.defaultAppManagementPolicy.applicationRestrictions = { passwordCredentials: [], keyCredentials: [] };
      },
      reasonIncludes: ['applications: password secrets are not blocked', 'and 1 more.'],
    },
    'password addition not enforced for service principals': {
      tenant: (t) => {
        restriction(t, 'servicePrincipalRestrictions', 'passwordAddition').state = 'disabled';
      },
      reasonIncludes: 'service principals: password secrets are not blocked.',
    },
    'custom passwords allowed for applications': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'customPasswordAddition').state = 'disabled';
      },
      reasonIncludes: 'applications: custom passwords are not blocked.',
    },
    'a password lifetime of 365 days (CISA allows it, CIS does not)': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'passwordLifetime').maxLifetime = 'P365D';
      },
      reasonIncludes: 'applications: password lifetime is P365D, over 180 days.',
    },
    'a certificate lifetime of one year': {
      tenant: (t) => {
        restriction(t, 'servicePrincipalRestrictions', 'asymmetricKeyLifetime').maxLifetime = 'P1Y';
      },
      reasonIncludes: 'service principals: certificate lifetime is P1Y, over 180 days.',
    },
    'a restriction only for apps created in the future': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'passwordAddition').restrictForAppsCreatedAfterDateTime =
          '2027-06-01T00:00:00Z';
      },
      reasonIncludes: 'applications: password secrets are not blocked.',
    },
    'no service principal restrictions': {
      tenant: (t) => {
        t.defaultAppManagementPolicy.servicePrincipalRestrictions = null;
      },
      reasonIncludes: 'service principals: password secrets are not blocked',
    },
  },
  unknown: {
    '403 names Policy.Read.All': {
      faults: [forbidden(POLICY)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All'],
    },
    'isEnabled missing': {
      tenant: (t) => {
        delete t.defaultAppManagementPolicy.isEnabled;
      },
      reasonIncludes: "'isEnabled' (missing)",
    },
    'a lifetime that is not a duration': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'passwordLifetime').maxLifetime = '180 days';
      },
      reasonIncludes: 'not an ISO 8601 duration (180 days)',
    },
    'a lifetime restriction without maxLifetime': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'passwordLifetime').maxLifetime = null;
      },
      reasonIncludes: "'applicationRestrictions.passwordCredentials[2].maxLifetime' (missing)",
    },
    'a restriction without its date': {
      tenant: (t) => {
        restriction(t, 'applicationRestrictions', 'passwordAddition').restrictForAppsCreatedAfterDateTime = null;
      },
      reasonIncludes: 'restrictForAppsCreatedAfterDateTime',
    },
    'a restriction without a state': {
      faults: [
        malformed(POLICY, {
          id: 'x',
          isEnabled: true,
          applicationRestrictions: { passwordCredentials: [{ restrictionType: 'passwordAddition' }] },
          servicePrincipalRestrictions: null,
        }),
      ],
      reasonIncludes: "'applicationRestrictions.passwordCredentials[0].state' (missing)",
    },
    '500': { faults: [failing(POLICY, 500)], reasonIncludes: 'HTTP 500' },
  },
});

describe('durationDays', () => {
  test.each([
    ['P180D', 180],
    ['P6M', 180],
    ['P1Y', 365],
    ['PT4320H', 180],
    ['P2W', 14],
  ])('%s is %d days', (s, d) => expect(durationDays(s)).toBe(d));
  test.each(['', 'P', 'PT', '180', 'P1.5D'])('%j is not a duration', (s) => expect(durationDays(s)).toBeNull());
});
