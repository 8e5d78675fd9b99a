import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './entra-system-preferred-mfa-enabled';

// Fault paths carry no version; this control reads the beta policy.
const AMP = '/policies/authenticationMethodsPolicy';
const GROUP = '6f2d7c1e-5b0a-4f39-8d0e-2a7c9b1e4d55';

const prefs = (t: TenantModel): GraphBeta.SystemCredentialPreferences =>
  t.authenticationMethodsPolicy.systemCredentialPreferences!;

describeControl(control, {
  pass: {
    'enabled for all users, nobody excluded': {
      reasonIncludes: 'System-preferred MFA is enabled for all users, with nobody excluded.',
      evidence: ['authenticationMethodsPolicy'],
    },
  },
  fail: {
    'left Microsoft-managed, as in a new tenant': {
      tenant: (t) => {
        prefs(t).state = 'default';
      },
      reasonIncludes: "System-preferred MFA is 'default' (Microsoft-managed, which Graph documents as disabled).",
      evidence: ['authenticationMethodsPolicy'],
    },
    disabled: {
      tenant: (t) => {
        prefs(t).state = 'disabled';
      },
      reasonIncludes: "System-preferred MFA is 'disabled'.",
    },
    'enabled for one group only': {
      tenant: (t) => {
        prefs(t).includeTargets = [{ id: GROUP, targetType: 'group' }];
      },
      reasonIncludes: 'enabled only for 1 group or user, not all users.',
    },
    'a group excluded': {
      tenant: (t) => {
        prefs(t).excludeTargets = [{ id: GROUP, targetType: 'group' }];
      },
      reasonIncludes: `excludes the group ${GROUP}.`,
    },
  },
  unknown: {
    '403 names Policy.Read.AuthenticationMethod': {
      faults: [forbidden(AMP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.AuthenticationMethod', '/beta/policies/authenticationMethodsPolicy'],
    },
    'no systemCredentialPreferences (as the v1.0 answer would be)': {
      faults: [malformed(AMP, { id: 'authenticationMethodsPolicy', policyMigrationState: 'migrationComplete' })],
      reasonIncludes: "'systemCredentialPreferences' (missing)",
    },
    'no exclude targets': {
      tenant: (t) => {
        delete prefs(t).excludeTargets;
      },
      reasonIncludes: "'systemCredentialPreferences.excludeTargets' (missing)",
    },
    'a state of null': {
      tenant: (t) => {
        Object.assign(prefs(t), { state: null });
      },
      reasonIncludes: "'systemCredentialPreferences.state'",
    },
    '500 on the methods policy': {
      faults: [failing(AMP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
