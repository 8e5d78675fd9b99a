import { describeControl, failing, forbidden, malformed } from '../../test/describe-control';
import control from './entra-auth-methods-migration-complete';

const AMP = '/policies/authenticationMethodsPolicy';

describeControl(control, {
  pass: {
    'migration complete': {
      reasonIncludes: 'The authentication methods policy migration is complete',
      evidence: ['authenticationMethodsPolicy'],
    },
    'a malformed method configuration does not hide the migration state': {
      tenant: (t) => {
        Object.assign(t.authenticationMethodsPolicy.authenticationMethodConfigurations![0]!, { state: 42 });
      },
    },
  },
  fail: {
    'migration in progress': {
      tenant: (t) => {
        t.authenticationMethodsPolicy.policyMigrationState = 'migrationInProgress';
      },
      reasonIncludes: 'The authentication methods policy migration is in progress',
      evidence: ['authenticationMethodsPolicy'],
    },
    'migration not started, as in a new tenant': {
      tenant: (t) => {
        t.authenticationMethodsPolicy.policyMigrationState = 'preMigration';
      },
      reasonIncludes: 'migration is not started',
    },
  },
  notApplicable: {
    // Issue 12 §2b: new tenants answer null (CISA ScubaGear's tests; Microsoft's Zero Trust Assessment 21803).
    'a migration state of null: no legacy policy to migrate, as in a new tenant': {
      tenant: (t) => {
        t.authenticationMethodsPolicy.policyMigrationState = null;
      },
      reasonIncludes: ['policyMigrationState is null', 'no legacy MFA or SSPR policy to migrate'],
      evidence: ['authenticationMethodsPolicy'],
    },
  },
  unknown: {
    '403 names Policy.Read.AuthenticationMethod': {
      faults: [forbidden(AMP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.AuthenticationMethod'],
    },
    'no migration state': {
      faults: [malformed(AMP, { id: 'authenticationMethodsPolicy' })],
      reasonIncludes: "'policyMigrationState' (missing)",
    },
    'a state Graph has not documented yet': {
      tenant: (t) => {
        t.authenticationMethodsPolicy.policyMigrationState = 'unknownFutureValue';
      },
      reasonIncludes: 'policyMigrationState',
    },
    '500 on the methods policy': {
      faults: [failing(AMP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
