import type * as Graph from '@microsoft/microsoft-graph-types';
import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import { typed } from '../tenant-model';
import type { LegacyPolicy } from '../tenant-model';
import { GuestRoles, SettingTemplates } from './well-known';

/**
 * Entra policy objects as Microsoft creates them in a new tenant. Tenants start from these and
 * change what their story needs, so every fixture has the full documented shape.
 */

export function securityDefaults(isEnabled: boolean): Graph.IdentitySecurityDefaultsEnforcementPolicy {
  return {
    id: '00000000-0000-0000-0000-000000000005',
    displayName: 'Security Defaults',
    description:
      'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.',
    isEnabled,
  };
}

/** The user-consent policies of a default tenant, plus the owned-resource (team/chat) ones it also lists. */
export const OWNED_RESOURCE_CONSENT = [
  'ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team',
  'ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat',
];

export function defaultAuthorizationPolicy(): Graph.AuthorizationPolicy {
  return {
    id: 'authorizationPolicy',
    displayName: 'Authorization Policy',
    description: 'Used to manage authorization related settings across the company.',
    allowInvitesFrom: 'everyone',
    allowedToSignUpEmailBasedSubscriptions: true,
    allowedToUseSSPR: true,
    allowEmailVerifiedUsersToJoinOrganization: true,
    allowUserConsentForRiskyApps: null,
    blockMsolPowerShell: false,
    guestUserRoleId: GuestRoles.limited,
    defaultUserRolePermissions: {
      allowedToCreateApps: true,
      allowedToCreateSecurityGroups: true,
      allowedToCreateTenants: true,
      allowedToReadBitlockerKeysForOwnedDevice: true,
      allowedToReadOtherUsers: true,
      permissionGrantPoliciesAssigned: [
        'ManagePermissionGrantsForSelf.microsoft-user-default-legacy',
        ...OWNED_RESOURCE_CONSENT,
      ],
    },
  };
}

export function adminConsentRequestPolicy(
  isEnabled: boolean,
  reviewers: readonly Graph.AccessReviewReviewerScope[] = [],
): Graph.AdminConsentRequestPolicy {
  return {
    isEnabled,
    notifyReviewers: isEnabled,
    remindersEnabled: isEnabled,
    requestDurationInDays: isEnabled ? 30 : 0,
    version: isEnabled ? 2 : 0,
    reviewers: [...reviewers],
  };
}

export type MethodState = 'enabled' | 'disabled';
export type FeatureState = GraphBeta.AdvancedConfigState;

export interface MethodsPolicySpec {
  readonly migrationState: GraphBeta.AuthenticationMethodsPolicyMigrationState;
  readonly lastModifiedDateTime: string;
  readonly authenticator: MethodState;
  readonly authenticatorFeatures: {
    readonly displayAppInformation: FeatureState;
    readonly displayLocationInformation: FeatureState;
    readonly companionApp: FeatureState;
    readonly numberMatching: FeatureState;
  };
  readonly fido2: MethodState;
  readonly sms: MethodState;
  readonly voice: MethodState;
  readonly email: MethodState;
  readonly softwareOath: MethodState;
  readonly temporaryAccessPass: MethodState;
  readonly x509: MethodState;
  readonly systemCredentialPreferences: FeatureState;
  readonly registrationCampaign: FeatureState;
}

const ALL_USERS_GROUP = 'all_users';

const allUsersTarget = (): GraphBeta.AuthenticationMethodTarget => ({
  targetType: 'group',
  id: ALL_USERS_GROUP,
  isRegistrationRequired: false,
});

function feature(state: FeatureState): GraphBeta.AuthenticationMethodFeatureConfiguration {
  return {
    state,
    includeTarget: { targetType: 'group', id: ALL_USERS_GROUP },
    excludeTarget: { targetType: 'group', id: '00000000-0000-0000-0000-000000000000' },
  };
}

/** `GET /beta/policies/authenticationMethodsPolicy` (v1.0 answers drop the beta-only parts). */
export function authenticationMethodsPolicy(spec: MethodsPolicySpec): GraphBeta.AuthenticationMethodsPolicy {
  return {
    id: 'authenticationMethodsPolicy',
    displayName: 'Authentication Methods Policy',
    description:
      'The tenant-wide policy that controls which authentication methods are allowed in the tenant, authentication method registration requirements, and self-service password reset settings',
    lastModifiedDateTime: spec.lastModifiedDateTime,
    policyVersion: '1.5',
    policyMigrationState: spec.migrationState,
    reconfirmationInDays: 0,
    registrationEnforcement: {
      authenticationMethodsRegistrationCampaign: {
        snoozeDurationInDays: 1,
        state: spec.registrationCampaign,
        excludeTargets: [],
        includeTargets: [
          { id: ALL_USERS_GROUP, targetType: 'group', targetedAuthenticationMethod: 'microsoftAuthenticator' },
        ],
      },
    },
    systemCredentialPreferences: {
      state: spec.systemCredentialPreferences,
      excludeTargets: [],
      includeTargets: [{ id: ALL_USERS_GROUP, targetType: 'group' }],
    },
    authenticationMethodConfigurations: [
      typed<GraphBeta.Fido2AuthenticationMethodConfiguration>(
        '#microsoft.graph.fido2AuthenticationMethodConfiguration',
        {
          id: 'Fido2',
          state: spec.fido2,
          isSelfServiceRegistrationAllowed: true,
          isAttestationEnforced: spec.fido2 === 'enabled',
          keyRestrictions: { isEnforced: false, enforcementType: 'block', aaGuids: [] },
          includeTargets: [allUsersTarget()],
          excludeTargets: [],
        },
      ),
      typed<GraphBeta.MicrosoftAuthenticatorAuthenticationMethodConfiguration>(
        '#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration',
        {
          id: 'MicrosoftAuthenticator',
          state: spec.authenticator,
          isSoftwareOathEnabled: false,
          featureSettings: {
            displayAppInformationRequiredState: feature(spec.authenticatorFeatures.displayAppInformation),
            displayLocationInformationRequiredState: feature(spec.authenticatorFeatures.displayLocationInformation),
            companionAppAllowedState: feature(spec.authenticatorFeatures.companionApp),
            numberMatchingRequiredState: feature(spec.authenticatorFeatures.numberMatching),
          },
          includeTargets: [
            { targetType: 'group', id: ALL_USERS_GROUP, isRegistrationRequired: false, authenticationMode: 'any' },
          ],
          excludeTargets: [],
        },
      ),
      typed<GraphBeta.SmsAuthenticationMethodConfiguration>('#microsoft.graph.smsAuthenticationMethodConfiguration', {
        id: 'Sms',
        state: spec.sms,
        includeTargets: [
          { targetType: 'group', id: ALL_USERS_GROUP, isRegistrationRequired: false, isUsableForSignIn: true },
        ],
        excludeTargets: [],
      }),
      typed<GraphBeta.TemporaryAccessPassAuthenticationMethodConfiguration>(
        '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
        {
          id: 'TemporaryAccessPass',
          state: spec.temporaryAccessPass,
          defaultLifetimeInMinutes: 60,
          defaultLength: 8,
          minimumLifetimeInMinutes: 60,
          maximumLifetimeInMinutes: 480,
          isUsableOnce: false,
          includeTargets: [allUsersTarget()],
          excludeTargets: [],
        },
      ),
      typed<GraphBeta.SoftwareOathAuthenticationMethodConfiguration>(
        '#microsoft.graph.softwareOathAuthenticationMethodConfiguration',
        {
          id: 'SoftwareOath',
          state: spec.softwareOath,
          includeTargets: [allUsersTarget()],
          excludeTargets: [],
        },
      ),
      typed<GraphBeta.VoiceAuthenticationMethodConfiguration>(
        '#microsoft.graph.voiceAuthenticationMethodConfiguration',
        {
          id: 'Voice',
          state: spec.voice,
          isOfficePhoneAllowed: false,
          includeTargets: [allUsersTarget()],
          excludeTargets: [],
        },
      ),
      typed<GraphBeta.EmailAuthenticationMethodConfiguration>(
        '#microsoft.graph.emailAuthenticationMethodConfiguration',
        {
          id: 'Email',
          state: spec.email,
          allowExternalIdToUseEmailOtp: 'default',
          includeTargets: spec.email === 'enabled' ? [allUsersTarget()] : [],
          excludeTargets: [],
        },
      ),
      typed<GraphBeta.X509CertificateAuthenticationMethodConfiguration>(
        '#microsoft.graph.x509CertificateAuthenticationMethodConfiguration',
        {
          id: 'X509Certificate',
          state: spec.x509,
          certificateUserBindings: [
            { x509CertificateField: 'PrincipalName', userProperty: 'onPremisesUserPrincipalName', priority: 1 },
            { x509CertificateField: 'RFC822Name', userProperty: 'userPrincipalName', priority: 2 },
          ],
          authenticationModeConfiguration: {
            x509CertificateAuthenticationDefaultMode: 'x509CertificateSingleFactor',
            rules: [],
          },
          includeTargets: [allUsersTarget()],
          excludeTargets: [],
        },
      ),
    ],
  };
}

/** Microsoft's defaults for a new tenant's methods policy. */
export function defaultMethodsPolicySpec(lastModifiedDateTime: string): MethodsPolicySpec {
  return {
    migrationState: 'preMigration',
    lastModifiedDateTime,
    authenticator: 'enabled',
    authenticatorFeatures: {
      displayAppInformation: 'default',
      displayLocationInformation: 'default',
      companionApp: 'default',
      numberMatching: 'enabled',
    },
    fido2: 'disabled',
    sms: 'enabled',
    voice: 'disabled',
    email: 'enabled',
    softwareOath: 'disabled',
    temporaryAccessPass: 'disabled',
    x509: 'disabled',
    systemCredentialPreferences: 'default',
    registrationCampaign: 'default',
  };
}

/**
 * `GET /beta/policies/deviceRegistrationPolicy` as a new tenant has it (quota 50, everyone may join).
 * `azureADJoin.localAdmins` exists in beta only, which is why CIS reads beta (graph-sources.md D-07, D-09).
 */
export function defaultDeviceRegistrationPolicy(): GraphBeta.DeviceRegistrationPolicy {
  return {
    id: 'deviceRegistrationPolicy',
    displayName: 'Device Registration Policy',
    description:
      'Tenant-wide policy that manages initial provisioning controls using quota restrictions, additional authentication and authorization checks',
    userDeviceQuota: 50,
    multiFactorAuthConfiguration: 'notRequired',
    azureADRegistration: {
      isAdminConfigurable: false,
      allowedToRegister: typed('#microsoft.graph.allDeviceRegistrationMembership', {}),
    },
    azureADJoin: {
      isAdminConfigurable: true,
      allowedToJoin: typed('#microsoft.graph.allDeviceRegistrationMembership', {}),
      localAdmins: {
        enableGlobalAdmins: true,
        registeringUsers: typed('#microsoft.graph.allDeviceRegistrationMembership', {}),
      },
    },
    localAdminPassword: { isEnabled: false },
  };
}

/** Default app-management policy: off, no restrictions (tenantappmanagementpolicy-get). */
export function defaultAppManagementPolicy(): Graph.TenantAppManagementPolicy {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    displayName: 'Default app management tenant policy',
    description:
      'Default tenant policy that enforces app management restrictions on applications and service principals. To apply policy to targeted resources, create a new policy under appManagementPolicies collection.',
    isEnabled: false,
    applicationRestrictions: { passwordCredentials: [], keyCredentials: [] },
    servicePrincipalRestrictions: { passwordCredentials: [], keyCredentials: [] },
  };
}

/** App credential restrictions meeting CIS v7 5.1.5.3–5.1.5.6 / CISA MS.AAD.5.5–5.7 (graph-sources.md A-04). */
export function strictAppManagementPolicy(): Graph.TenantAppManagementPolicy {
  const restrictions = (): Graph.AppManagementApplicationConfiguration => ({
    passwordCredentials: [
      {
        restrictionType: 'passwordAddition',
        state: 'enabled',
        maxLifetime: null,
        restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z',
      },
      {
        restrictionType: 'customPasswordAddition',
        state: 'enabled',
        maxLifetime: null,
        restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z',
      },
      {
        restrictionType: 'passwordLifetime',
        state: 'enabled',
        maxLifetime: 'P180D',
        restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z',
      },
      {
        restrictionType: 'symmetricKeyAddition',
        state: 'enabled',
        maxLifetime: null,
        restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z',
      },
    ],
    keyCredentials: [
      {
        restrictionType: 'asymmetricKeyLifetime',
        state: 'enabled',
        maxLifetime: 'P180D',
        restrictForAppsCreatedAfterDateTime: '0001-01-01T00:00:00Z',
      },
    ],
  });
  return {
    ...defaultAppManagementPolicy(),
    isEnabled: true,
    applicationRestrictions: restrictions(),
    servicePrincipalRestrictions: restrictions(),
  };
}

/** An organisation-default activity-based timeout policy for the M365 web apps (CIS 1.3.2). */
export function activityTimeoutPolicy(id: string, webSessionIdleTimeout: string): Graph.ActivityBasedTimeoutPolicy {
  return {
    id,
    displayName: 'Idle session timeout for Microsoft 365 web apps',
    description: null,
    isOrganizationDefault: true,
    definition: [
      JSON.stringify({
        ActivityBasedTimeoutPolicy: {
          Version: 1,
          ApplicationPolicies: [{ ApplicationId: 'default', WebSessionIdleTimeout: webSessionIdleTimeout }],
        },
      }),
    ],
  };
}

export function setting(
  id: string,
  displayName: string,
  templateId: string,
  values: Readonly<Record<string, string>>,
): Graph.GroupSetting {
  return { id, displayName, templateId, values: Object.entries(values).map(([name, value]) => ({ name, value })) };
}

/** Group.Unified directory setting with Microsoft's default values, overridden per tenant. */
export function groupUnifiedSetting(id: string, overrides: Readonly<Record<string, string>>): Graph.GroupSetting {
  return setting(id, 'Group.Unified', SettingTemplates.groupUnified, {
    NewUnifiedGroupWritebackDefault: 'true',
    EnableMIPLabels: 'false',
    CustomBlockedWordsList: '',
    EnableMSStandardBlockedWords: 'false',
    ClassificationDescriptions: '',
    DefaultClassification: '',
    PrefixSuffixNamingRequirement: '',
    AllowGuestsToBeGroupOwner: 'false',
    AllowGuestsToAccessGroups: 'true',
    GuestUsageGuidelinesUrl: '',
    GroupCreationAllowedGroupId: '',
    AllowToAddGuests: 'true',
    UsageGuidelinesUrl: '',
    ClassificationList: '',
    EnableGroupCreation: 'true',
    ...overrides,
  });
}

/** Password Rule Settings (banned passwords, smart lockout), template 5cf42378… */
export function passwordRuleSetting(id: string, overrides: Readonly<Record<string, string>>): Graph.GroupSetting {
  return setting(id, 'Password Rule Settings', SettingTemplates.passwordRuleSettings, {
    BannedPasswordCheckOnPremisesMode: 'Audit',
    EnableBannedPasswordCheckOnPremises: 'False',
    EnableBannedPasswordCheck: 'False',
    LockoutDurationInSeconds: '60',
    LockoutThreshold: '10',
    BannedPasswordList: '',
    ...overrides,
  });
}

/** The B2BManagementPolicy entry of `GET /beta/legacy/policies` (graph-sources.md A-10). */
export function b2bManagementPolicy(
  id: string,
  domains: { readonly allowed?: readonly string[]; readonly blocked?: readonly string[] },
): LegacyPolicy {
  const domainsPolicy: Record<string, readonly string[]> = {};
  if (domains.allowed) domainsPolicy['AllowedDomains'] = domains.allowed;
  if (domains.blocked) domainsPolicy['BlockedDomains'] = domains.blocked;
  return {
    id,
    displayName: 'B2BManagementPolicy',
    type: 'B2BManagementPolicy',
    isOrganizationDefault: true,
    definition: [
      JSON.stringify({
        B2BManagementPolicy: {
          InvitationsAllowedAndBlockedDomainsPolicy: domainsPolicy,
          AutoRedeemPolicy: { AdminConsentedForUsersIntoTenantIds: [], NoAADConsentForUsersFromTenantsIds: [] },
        },
      }),
    ],
  };
}

/** `GET /admin/sharepoint/settings` for a new tenant: Anyone links, resharing and legacy auth allowed. */
export function defaultSharepointSettings(): Graph.SharepointSettings {
  return {
    allowedDomainGuidsForSyncApp: [],
    availableManagedPathsForSiteCreation: ['/sites/', '/teams/'],
    deletedUserPersonalSiteRetentionPeriodInDays: 30,
    excludedFileExtensionsForSyncApp: [],
    idleSessionSignOut: { isEnabled: false, warnAfterInSeconds: 0, signOutAfterInSeconds: 0 },
    imageTaggingOption: 'basic',
    isCommentingOnSitePagesEnabled: true,
    isFileActivityNotificationEnabled: true,
    isLegacyAuthProtocolsEnabled: true,
    isLoopEnabled: true,
    isMacSyncAppEnabled: true,
    isRequireAcceptingUserToMatchInvitedUserEnabled: true,
    isResharingByExternalUsersEnabled: true,
    isSharePointMobileNotificationEnabled: true,
    isSharePointNewsfeedEnabled: false,
    isSiteCreationEnabled: true,
    isSiteCreationUIEnabled: true,
    isSitePagesCreationEnabled: true,
    isSitesStorageLimitAutomatic: true,
    isSyncButtonHiddenOnPersonalSite: false,
    isUnmanagedSyncAppForTenantRestricted: false,
    personalSiteDefaultStorageLimitInMB: 1048576,
    sharingAllowedDomainList: [],
    sharingBlockedDomainList: [],
    sharingCapability: 'externalUserAndGuestSharing',
    sharingDomainRestrictionMode: 'none',
    siteCreationDefaultManagedPath: '/sites/',
    siteCreationDefaultStorageLimitInMB: 26214400,
    tenantDefaultTimezone: '(UTC-08:00) Pacific Time (US and Canada)',
  };
}
