import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './entra-authenticator-context-enabled';

const AUTHENTICATOR = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/microsoftAuthenticator';

const authenticator = (t: TenantModel): GraphBeta.MicrosoftAuthenticatorAuthenticationMethodConfiguration =>
  t.authenticationMethodsPolicy.authenticationMethodConfigurations!.find((c) => c.id === 'MicrosoftAuthenticator')!;
const features = (t: TenantModel): GraphBeta.MicrosoftAuthenticatorFeatureSettings => authenticator(t).featureSettings!;

describeControl(control, {
  pass: {
    'app name and location are shown to all users': {
      reasonIncludes: 'Microsoft Authenticator shows the application name and location to all users.',
      evidence: ['microsoftAuthenticatorConfiguration', 'MicrosoftAuthenticator'],
    },
    'the companion app setting is not part of this rule': {
      tenant: (t) => {
        features(t).companionAppAllowedState!.state = 'enabled';
      },
    },
  },
  notApplicable: {
    'Authenticator is disabled, so there are no push prompts': {
      tenant: (t) => {
        authenticator(t).state = 'disabled';
        features(t).displayAppInformationRequiredState!.state = 'default';
      },
      reasonIncludes: 'Microsoft Authenticator is disabled, so there are no push prompts to judge.',
    },
  },
  fail: {
    'application name left Microsoft-managed': {
      tenant: (t) => {
        features(t).displayAppInformationRequiredState!.state = 'default';
      },
      reasonIncludes: "In Microsoft Authenticator, Show application name is 'default' (Microsoft-managed",
      evidence: ['MicrosoftAuthenticator'],
    },
    'location disabled': {
      tenant: (t) => {
        features(t).displayLocationInformationRequiredState!.state = 'disabled';
      },
      reasonIncludes: "Show geographic location is 'disabled'.",
    },
    'location shown only to one group': {
      tenant: (t) => {
        features(t).displayLocationInformationRequiredState!.includeTarget = {
          targetType: 'group',
          id: '4b1b2f0c-1c4e-4f2a-9a53-3c3d2f1f7e11',
        };
      },
      reasonIncludes: 'Show geographic location is on only for the group 4b1b2f0c-1c4e-4f2a-9a53-3c3d2f1f7e11.',
    },
    'a group excluded from the app name': {
      tenant: (t) => {
        features(t).displayAppInformationRequiredState!.excludeTarget = {
          targetType: 'group',
          id: '4b1b2f0c-1c4e-4f2a-9a53-3c3d2f1f7e11',
        };
      },
      reasonIncludes: 'Show application name excludes the group 4b1b2f0c-1c4e-4f2a-9a53-3c3d2f1f7e11.',
    },
    'both left Microsoft-managed, as in a new tenant': {
      tenant: (t) => {
        features(t).displayAppInformationRequiredState!.state = 'default';
        features(t).displayLocationInformationRequiredState!.state = 'default';
      },
      reasonIncludes: ['Show application name', 'Show geographic location'],
    },
  },
  unknown: {
    '403 names Policy.Read.AuthenticationMethod': {
      faults: [forbidden(AUTHENTICATOR)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.AuthenticationMethod', 'microsoftAuthenticator'],
    },
    'a configuration without feature settings': {
      faults: [malformed(AUTHENTICATOR, { id: 'MicrosoftAuthenticator', state: 'enabled' })],
      reasonIncludes: "'featureSettings' (missing)",
    },
    'a feature setting without its include target': {
      tenant: (t) => {
        delete features(t).displayLocationInformationRequiredState!.includeTarget;
      },
      reasonIncludes: "'featureSettings.displayLocationInformationRequiredState.includeTarget' (missing)",
    },
    'a feature state of null': {
      tenant: (t) => {
        Object.assign(features(t).displayAppInformationRequiredState!, { state: null });
      },
      reasonIncludes: "'featureSettings.displayAppInformationRequiredState.state'",
    },
    'Authenticator state missing': {
      tenant: (t) => {
        delete authenticator(t).state;
      },
      reasonIncludes: "'state' (missing)",
    },
    '500 on the Authenticator configuration': {
      faults: [failing(AUTHENTICATOR, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
