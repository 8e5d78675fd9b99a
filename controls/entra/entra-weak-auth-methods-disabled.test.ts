import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './entra-weak-auth-methods-disabled';

const AMP = '/policies/authenticationMethodsPolicy';

const method = (t: TenantModel, id: string): GraphBeta.AuthenticationMethodConfiguration =>
  t.authenticationMethodsPolicy.authenticationMethodConfigurations!.find((c) => c.id === id)!;
const enable =
  (...ids: string[]) =>
  (t: TenantModel): void => {
    for (const id of ids) method(t, id).state = 'enabled';
  };

describeControl(control, {
  pass: {
    'SMS, voice and email OTP all disabled': {
      reasonIncludes: 'SMS, Voice call and Email OTP are all disabled.',
      evidence: ['Sms', 'Voice', 'Email'],
    },
    'strong methods being on does not matter': {
      tenant: enable('Fido2', 'MicrosoftAuthenticator', 'X509Certificate'),
    },
    'method ids are matched without case': {
      tenant: (t) => {
        method(t, 'Sms').id = 'sms';
      },
    },
  },
  fail: {
    'all three on': {
      tenant: enable('Sms', 'Voice', 'Email'),
      reasonIncludes: 'SMS, Voice call and Email OTP are still enabled in the authentication methods policy.',
      evidence: ['Sms', 'Voice', 'Email'],
    },
  },
  partial: {
    'SMS on: two of three off': {
      tenant: enable('Sms'),
      reasonIncludes: 'SMS is still enabled in the authentication methods policy.',
      score: 2.67,
    },
    'SMS and email on, as in a new tenant: one of three off': {
      tenant: enable('Sms', 'Email'),
      reasonIncludes: 'SMS and Email OTP are still enabled',
      score: 1.33,
    },
  },
  unknown: {
    '403 names Policy.Read.AuthenticationMethod': {
      faults: [forbidden(AMP)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.AuthenticationMethod'],
    },
    'no method configurations': {
      faults: [malformed(AMP, { id: 'authenticationMethodsPolicy', policyMigrationState: 'migrationComplete' })],
      reasonIncludes: "'authenticationMethodConfigurations' (missing)",
    },
    'a method without a state': {
      tenant: (t) => {
        delete method(t, 'Voice').state;
      },
      reasonIncludes: "'authenticationMethodConfigurations[",
    },
    'no Email configuration at all': {
      tenant: (t) => {
        t.authenticationMethodsPolicy.authenticationMethodConfigurations =
          t.authenticationMethodsPolicy.authenticationMethodConfigurations!.filter((c) => c.id !== 'Email');
      },
      reasonIncludes: "no 'Email' configuration",
    },
    '500 on the methods policy': {
      faults: [failing(AMP, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
