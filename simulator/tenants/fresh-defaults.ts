import { RoleTemplates } from '../built-in-roles';
import { stableGuid } from '../seeded-random';
import type { TenantModel } from '../tenant-model';
import { builtInAuthenticationStrengths } from './conditional-access';
import { adminIds, directoryFor, roleAssignment, servicePrincipal } from './directory-builder';
import { domain, exchangeServiceRecords } from './domains';
import {
  adminConsentRequestPolicy,
  authenticationMethodsPolicy,
  defaultAppManagementPolicy,
  defaultAuthorizationPolicy,
  defaultDeviceRegistrationPolicy,
  defaultMethodsPolicySpec,
  defaultSharepointSettings,
  securityDefaults,
} from './entra-policies';
import { defaultEnrollmentConfigurations, intuneModel } from './intune';
import type { Person } from './people';
import { recommendation } from './recommendations';
import { secureScoreControlProfiles } from './secure-score-profiles';
import { freshDefaultsServices } from '../services/tenant-services';
import { secureScoreHistory } from './secure-scores';
import { assignedPlans, SkuIds, subscribedSku } from './skus';
import { AppIds, daysBefore, MICROSOFT_TENANT_ID } from './well-known';

const KEY = 'freshDefaults';
const TENANT_ID = stableGuid('tenant', KEY);
const INITIAL = 'freshstart.onmicrosoft.com';

/**
 * A tenant as Microsoft creates it: security defaults on, no Conditional Access, one Global
 * Administrator (the person who signed up), Microsoft 365 Business Basic (no Entra ID P1, no Intune)
 * and every setting at its default: user consent to any app (legacy default policy), users may
 * create apps, tenants and groups, Anyone links, password expiry left `null`.
 */
export function freshDefaults(): TenantModel {
  const created = (daysAgo: number): string => daysBefore(daysAgo);
  const tenantCreated = created(14);
  const founder: Person = {
    id: stableGuid(KEY, 'user', 'admin'),
    givenName: 'Robin',
    surname: 'Fresh',
    displayName: 'Robin Fresh',
    userPrincipalName: `admin@${INITIAL}`,
    mail: `admin@${INITIAL}`,
    userType: 'Member',
    accountEnabled: true,
    department: null,
    jobTitle: null,
    officeLocation: null,
    city: null,
    country: null,
    usageLocation: 'US',
    onPremisesSyncEnabled: null,
    createdDateTime: tenantCreated,
    skuIds: [SkuIds.businessBasic],
    // Security defaults made the founder register the Authenticator app at first sign-in.
    mfa: 'authenticator',
    ssprEnabled: true,
  };
  const roleAssignments = [roleAssignment(KEY, RoleTemplates.globalAdministrator, founder.id)];
  const { users, userRegistrationDetails } = directoryFor([founder], adminIds(roleAssignments, []), () => created(1));
  const profiles = secureScoreControlProfiles(TENANT_ID);

  return {
    name: 'freshDefaults',
    // The founder is the only admin, so the scan runs as a Global Administrator.
    callerIsGlobalAdmin: true,
    organization: {
      id: TENANT_ID,
      displayName: 'Fresh Start Ltd',
      countryLetterCode: 'US',
      createdDateTime: tenantCreated,
      onPremisesSyncEnabled: null,
      onPremisesLastSyncDateTime: null,
      tenantType: 'AAD',
      preferredLanguage: 'en',
      technicalNotificationMails: [`admin@${INITIAL}`],
      securityComplianceNotificationMails: [],
      securityComplianceNotificationPhones: [],
      marketingNotificationEmails: [],
      businessPhones: [],
      assignedPlans: assignedPlans(['businessBasic'], tenantCreated),
      verifiedDomains: [
        {
          capabilities: 'Email, OfficeCommunicationsOnline',
          isDefault: true,
          isInitial: true,
          name: INITIAL,
          type: 'Managed',
        },
      ],
    },
    subscribedSkus: [subscribedSku(TENANT_ID, 'businessBasic', 5, 1, stableGuid(KEY, 'sub', 'basic'))],
    domains: [domain(INITIAL, { isDefault: true, isInitial: true, passwordValidityPeriodInDays: null })],
    domainServiceConfigurationRecords: { [INITIAL]: exchangeServiceRecords(KEY, INITIAL) },
    domainFederationConfigurations: {},
    publicDns: {},
    users,
    perUserMfaStates: {},
    groups: [],
    groupMembers: {},
    servicePrincipals: [
      servicePrincipal(KEY, {
        appId: AppIds.microsoftGraph,
        displayName: 'Microsoft Graph',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: tenantCreated,
      }),
      servicePrincipal(KEY, {
        appId: AppIds.exchangeOnline,
        displayName: 'Office 365 Exchange Online',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: tenantCreated,
      }),
      servicePrincipal(KEY, {
        appId: AppIds.sharePointOnline,
        displayName: 'Office 365 SharePoint Online',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: tenantCreated,
      }),
    ],
    roleAssignments,
    roleEligibilityScheduleInstances: [],
    roleManagementPolicies: [],
    roleManagementPolicyAssignments: [],
    conditionalAccessPolicies: [],
    namedLocations: [],
    securityDefaults: securityDefaults(true),
    authorizationPolicy: defaultAuthorizationPolicy(),
    adminConsentRequestPolicy: adminConsentRequestPolicy(false),
    authenticationMethodsPolicy: authenticationMethodsPolicy(defaultMethodsPolicySpec(tenantCreated)),
    authenticationStrengthPolicies: builtInAuthenticationStrengths(),
    deviceRegistrationPolicy: defaultDeviceRegistrationPolicy(),
    defaultAppManagementPolicy: defaultAppManagementPolicy(),
    activityBasedTimeoutPolicies: [],
    userRegistrationDetails,
    groupSettings: [],
    sharepointSettings: defaultSharepointSettings(),
    accessReviewDefinitions: [],
    onPremisesSynchronization: [
      {
        id: TENANT_ID,
        configuration: {
          accidentalDeletionPrevention: { synchronizationPreventionType: 'disabled', alertThreshold: 500 },
        },
        features: {
          passwordSyncEnabled: false,
          passwordWritebackEnabled: false,
          deviceWritebackEnabled: false,
          groupWriteBackEnabled: false,
          userWritebackEnabled: false,
        },
      },
    ],
    // No Intune licence: these exist so a patched fixture can add INTUNE_A; Graph answers 403 until then.
    intune: intuneModel({
      secureByDefault: false,
      deviceCompliancePolicies: [],
      managedDevices: [],
      deviceEnrollmentConfigurations: defaultEnrollmentConfigurations(
        TENANT_ID,
        { windows: false, ios: false, android: false, androidForWork: false, macOS: false },
        tenantCreated,
      ),
    }),
    appsAndServicesSettings: { isOfficeStoreEnabled: true, isAppAndServicesTrialEnabled: true },
    formsSettings: {
      isBingImageSearchEnabled: true,
      isExternalSendFormEnabled: true,
      isExternalShareCollaborationEnabled: true,
      isExternalShareResultEnabled: true,
      isExternalShareTemplateEnabled: true,
      isInOrgFormsPhishingScanEnabled: true,
      isRecordIdentityByDefaultEnabled: true,
    },
    legacyPolicies: [],
    directoryRecommendations: [
      recommendation(TENANT_ID, 'adminMFAV2', 'completedBySystem', created(0), tenantCreated),
      recommendation(TENANT_ID, 'mfaRegistrationV2', 'completedBySystem', created(0), tenantCreated),
      recommendation(TENANT_ID, 'integratedApps', 'active', created(0), tenantCreated),
      recommendation(TENANT_ID, 'oneAdmin', 'active', created(0), tenantCreated),
      recommendation(TENANT_ID, 'pwagePolicyNew', 'completedBySystem', created(0), tenantCreated),
    ],
    secureScores: secureScoreHistory({
      tenantId: TENANT_ID,
      profiles,
      licensed: new Set(['core']),
      earned: {
        AdminMFAV2: 1,
        MFARegistrationV2: 1,
        BlockLegacyAuthentication: 1,
        PWAgePolicyNew: 1,
        OneAdmin: 0,
        IntegratedApps: 0,
        aad_third_party_apps: 0,
        aad_admin_consent_workflow: 0,
        spo_legacy_auth: 0,
        spo_external_users_sharing: 0,
        spo_external_sharing_managed: 0,
        forms_phishing_protection: 1,
        admincenter_owned_apps_and_services: 0,
        mip_search_auditlog: 1,
      },
      otherwiseEarnedWithChance: 0.15,
      licensedUserCount: 1,
      activeUserCount: 1,
      enabledServices: ['HasExchange', 'HasSharePoint', 'HasOD4B'],
      days: 14,
    }),
    secureScoreControlProfiles: profiles,
    services: freshDefaultsServices(),
  };
}
