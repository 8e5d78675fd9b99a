import { collection, defineRoute, entity, entityOrNotFound, param, sameId } from './route-def';
import type { ApiVersion } from './route-def';

const POLICY = ['Policy.Read.All'];
const CONDITIONAL_ACCESS = ['Policy.Read.All', 'Policy.Read.ConditionalAccess'];
// Policy.Read.All is the higher permission these two pages also accept (graph-sources.md §2.8, D-07).
const AUTH_METHODS = ['Policy.Read.AuthenticationMethod', 'Policy.Read.All'];
const DEVICE_REGISTRATION = ['Policy.Read.DeviceConfiguration', 'Policy.Read.All'];

// Fields of the beta authentication methods policy that v1.0 doesn't have (v1.0 typings vs beta).
const BETA_ONLY_POLICY_FIELDS = [
  'systemCredentialPreferences',
  'microsoftAuthenticatorPlatformSettings',
  'reportSuspiciousActivitySettings',
];
const BETA_ONLY_FEATURE_SETTINGS = ['companionAppAllowedState', 'numberMatchingRequiredState'];

function withoutKeys(item: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const k of keys) delete out[k];
  return out;
}

function methodConfigurationView(config: object, version: ApiVersion): object {
  if (version === 'beta') return config;
  const featureSettings = (config as { featureSettings?: object | null }).featureSettings;
  return featureSettings
    ? { ...config, featureSettings: withoutKeys(featureSettings, BETA_ONLY_FEATURE_SETTINGS) }
    : config;
}

function methodsPolicyView(policy: object, version: ApiVersion): object {
  if (version === 'beta') return policy;
  const configs = (policy as { authenticationMethodConfigurations?: object[] | null })
    .authenticationMethodConfigurations;
  return {
    ...withoutKeys(policy, BETA_ONLY_POLICY_FIELDS),
    authenticationMethodConfigurations: (configs ?? []).map((c) => methodConfigurationView(c, version)),
  };
}

function deviceRegistrationView(policy: object, version: ApiVersion): object {
  const join = (policy as { azureADJoin?: object | null }).azureADJoin;
  return version === 'beta' || !join ? policy : { ...policy, azureADJoin: withoutKeys(join, ['localAdmins']) };
}

export const policyRoutes = [
  defineRoute({
    // Listed without an Entra ID P1 gate: Graph returns the list (empty in tenants that never had P1).
    path: '/identity/conditionalAccess/policies',
    resource: 'conditionalAccessPolicy',
    permissions: CONDITIONAL_ACCESS,
    context: 'identity/conditionalAccess/policies',
    page: { size: 100, max: 999 },
    count: true,
    filter: { properties: ['id', 'displayName', 'state', 'createdDateTime', 'modifiedDateTime', 'templateId'] },
    orderBy: ['displayName', 'createdDateTime', 'modifiedDateTime'],
    resolve: ({ tenant }) => collection(tenant.conditionalAccessPolicies),
  }),
  defineRoute({
    path: '/identity/conditionalAccess/policies/{id}',
    resource: 'conditionalAccessPolicy',
    permissions: CONDITIONAL_ACCESS,
    context: 'identity/conditionalAccess/policies/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.conditionalAccessPolicies.find((p) => sameId(p.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/identity/conditionalAccess/namedLocations',
    resource: 'namedLocation',
    permissions: CONDITIONAL_ACCESS,
    context: 'identity/conditionalAccess/namedLocations',
    page: { size: 100, max: 999 },
    filter: {
      properties: ['id', 'displayName', 'createdDateTime', 'modifiedDateTime'],
      functions: ['isof', 'startswith'],
    },
    resolve: ({ tenant }) => collection(tenant.namedLocations),
  }),
  defineRoute({
    path: '/identity/conditionalAccess/namedLocations/{id}',
    resource: 'namedLocation',
    permissions: CONDITIONAL_ACCESS,
    context: 'identity/conditionalAccess/namedLocations/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.namedLocations.find((l) => sameId(l.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/policies/identitySecurityDefaultsEnforcementPolicy',
    resource: 'identitySecurityDefaultsEnforcementPolicy',
    permissions: [...POLICY, 'Policy.ReadWrite.SecurityDefaults'],
    context: 'policies/identitySecurityDefaultsEnforcementPolicy/$entity',
    resolve: ({ tenant }) => entity(tenant.securityDefaults),
  }),
  defineRoute({
    path: '/policies/authorizationPolicy',
    resource: 'authorizationPolicy',
    permissions: [...POLICY, 'Policy.ReadWrite.Authorization'],
    context: 'policies/authorizationPolicy/$entity',
    resolve: ({ tenant }) => entity(tenant.authorizationPolicy),
  }),
  defineRoute({
    path: '/policies/adminConsentRequestPolicy',
    resource: 'adminConsentRequestPolicy',
    permissions: [...POLICY, 'Policy.ReadWrite.ConsentRequest'],
    context: 'policies/adminConsentRequestPolicy/$entity',
    resolve: ({ tenant }) => entity(tenant.adminConsentRequestPolicy),
  }),
  defineRoute({
    path: '/policies/authenticationMethodsPolicy',
    resource: 'authenticationMethodsPolicy',
    permissions: AUTH_METHODS,
    context: 'policies/authenticationMethodsPolicy/$entity',
    view: methodsPolicyView,
    resolve: ({ tenant }) => entity(tenant.authenticationMethodsPolicy),
  }),
  defineRoute({
    // Ids are case-insensitive: the docs use both `microsoftAuthenticator` and `MicrosoftAuthenticator`.
    path: '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/{id}',
    resource: 'authenticationMethodConfiguration',
    permissions: AUTH_METHODS,
    context: 'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/$entity',
    view: methodConfigurationView,
    resolve: (ctx) =>
      entityOrNotFound(
        (ctx.tenant.authenticationMethodsPolicy.authenticationMethodConfigurations ?? []).find((c) =>
          sameId(c.id, param(ctx, 'id')),
        ),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    // Least privileged first (authenticationstrengthroot-list-policies), as for the methods policy.
    path: '/policies/authenticationStrengthPolicies',
    resource: 'authenticationStrengthPolicy',
    permissions: AUTH_METHODS,
    context: 'policies/authenticationStrengthPolicies',
    filter: { properties: ['id', 'displayName', 'policyType'] },
    resolve: ({ tenant }) => collection(tenant.authenticationStrengthPolicies),
  }),
  defineRoute({
    path: '/policies/authenticationStrengthPolicies/{id}',
    resource: 'authenticationStrengthPolicy',
    permissions: AUTH_METHODS,
    context: 'policies/authenticationStrengthPolicies/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.authenticationStrengthPolicies.find((p) => sameId(p.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/policies/deviceRegistrationPolicy',
    resource: 'deviceRegistrationPolicy',
    permissions: DEVICE_REGISTRATION,
    context: 'policies/deviceRegistrationPolicy/$entity',
    view: deviceRegistrationView,
    resolve: ({ tenant }) => entity(tenant.deviceRegistrationPolicy),
  }),
  defineRoute({
    // Global Reader is the least privileged role (tenantappmanagementpolicy-get).
    path: '/policies/defaultAppManagementPolicy',
    resource: 'tenantAppManagementPolicy',
    permissions: [...POLICY, 'Policy.Read.ApplicationConfiguration'],
    context: 'policies/defaultAppManagementPolicy/$entity',
    resolve: ({ tenant }) => entity(tenant.defaultAppManagementPolicy),
  }),
  defineRoute({
    path: '/policies/activityBasedTimeoutPolicies',
    resource: 'activityBasedTimeoutPolicy',
    permissions: POLICY,
    context: 'policies/activityBasedTimeoutPolicies',
    resolve: ({ tenant }) => collection(tenant.activityBasedTimeoutPolicies),
  }),
  defineRoute({
    path: '/policies/activityBasedTimeoutPolicies/{id}',
    resource: 'activityBasedTimeoutPolicy',
    permissions: POLICY,
    context: 'policies/activityBasedTimeoutPolicies/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.activityBasedTimeoutPolicies.find((p) => sameId(p.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    // Undocumented; CIS v7 and Prowler read the B2BManagementPolicy from here (graph-sources.md A-10).
    path: '/legacy/policies',
    versions: ['beta'],
    resource: 'policy',
    permissions: POLICY,
    context: 'legacy/policies',
    resolve: ({ tenant }) => collection(tenant.legacyPolicies),
  }),
];
