/**
 * The tenant's authentication methods policy, read through a shape per question so a control is
 * decided only by the fields it reads: one GET of the policy serves the migration state and the
 * methods' states (the scan reads it once), the Authenticator configuration has its own GET, and
 * system-preferred MFA is beta-only.
 * https://learn.microsoft.com/graph/api/authenticationmethodspolicy-get
 */
import type {
  AuthenticationMethodConfiguration,
  AuthenticationMethodFeatureConfiguration,
  AuthenticationMethodsPolicy,
  FeatureTarget,
  MicrosoftAuthenticatorAuthenticationMethodConfiguration,
  MicrosoftAuthenticatorFeatureSettings,
} from '@microsoft/microsoft-graph-types';
import type {
  AuthenticationMethodsPolicy as BetaAuthenticationMethodsPolicy,
  ExcludeTarget,
  IncludeTarget,
  SystemCredentialPreferences,
} from '@microsoft/microsoft-graph-types-beta';
import { defineSource } from './define-source';
import { arrayOf, entity, object, oneOf, str, type Need, type Shape, graphEnum, present } from './shape';

const PERMISSION = 'Policy.Read.AuthenticationMethod';
const POLICY_PATH = '/policies/authenticationMethodsPolicy';
const ADVANCED_STATE = oneOf(['default', 'enabled', 'disabled', 'unknownFutureValue']);

export type MethodsPolicyMigration = Need<AuthenticationMethodsPolicy, 'id'> & {
  policyMigrationState: NonNullable<AuthenticationMethodsPolicy['policyMigrationState']> | null;
};

/** `policyMigrationState`: preMigration | migrationInProgress | migrationComplete. */
export const authenticationMethodsMigration = defineSource<MethodsPolicyMigration>({
  id: 'authenticationMethodsPolicy',
  version: 'v1.0',
  path: POLICY_PATH,
  permission: PERMISSION,
  collection: false,
  parse: entity<MethodsPolicyMigration>({
    id: str,
    // null is what new tenants answer: they never had legacy MFA/SSPR method policies to migrate (CISA
    // ScubaGear's AAD tests; Microsoft's Zero Trust Assessment test 21803). Graph always sends the key.
    policyMigrationState: present(graphEnum(['preMigration', 'migrationInProgress', 'migrationComplete'])),
  }),
});

export type MethodConfiguration = Need<AuthenticationMethodConfiguration, 'id' | 'state'>;
export type MethodsPolicyConfigurations = Need<AuthenticationMethodsPolicy, 'id'> & {
  authenticationMethodConfigurations: MethodConfiguration[];
};

/** Each method's configuration by id (`Sms`, `Voice`, `Email`, …) and whether it is on. */
export const authenticationMethodConfigurations = defineSource<MethodsPolicyConfigurations>({
  id: 'authenticationMethodsPolicy',
  version: 'v1.0',
  path: POLICY_PATH,
  permission: PERMISSION,
  collection: false,
  parse: entity<MethodsPolicyConfigurations>({
    id: str,
    authenticationMethodConfigurations: arrayOf(
      object<MethodConfiguration>({ id: str, state: oneOf(['enabled', 'disabled']) }),
    ),
  }),
});

export type FeatureTargetRef = Need<FeatureTarget, 'id' | 'targetType'>;
export type FeatureConfiguration = Need<AuthenticationMethodFeatureConfiguration, 'state'> & {
  includeTarget: FeatureTargetRef;
  excludeTarget: FeatureTargetRef;
};
export type AuthenticatorFeatures = Record<
  keyof Pick<
    MicrosoftAuthenticatorFeatureSettings,
    'displayAppInformationRequiredState' | 'displayLocationInformationRequiredState'
  >,
  FeatureConfiguration
>;
export type AuthenticatorConfiguration = Need<
  MicrosoftAuthenticatorAuthenticationMethodConfiguration,
  'id' | 'state'
> & {
  featureSettings: AuthenticatorFeatures;
};

const target = object<FeatureTargetRef>({
  id: str,
  targetType: oneOf(['group', 'administrativeUnit', 'role', 'unknownFutureValue']),
});
const feature = object<FeatureConfiguration>({ state: ADVANCED_STATE, includeTarget: target, excludeTarget: target });

/**
 * Microsoft Authenticator's configuration with its feature settings (v1.0 carries the two context
 * settings; the companion-app setting is beta-only).
 * https://learn.microsoft.com/graph/api/microsoftauthenticatorauthenticationmethodconfiguration-get
 */
export const authenticatorConfiguration = defineSource<AuthenticatorConfiguration>({
  id: 'microsoftAuthenticatorConfiguration',
  version: 'v1.0',
  path: `${POLICY_PATH}/authenticationMethodConfigurations/microsoftAuthenticator`,
  permission: PERMISSION,
  collection: false,
  parse: entity<AuthenticatorConfiguration>({
    id: str,
    state: oneOf(['enabled', 'disabled']),
    featureSettings: object<AuthenticatorFeatures>({
      displayAppInformationRequiredState: feature,
      displayLocationInformationRequiredState: feature,
    }),
  }),
});

export type CredentialTarget = Need<IncludeTarget, 'id' | 'targetType'>;
export type CredentialExclusion = Need<ExcludeTarget, 'id' | 'targetType'>;
export type SystemPreferred = Need<SystemCredentialPreferences, 'state'> & {
  includeTargets: CredentialTarget[];
  excludeTargets: CredentialExclusion[];
};
export type MethodsPolicySystemPreferred = Need<BetaAuthenticationMethodsPolicy, 'id'> & {
  systemCredentialPreferences: SystemPreferred;
};

const targetType = oneOf(['user', 'group', 'unknownFutureValue']);
const systemPreferred: Shape<SystemPreferred> = {
  state: ADVANCED_STATE,
  includeTargets: arrayOf(object<CredentialTarget>({ id: str, targetType })),
  excludeTargets: arrayOf(object<CredentialExclusion>({ id: str, targetType })),
};

/**
 * System-preferred MFA (`systemCredentialPreferences`) exists only in beta.
 * https://learn.microsoft.com/graph/api/resources/systemcredentialpreferences?view=graph-rest-beta
 */
export const systemPreferredMfa = defineSource<MethodsPolicySystemPreferred>({
  id: 'authenticationMethodsPolicyBeta',
  version: 'beta',
  path: POLICY_PATH,
  permission: PERMISSION,
  collection: false,
  parse: entity<MethodsPolicySystemPreferred>({ id: str, systemCredentialPreferences: object(systemPreferred) }),
});
