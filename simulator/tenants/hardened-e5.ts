import type * as Graph from '@microsoft/microsoft-graph-types';
import { RoleTemplates } from '../built-in-roles';
import { createRandom, hashString, stableGuid } from '../seeded-random';
import { typed } from '../tenant-model';
import type { TenantModel } from '../tenant-model';
import { builtInAuthenticationStrengths, countryLocation, ipLocation } from './conditional-access';
import { adminIds, directoryFor, group, roleAssignment, roleEligibility, servicePrincipal } from './directory-builder';
import { domain, exchangeServiceRecords, NEVER_EXPIRES, publicDnsFor } from './domains';
import {
  activityTimeoutPolicy,
  adminConsentRequestPolicy,
  authenticationMethodsPolicy,
  b2bManagementPolicy,
  defaultAuthorizationPolicy,
  defaultDeviceRegistrationPolicy,
  defaultSharepointSettings,
  groupUnifiedSetting,
  OWNED_RESOURCE_CONSENT,
  passwordRuleSetting,
  securityDefaults,
  strictAppManagementPolicy,
} from './entra-policies';
import { compliancePolicy, defaultEnrollmentConfigurations, devicesFor, intuneModel } from './intune';
import { generateMembers, guest } from './people';
import type { MfaProfile, Person } from './people';
import { rolePolicy } from './pim';
import { recommendation } from './recommendations';
import { secureScoreControlProfiles } from './secure-score-profiles';
import { hardenedServices } from '../services/tenant-services';
import { secureScoreHistory } from './secure-scores';
import { accessReviews } from './hardened-e5-access-reviews';
import { hardenedConditionalAccess } from './hardened-e5-conditional-access';
import { hardenedE5Ids, INITIAL, KEY, PRIMARY, userId } from './hardened-e5-ids';
import { assignedPlans, SkuIds, subscribedSku } from './skus';
import { AppIds, daysBefore, GuestRoles, MICROSOFT_TENANT_ID } from './well-known';

export { hardenedE5Ids };

function adminAccount(alias: string, givenName: string, surname: string, created: string): Person {
  return {
    id: userId(alias),
    givenName,
    surname,
    displayName: `${givenName} ${surname} (admin)`,
    userPrincipalName: `${alias}@${PRIMARY}`,
    mail: null,
    userType: 'Member',
    accountEnabled: true,
    department: 'IT',
    jobTitle: 'Administrator account',
    officeLocation: null,
    city: null,
    country: null,
    usageLocation: 'US',
    onPremisesSyncEnabled: null,
    createdDateTime: created,
    // CIS 1.1.4: admin accounts carry no productivity licence, only Entra ID P2.
    skuIds: [SkuIds.entraP2],
    mfa: 'phishingResistant',
    ssprEnabled: true,
  };
}

/**
 * Woodgrove Bank: every Graph-evaluable control on its pass side (graph-sources.md §1 pass rules).
 * Microsoft 365 E5 with Entra ID P2 and Intune; two break-glass Global Administrators plus one
 * PIM-eligible GA behind approval; phishing-resistant MFA for admins, MFA for everyone, risk policies,
 * legacy auth and device code blocked, compliant devices required. The golden fixture: each call
 * returns a new model, so a test can change one field and serve it.
 */
export function hardenedE5(): TenantModel {
  const ids = hardenedE5Ids;
  const tenantId = ids.tenantId;
  const random = createRandom(hashString(KEY));
  const created = (daysAgo: number): string => daysBefore(daysAgo);

  // ---- people -------------------------------------------------------------------------------------
  const breakGlass = (n: 1 | 2): Person => ({
    ...adminAccount(`bg-admin0${n}`, 'Break Glass', `0${n}`, created(1500)),
    displayName: `Break Glass 0${n}`,
    userPrincipalName: `bg-admin0${n}@${INITIAL}`,
    givenName: null,
    surname: null,
    skuIds: [],
    ssprEnabled: false,
  });
  const bg1 = breakGlass(1);
  const bg2 = breakGlass(2);
  const alexAdm = adminAccount('adm-alex.chen', 'Alex', 'Chen', created(1200));
  const priyaAdm = adminAccount('adm-priya.raman', 'Priya', 'Raman', created(1100));
  const tomAdm = adminAccount('adm-tom.kelly', 'Tom', 'Kelly', created(900));
  const saraAdm = adminAccount('adm-sara.lind', 'Sara', 'Lind', created(700));
  const reader: Person = {
    ...adminAccount('svc-posture', 'Posture', 'Reader', created(100)),
    displayName: 'Posture Reader',
    jobTitle: 'Read-only security assessment',
  };
  const mfaMix = (i: number): MfaProfile =>
    (['phishingResistant', 'windowsHello', 'authenticator'] as const)[i % 3] ?? 'authenticator';
  const members = [
    ...generateMembers(36, {
      tenantKey: KEY,
      domain: PRIMARY,
      random,
      mfa: mfaMix,
      ssprEnabled: () => true,
      skuIds: [SkuIds.e5],
      onPremisesSyncEnabled: () => null,
      createdBetweenDays: [30, 1500],
      createdBefore: created,
    }),
  ];
  const guests = [
    guest(KEY, INITIAL, 'Jordan', 'Ellis', 'fabrikam.com', created(200), 'authenticator'),
    guest(KEY, INITIAL, 'Kim', 'Abercrombie', 'contoso.com', created(90), 'authenticator'),
    guest(KEY, INITIAL, 'Luis', 'Bonifaz', 'fabrikam.com', created(30), 'authenticator'),
  ];
  const people = [bg1, bg2, alexAdm, priyaAdm, tomAdm, saraAdm, reader, ...members, ...guests];

  // ---- roles: two permanent break-glass GAs; everyone else eligible through PIM --------------------
  const roleAssignments = [
    roleAssignment(KEY, RoleTemplates.globalAdministrator, bg1.id),
    roleAssignment(KEY, RoleTemplates.globalAdministrator, bg2.id),
    roleAssignment(KEY, RoleTemplates.globalReader, reader.id),
    roleAssignment(KEY, RoleTemplates.securityReader, reader.id),
  ];
  const until = daysBefore(-150);
  const eligible = (role: string, p: Person): Graph.UnifiedRoleEligibilityScheduleInstance =>
    roleEligibility(KEY, role, p.id, created(30), until);
  const roleEligibilityScheduleInstances = [
    eligible(RoleTemplates.globalAdministrator, alexAdm),
    eligible(RoleTemplates.privilegedRoleAdministrator, priyaAdm),
    eligible(RoleTemplates.securityAdministrator, priyaAdm),
    eligible(RoleTemplates.conditionalAccessAdministrator, priyaAdm),
    eligible(RoleTemplates.exchangeAdministrator, tomAdm),
    eligible(RoleTemplates.sharePointAdministrator, tomAdm),
    eligible(RoleTemplates.teamsAdministrator, tomAdm),
    eligible(RoleTemplates.userAdministrator, saraAdm),
    eligible(RoleTemplates.helpdeskAdministrator, saraAdm),
    eligible(RoleTemplates.authenticationAdministrator, saraAdm),
    eligible(RoleTemplates.intuneAdministrator, saraAdm),
  ];
  const { users, userRegistrationDetails } = directoryFor(
    people,
    adminIds(roleAssignments, roleEligibilityScheduleInstances),
    (i) => created(i % 7),
  );

  const pimPolicies = [
    { roleDefinitionId: RoleTemplates.globalAdministrator, approvalRequired: true },
    { roleDefinitionId: RoleTemplates.privilegedRoleAdministrator, approvalRequired: true },
    { roleDefinitionId: RoleTemplates.securityAdministrator, approvalRequired: true },
    { roleDefinitionId: RoleTemplates.conditionalAccessAdministrator, approvalRequired: true },
    { roleDefinitionId: RoleTemplates.exchangeAdministrator, approvalRequired: false },
    { roleDefinitionId: RoleTemplates.sharePointAdministrator, approvalRequired: false },
    { roleDefinitionId: RoleTemplates.userAdministrator, approvalRequired: false },
  ].map((spec) =>
    rolePolicy(
      tenantId,
      {
        ...spec,
        approverGroupIds: [ids.pimApproversGroup],
        maximumActivation: 'PT4H',
        alertRecipients: ['secops@woodgrovebank.com'],
      },
      created(60),
    ),
  );

  // ---- groups -------------------------------------------------------------------------------------
  const g = (spec: Parameters<typeof group>[2]): Graph.Group => group(KEY, PRIMARY, spec);
  const emergency = g({
    displayName: 'Emergency Access Accounts',
    kind: 'security',
    isAssignableToRole: true,
    createdDateTime: created(1500),
  });
  const approvers = g({
    displayName: 'PIM Approvers',
    kind: 'security',
    isAssignableToRole: true,
    createdDateTime: created(1000),
  });
  const appApprovers = g({ displayName: 'App Consent Reviewers', kind: 'security', createdDateTime: created(800) });
  const guestsDynamic = g({
    displayName: 'Guests (dynamic)',
    kind: 'dynamicSecurity',
    membershipRule: '(user.userType -eq "Guest")',
    createdDateTime: created(900),
  });
  const staffDynamic = g({
    displayName: 'All Staff (dynamic)',
    kind: 'dynamicSecurity',
    membershipRule: '(user.userType -eq "Member") and (user.accountEnabled -eq true)',
    createdDateTime: created(1400),
  });
  const deviceJoin = g({ displayName: 'Entra Join - Allowed', kind: 'security', createdDateTime: created(1000) });
  const creators = g({ displayName: 'M365 Group Creators', kind: 'security', createdDateTime: created(1000) });
  const unified = ['Woodgrove All Staff', 'Treasury', 'Risk & Compliance', 'Retail Banking', 'Engineering'].map(
    (name) => g({ displayName: name, kind: 'unified', visibility: 'Private', createdDateTime: created(700) }),
  );
  const groups = [emergency, approvers, appApprovers, guestsDynamic, staffDynamic, deviceJoin, creators, ...unified];
  const groupMembers: Record<string, string[]> = {
    [ids.emergencyAccessGroup]: [bg1.id, bg2.id],
    [ids.pimApproversGroup]: [priyaAdm.id, alexAdm.id],
    [appApprovers.id ?? '']: [priyaAdm.id, saraAdm.id],
    [ids.guestsDynamicGroup]: guests.map((p) => p.id),
    [staffDynamic.id ?? '']: members.map((p) => p.id),
    [ids.deviceJoinGroup]: members.slice(0, 24).map((p) => p.id),
    [ids.groupCreatorsGroup]: [members[0]?.id ?? '', members[1]?.id ?? ''],
  };
  for (const u of unified)
    if (u.id)
      groupMembers[u.id] = members.filter((_, i) => i % 2 === (u.displayName?.length ?? 0) % 2).map((m) => m.id);

  const conditionalAccessPolicies = hardenedConditionalAccess(created);
  const strengths = builtInAuthenticationStrengths();

  // ---- Intune -------------------------------------------------------------------------------------
  const allDevices = { kind: 'allDevices' } as const;
  const intune = intuneModel({
    secureByDefault: true,
    deviceCompliancePolicies: [
      compliancePolicy(KEY, 'windows10', 'Windows - compliance baseline', allDevices, created(600)),
      compliancePolicy(KEY, 'ios', 'iOS - compliance baseline', allDevices, created(600)),
      compliancePolicy(
        KEY,
        'androidWorkProfile',
        'Android Enterprise work profile - compliance baseline',
        allDevices,
        created(600),
      ),
      compliancePolicy(KEY, 'macOS', 'macOS - compliance baseline', allDevices, created(600)),
    ],
    managedDevices: devicesFor(KEY, members, 60, random, 0, created).map((d) => ({
      ...d,
      complianceState: 'compliant',
      isEncrypted: true,
    })),
    deviceEnrollmentConfigurations: defaultEnrollmentConfigurations(
      tenantId,
      { windows: true, ios: true, android: true, androidForWork: true, macOS: true },
      created(1400),
    ),
  });

  const authorization = defaultAuthorizationPolicy();
  const drp = defaultDeviceRegistrationPolicy();
  const profiles = secureScoreControlProfiles(tenantId);
  const licensed = users.filter((u) => (u.assignedLicenses ?? []).length > 0).length;

  return {
    name: 'hardenedE5',
    callerIsGlobalAdmin: false,
    organization: {
      id: tenantId,
      displayName: 'Woodgrove Bank',
      countryLetterCode: 'US',
      city: 'New York',
      state: 'NY',
      street: '100 Woodgrove Plaza',
      postalCode: '10004',
      businessPhones: ['+1 212 555 0199'],
      preferredLanguage: 'en',
      createdDateTime: created(1600),
      onPremisesSyncEnabled: null,
      onPremisesLastSyncDateTime: null,
      tenantType: 'AAD',
      technicalNotificationMails: ['secops@woodgrovebank.com'],
      securityComplianceNotificationMails: ['secops@woodgrovebank.com'],
      securityComplianceNotificationPhones: [],
      marketingNotificationEmails: [],
      assignedPlans: assignedPlans(['e5', 'entraP2'], created(1600)),
      verifiedDomains: [
        {
          capabilities: 'Email, OfficeCommunicationsOnline',
          isDefault: false,
          isInitial: true,
          name: INITIAL,
          type: 'Managed',
        },
        {
          capabilities: 'Email, OfficeCommunicationsOnline',
          isDefault: true,
          isInitial: false,
          name: PRIMARY,
          type: 'Managed',
        },
      ],
    },
    subscribedSkus: [
      subscribedSku(tenantId, 'e5', 60, members.length, stableGuid(KEY, 'sub', 'e5')),
      subscribedSku(tenantId, 'entraP2', 10, 5, stableGuid(KEY, 'sub', 'p2')),
    ],
    domains: [
      domain(INITIAL, { isInitial: true, passwordValidityPeriodInDays: null }),
      domain(PRIMARY, { isDefault: true, passwordValidityPeriodInDays: NEVER_EXPIRES }),
    ],
    domainServiceConfigurationRecords: {
      [PRIMARY]: exchangeServiceRecords(KEY, PRIMARY),
      [INITIAL]: exchangeServiceRecords(KEY, INITIAL),
    },
    domainFederationConfigurations: {},
    publicDns: publicDnsFor(PRIMARY, INITIAL, {
      spf: 'v=spf1 include:spf.protection.outlook.com -all',
      dmarc: 'v=DMARC1; p=reject; pct=100; rua=mailto:dmarc@woodgrovebank.com; ruf=mailto:dmarc@woodgrovebank.com',
      dkim: true,
    }),
    users,
    perUserMfaStates: {},
    groups,
    groupMembers,
    servicePrincipals: [
      servicePrincipal(KEY, {
        appId: AppIds.microsoftGraph,
        displayName: 'Microsoft Graph',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: created(1600),
      }),
      servicePrincipal(KEY, {
        appId: AppIds.exchangeOnline,
        displayName: 'Office 365 Exchange Online',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: created(1600),
      }),
      servicePrincipal(KEY, {
        appId: AppIds.sharePointOnline,
        displayName: 'Office 365 SharePoint Online',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: created(1600),
      }),
      servicePrincipal(KEY, {
        appId: AppIds.microsoftTeams,
        displayName: 'Microsoft Teams',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: created(1600),
      }),
      servicePrincipal(KEY, {
        appId: AppIds.intuneEnrollment,
        displayName: 'Microsoft Intune Enrollment',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: created(1500),
      }),
      servicePrincipal(KEY, {
        appId: AppIds.azureManagement,
        displayName: 'Windows Azure Service Management API',
        ownerTenantId: MICROSOFT_TENANT_ID,
        created: created(1600),
      }),
      // CIS 1.3.7: the third-party-storage app's service principal exists and is disabled.
      servicePrincipal(KEY, {
        appId: AppIds.thirdPartyStorage,
        displayName: 'Microsoft 365 on the web - third-party storage',
        ownerTenantId: MICROSOFT_TENANT_ID,
        accountEnabled: false,
        created: created(1000),
      }),
    ],
    roleAssignments,
    roleEligibilityScheduleInstances,
    roleManagementPolicies: pimPolicies.map((p) => p.policy),
    roleManagementPolicyAssignments: pimPolicies.map((p) => p.assignment),
    conditionalAccessPolicies,
    namedLocations: [
      ipLocation(KEY, 'Woodgrove HQ egress', ['198.51.100.0/24', '2001:db8:2000::/48'], true, created(1400)),
      ipLocation(KEY, 'Woodgrove DR site', ['192.0.2.0/25'], true, created(1200)),
      countryLocation(KEY, 'Blocked countries', ['KP', 'IR', 'SY', 'CU', 'RU', 'BY'], created(1000)),
    ],
    securityDefaults: securityDefaults(false),
    authorizationPolicy: {
      ...authorization,
      allowInvitesFrom: 'adminsAndGuestInviters',
      allowedToSignUpEmailBasedSubscriptions: false,
      allowedToUseSSPR: false,
      allowEmailVerifiedUsersToJoinOrganization: false,
      allowUserConsentForRiskyApps: false,
      blockMsolPowerShell: true,
      guestUserRoleId: GuestRoles.restricted,
      defaultUserRolePermissions: {
        allowedToCreateApps: false,
        allowedToCreateSecurityGroups: false,
        allowedToCreateTenants: false,
        allowedToReadBitlockerKeysForOwnedDevice: false,
        allowedToReadOtherUsers: true,
        permissionGrantPoliciesAssigned: [...OWNED_RESOURCE_CONSENT],
      },
    },
    adminConsentRequestPolicy: adminConsentRequestPolicy(true, [
      {
        query: `/groups/${appApprovers.id ?? ''}/transitiveMembers/microsoft.graph.user`,
        queryType: 'MicrosoftGraph',
        queryRoot: null,
      },
      { query: `/users/${priyaAdm.id}`, queryType: 'MicrosoftGraph', queryRoot: null },
    ]),
    authenticationMethodsPolicy: authenticationMethodsPolicy({
      migrationState: 'migrationComplete',
      lastModifiedDateTime: created(45),
      authenticator: 'enabled',
      authenticatorFeatures: {
        displayAppInformation: 'enabled',
        displayLocationInformation: 'enabled',
        companionApp: 'disabled',
        numberMatching: 'enabled',
      },
      fido2: 'enabled',
      sms: 'disabled',
      voice: 'disabled',
      email: 'disabled',
      softwareOath: 'disabled',
      temporaryAccessPass: 'enabled',
      x509: 'disabled',
      systemCredentialPreferences: 'enabled',
      registrationCampaign: 'enabled',
    }),
    authenticationStrengthPolicies: strengths,
    deviceRegistrationPolicy: {
      ...drp,
      userDeviceQuota: 5,
      azureADJoin: {
        isAdminConfigurable: true,
        allowedToJoin: typed<Graph.EnumeratedDeviceRegistrationMembership>(
          '#microsoft.graph.enumeratedDeviceRegistrationMembership',
          { users: [], groups: [ids.deviceJoinGroup] },
        ),
        localAdmins: {
          enableGlobalAdmins: false,
          registeringUsers: typed('#microsoft.graph.noDeviceRegistrationMembership', {}),
        },
      },
      localAdminPassword: { isEnabled: true },
    },
    defaultAppManagementPolicy: strictAppManagementPolicy(),
    activityBasedTimeoutPolicies: [activityTimeoutPolicy(stableGuid(KEY, 'abt'), '01:00:00')],
    userRegistrationDetails,
    groupSettings: [
      groupUnifiedSetting(stableGuid(KEY, 'setting', 'Group.Unified'), {
        EnableGroupCreation: 'false',
        GroupCreationAllowedGroupId: ids.groupCreatorsGroup,
        AllowGuestsToBeGroupOwner: 'false',
        AllowToAddGuests: 'false',
        UsageGuidelinesUrl: 'https://woodgrovebank.sharepoint.com/sites/it/SitePages/groups.aspx',
        EnableMIPLabels: 'true',
      }),
      passwordRuleSetting(stableGuid(KEY, 'setting', 'Password Rule Settings'), {
        EnableBannedPasswordCheck: 'True',
        BannedPasswordList: ['woodgrove', 'woodgrovebank', 'treasury', 'nyc2026', 'wgbank'].join('\t'),
        LockoutThreshold: '10',
        LockoutDurationInSeconds: '60',
        EnableBannedPasswordCheckOnPremises: 'True',
        BannedPasswordCheckOnPremisesMode: 'Enforce',
      }),
    ],
    sharepointSettings: {
      ...defaultSharepointSettings(),
      sharingCapability: 'existingExternalUserSharingOnly',
      sharingDomainRestrictionMode: 'allowList',
      sharingAllowedDomainList: ['fabrikam.com', 'contoso.com'],
      isResharingByExternalUsersEnabled: false,
      isLegacyAuthProtocolsEnabled: false,
      isUnmanagedSyncAppForTenantRestricted: true,
      allowedDomainGuidsForSyncApp: [stableGuid(KEY, 'adDomain', 'corp.woodgrovebank.com')],
      idleSessionSignOut: { isEnabled: true, warnAfterInSeconds: 2700, signOutAfterInSeconds: 3600 },
      tenantDefaultTimezone: '(UTC-05:00) Eastern Time (US and Canada)',
    },
    accessReviewDefinitions: accessReviews(tenantId, created),
    onPremisesSynchronization: [
      {
        id: tenantId,
        configuration: {
          accidentalDeletionPrevention: { synchronizationPreventionType: 'enabledForCount', alertThreshold: 500 },
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
    intune,
    appsAndServicesSettings: { isOfficeStoreEnabled: false, isAppAndServicesTrialEnabled: false },
    formsSettings: {
      isBingImageSearchEnabled: false,
      isExternalSendFormEnabled: false,
      isExternalShareCollaborationEnabled: false,
      isExternalShareResultEnabled: false,
      isExternalShareTemplateEnabled: false,
      isInOrgFormsPhishingScanEnabled: true,
      isRecordIdentityByDefaultEnabled: true,
    },
    legacyPolicies: [
      b2bManagementPolicy(stableGuid(KEY, 'legacy', 'b2b'), { allowed: ['fabrikam.com', 'contoso.com'] }),
    ],
    directoryRecommendations: (
      [
        'adminMFAV2',
        'mfaRegistrationV2',
        'blockLegacyAuthentication',
        'integratedApps',
        'pwagePolicyNew',
        'oneAdmin',
        'roleOverlap',
        'selfServicePasswordReset',
        'signinRiskPolicy',
        'userRiskPolicy',
      ] as const
    ).map((type) => recommendation(tenantId, type, 'completedBySystem', created(1), created(600))),
    secureScores: secureScoreHistory({
      tenantId,
      profiles,
      licensed: new Set(['core', 'entraP2', 'mdo', 'mde', 'mdi', 'mda', 'mip', 'purview', 'lockbox']),
      // The golden tenant has every Secure Score control at full marks, so Microsoft's verdicts (and
      // the Microsoft-only controls Posture Lens shows) all pass, as its own do.
      earned: Object.fromEntries(profiles.map((p) => [p.id ?? '', 1])),
      otherwiseEarnedWithChance: 1,
      licensedUserCount: licensed,
      activeUserCount: licensed - 2,
      enabledServices: [
        'HasExchange',
        'HasSharePoint',
        'HasOD4B',
        'HasMDO',
        'HasIntune',
        'HasMDE',
        'HasMDI',
        'HasMCAS',
      ],
    }),
    secureScoreControlProfiles: profiles,
    services: hardenedServices(),
  };
}
