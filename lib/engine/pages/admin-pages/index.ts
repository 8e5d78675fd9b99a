/**
 * Admin-center pages where controls are fixed: the deep link a control's "Open in admin center" uses,
 * a pure URL matcher (never reading `location`), and example URLs that the matcher must accept and
 * every other page's must refuse (tested cross-negatively).
 */
export interface AdminPage {
  readonly id: string;
  readonly title: string;
  /** Where "Open in admin center" goes. */
  readonly url: string;
  readonly matches: (url: URL) => boolean;
  readonly examples: readonly string[];
}

export function defineAdminPage(page: AdminPage): AdminPage {
  return Object.freeze({ ...page, examples: Object.freeze([...page.examples]) });
}

/** Portal routes live in the hash; compare without case and without a trailing slash. */
const hashRoute = (u: URL): string => decodeURIComponent(u.hash).toLowerCase().replace(/\/+$/, '');
const entraOrPortal = (u: URL): boolean => u.hostname === 'entra.microsoft.com' || u.hostname === 'portal.azure.com';
const m365Admin = (u: URL): boolean => u.hostname === 'admin.microsoft.com' || u.hostname === 'admin.cloud.microsoft';
/**
 * A SharePoint admin center page. The host is per tenant (`contoso-admin.sharepoint.com`), which a
 * static page can't know, so deep links go through Microsoft's documented redirect
 * `admin.microsoft.com/sharepoint?page=<route>&modern=true`, which opens the signed-in tenant's own
 * SharePoint admin center on that route; the matcher accepts both.
 */
const spoAdminRoute =
  (route: string) =>
  (u: URL): boolean =>
    (/^[a-z0-9-]+-admin\.sharepoint\.com$/.test(u.hostname) &&
      u.pathname.toLowerCase() === '/_layouts/15/online/adminhome.aspx' &&
      (hashRoute(u) === `#/${route.toLowerCase()}` || hashRoute(u).startsWith(`#/${route.toLowerCase()}?`))) ||
    (m365Admin(u) &&
      u.pathname.toLowerCase().replace(/\/+$/, '') === '/sharepoint' &&
      (u.searchParams.get('page') ?? '').toLowerCase() === route.toLowerCase());
const spoAdminPage = (id: string, title: string, route: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://admin.microsoft.com/sharepoint?page=${route}&modern=true`,
    matches: spoAdminRoute(route),
    examples: [
      `https://admin.microsoft.com/sharepoint?page=${route}&modern=true`,
      `https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/${route}`,
      `https://woodgrovebank-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/${route}/`,
    ],
  });

/** A page of the Exchange admin center, whose routes live in the hash (`#/remotedomains`). */
const exchangePage = (id: string, title: string, route: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://admin.exchange.microsoft.com/#/${route}`,
    matches: (u) =>
      u.hostname === 'admin.exchange.microsoft.com' &&
      (hashRoute(u) === `#/${route.toLowerCase()}` || hashRoute(u).startsWith(`#/${route.toLowerCase()}?`)),
    examples: [`https://admin.exchange.microsoft.com/#/${route}`, `https://admin.exchange.microsoft.com/#/${route}/`],
  });
/** A page on a portal whose routes are real paths (Defender, Purview, Teams admin center): `/antispam`. */
const pathPage = (host: string, id: string, title: string, path: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://${host}${path}`,
    matches: (u) => u.hostname === host && u.pathname.toLowerCase().replace(/\/+$/, '') === path.toLowerCase(),
    examples: [`https://${host}${path}`, `https://${host}${path}/?tid=00000000-0000-0000-0000-000000000000`],
  });
/** A Microsoft 365 admin center org setting (Settings › Org settings › Services or Security & privacy). */
const m365Setting = (id: string, title: string, route: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://admin.microsoft.com/#/${route}`,
    matches: (u) => m365Admin(u) && hashRoute(u) === `#/${route.toLowerCase()}`,
    examples: [`https://admin.microsoft.com/#/${route}`, `https://admin.cloud.microsoft/#/${route}`],
  });

export const adminPages = {
  caPolicies: defineAdminPage({
    id: 'caPolicies',
    title: 'Entra admin center › Conditional Access › Policies',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies',
    matches: (u) =>
      entraOrPortal(u) &&
      (hashRoute(u).startsWith('#view/microsoft_aad_conditionalaccess/conditionalaccessblade/~/policies') ||
        hashRoute(u).startsWith('#view/microsoft_aad_conditionalaccess/policyblade')),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies',
      'https://portal.azure.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies/',
      'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/PolicyBlade/policyId/6b9d1d5c-0a0e-4d38-9b8d-6c5c2e1e1b11',
    ],
  }),
  authMethodsUserRegistration: defineAdminPage({
    id: 'authMethodsUserRegistration',
    title: 'Entra admin center › Authentication methods › User registration details',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/UserRegistrationDetails',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_iam/authenticationmethodsmenublade/~/userregistrationdetails'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/UserRegistrationDetails',
    ],
  }),
  m365PasswordExpiry: defineAdminPage({
    id: 'm365PasswordExpiry',
    title: 'Microsoft 365 admin center › Settings › Security & privacy › Password expiration policy',
    url: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/securityprivacy/:/settings/l1/passwordpolicy'),
    examples: [
      'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
      'https://admin.cloud.microsoft/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
    ],
  }),
  entraRoles: defineAdminPage({
    id: 'entraRoles',
    title: 'Entra admin center › Roles and administrators',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/rolesmanagementmenublade/~/allroles'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles/adminUnitObjectId//resourceScope/%2F',
    ],
  }),
  consentUserSettings: defineAdminPage({
    id: 'consentUserSettings',
    title: 'Entra admin center › Enterprise apps › Consent and permissions › User consent settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/consentpoliciesmenublade/~/usersettings'),
    examples: ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings'],
  }),
  consentAdminSettings: defineAdminPage({
    id: 'consentAdminSettings',
    title: 'Entra admin center › Enterprise apps › Admin consent settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/AdminConsentSettings',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_iam/consentpoliciesmenublade/~/adminconsentsettings'),
    examples: ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/AdminConsentSettings'],
  }),
  entraUserSettings: defineAdminPage({
    id: 'entraUserSettings',
    title: 'Entra admin center › Users › User settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings/menuId/UserSettings',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_usersandtenants/usermanagementmenublade/~/usersettings'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings/menuId/UserSettings',
      'https://portal.azure.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings',
    ],
  }),
  securityDefaults: defineAdminPage({
    id: 'securityDefaults',
    title: 'Entra admin center › Overview › Properties (Manage security defaults)',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/activedirectorymenublade/~/properties'),
    examples: ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties'],
  }),
  exchangeAcceptedDomains: defineAdminPage({
    id: 'exchangeAcceptedDomains',
    title: 'Exchange admin center › Mail flow › Accepted domains',
    url: 'https://admin.exchange.microsoft.com/#/accepteddomains',
    matches: (u) => u.hostname === 'admin.exchange.microsoft.com' && hashRoute(u).startsWith('#/accepteddomains'),
    examples: [
      'https://admin.exchange.microsoft.com/#/accepteddomains',
      'https://admin.exchange.microsoft.com/#/acceptedDomains/',
    ],
  }),
  entraExternalCollaboration: defineAdminPage({
    id: 'entraExternalCollaboration',
    title: 'Entra admin center › External Identities › External collaboration settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AllowlistPolicyBlade',
    matches: (u) => entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/allowlistpolicyblade'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AllowlistPolicyBlade',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/AllowlistPolicyBlade/',
    ],
  }),
  entraGroupsGeneral: defineAdminPage({
    id: 'entraGroupsGeneral',
    title: 'Entra admin center › Groups › Settings › General',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/General/menuId/General',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/groupsmanagementmenublade/~/general'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/General/menuId/General',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/General',
    ],
  }),
  entraDeviceSettings: defineAdminPage({
    id: 'entraDeviceSettings',
    title: 'Entra admin center › Devices › Device settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_Devices/DevicesMenuBlade/~/DeviceSettings/menuId/Devices',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_devices/devicesmenublade/~/devicesettings'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_Devices/DevicesMenuBlade/~/DeviceSettings/menuId/Devices',
      'https://portal.azure.com/#view/Microsoft_AAD_Devices/DevicesMenuBlade/~/DeviceSettings/menuId/',
    ],
  }),
  entraAdminSspr: defineAdminPage({
    id: 'entraAdminSspr',
    title: 'Entra admin center › Password reset › Administrator policy',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/PasswordResetMenuBlade/~/AdminPasswordResetPolicy',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_iam/passwordresetmenublade/~/adminpasswordresetpolicy'),
    examples: ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/PasswordResetMenuBlade/~/AdminPasswordResetPolicy'],
  }),
  entraPasswordProtection: defineAdminPage({
    id: 'entraPasswordProtection',
    title: 'Entra admin center › Authentication methods › Password protection',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/PasswordProtection',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_iam/authenticationmethodsmenublade/~/passwordprotection'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/PasswordProtection',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/PasswordProtection/fromNav/',
    ],
  }),
  authMethodsPolicies: defineAdminPage({
    id: 'authMethodsPolicies',
    title: 'Entra admin center › Authentication methods › Policies',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/AdminAuthMethods',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_iam/authenticationmethodsmenublade/~/adminauthmethods'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/AdminAuthMethods',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/AdminAuthMethods/fromNav/',
    ],
  }),
  authMethodsSettings: defineAdminPage({
    id: 'authMethodsSettings',
    title: 'Entra admin center › Authentication methods › Settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/AuthMethodsSettings',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_iam/authenticationmethodsmenublade/~/authmethodssettings'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/AuthMethodsSettings',
    ],
  }),
  entraConnectSync: defineAdminPage({
    id: 'entraConnectSync',
    title: 'Entra admin center › Hybrid management › Microsoft Entra Connect › Connect Sync',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_Connect_Provisioning/AADConnectMenuBlade/~/ConnectSync',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_connect_provisioning/aadconnectmenublade/~/connectsync'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_Connect_Provisioning/AADConnectMenuBlade/~/ConnectSync',
    ],
  }),
  caNamedLocations: defineAdminPage({
    id: 'caNamedLocations',
    title: 'Entra admin center › Conditional Access › Named locations',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/NamedLocations',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_conditionalaccess/conditionalaccessblade/~/namedlocations'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/NamedLocations',
    ],
  }),
  entraSsprProperties: defineAdminPage({
    id: 'entraSsprProperties',
    title: 'Entra admin center › Password reset › Properties',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/PasswordResetMenuBlade/~/Properties',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/passwordresetmenublade/~/properties'),
    examples: ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/PasswordResetMenuBlade/~/Properties'],
  }),
  spoSharing: spoAdminPage('spoSharing', 'SharePoint admin center › Policies › Sharing', 'sharing'),
  spoAccessControl: spoAdminPage(
    'spoAccessControl',
    'SharePoint admin center › Policies › Access control',
    'accessControl',
  ),
  spoSettings: spoAdminPage('spoSettings', 'SharePoint admin center › Settings', 'settings'),
  m365Store: defineAdminPage({
    id: 'm365Store',
    title: 'Microsoft 365 admin center › Settings › Org settings › User owned apps and services',
    url: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/Store',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/services/:/settings/l1/store'),
    examples: [
      'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/Store',
      'https://admin.cloud.microsoft/#/Settings/Services/:/Settings/L1/Store/',
    ],
  }),
  m365Forms: defineAdminPage({
    id: 'm365Forms',
    title: 'Microsoft 365 admin center › Settings › Org settings › Microsoft Forms',
    url: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeForms',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/services/:/settings/l1/officeforms'),
    examples: [
      'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeForms',
      'https://admin.cloud.microsoft/#/Settings/Services/:/Settings/L1/OfficeForms',
    ],
  }),
  m365OfficeOnline: defineAdminPage({
    id: 'm365OfficeOnline',
    title: 'Microsoft 365 admin center › Settings › Org settings › Microsoft 365 on the web',
    url: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeOnline',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/services/:/settings/l1/officeonline'),
    examples: [
      'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeOnline',
      'https://admin.microsoft.com/Adminportal/Home#/Settings/Services/:/Settings/L1/OfficeOnline',
    ],
  }),
  m365IdleSessionTimeout: defineAdminPage({
    id: 'm365IdleSessionTimeout',
    title: 'Microsoft 365 admin center › Settings › Org settings › Security & privacy › Idle session timeout',
    url: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/IdleSessionTimeout',
    matches: (u) =>
      m365Admin(u) && hashRoute(u).startsWith('#/settings/securityprivacy/:/settings/l1/idlesessiontimeout'),
    examples: [
      'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/IdleSessionTimeout',
      'https://admin.cloud.microsoft/#/Settings/SecurityPrivacy/:/Settings/L1/IdleSessionTimeout',
    ],
  }),
  m365ActiveGroups: defineAdminPage({
    id: 'm365ActiveGroups',
    title: 'Microsoft 365 admin center › Teams & groups › Active teams & groups',
    url: 'https://admin.microsoft.com/#/groups',
    matches: (u) => m365Admin(u) && /^#\/groups(\/:\/groupdetails.*)?$/.test(hashRoute(u)),
    examples: ['https://admin.microsoft.com/#/groups', 'https://admin.cloud.microsoft/#/groups/'],
  }),
  entraAllGroups: defineAdminPage({
    id: 'entraAllGroups',
    title: 'Entra admin center › Groups › All groups',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/AllGroups',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/groupsmanagementmenublade/~/allgroups'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/AllGroups',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/AllGroups/menuId/AllGroups',
    ],
  }),
  // Per-user MFA opens from this page's toolbar; its own page has no stable admin-center link.
  entraAllUsers: defineAdminPage({
    id: 'entraAllUsers',
    title: 'Entra admin center › Users › All users (Per-user MFA)',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_aad_usersandtenants/usermanagementmenublade/~/allusers'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers',
      'https://portal.azure.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers/menuId/',
    ],
  }),
  entraEnterpriseApps: defineAdminPage({
    id: 'entraEnterpriseApps',
    title: 'Entra admin center › Enterprise apps',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/startboardapplicationsmenublade'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null',
    ],
  }),
  intuneCompliance: defineAdminPage({
    id: 'intuneCompliance',
    title: 'Intune admin center › Devices › Compliance',
    url: 'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesComplianceMenu/~/policies',
    matches: (u) =>
      u.hostname === 'intune.microsoft.com' &&
      hashRoute(u).startsWith('#view/microsoft_intune_devicesettings/devicescompliancemenu/~/'),
    examples: [
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesComplianceMenu/~/policies',
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesComplianceMenu/~/complianceSettings/',
    ],
  }),
  intuneEnrollment: defineAdminPage({
    id: 'intuneEnrollment',
    title: 'Intune admin center › Devices › Enrollment',
    url: 'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesEnrollmentMenu/~/windowsEnrollment',
    matches: (u) =>
      u.hostname === 'intune.microsoft.com' &&
      hashRoute(u).startsWith('#view/microsoft_intune_devicesettings/devicesenrollmentmenu/~/'),
    examples: [
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesEnrollmentMenu/~/windowsEnrollment',
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesEnrollmentMenu/~/appleEnrollment',
    ],
  }),
  pimEntraRoles: defineAdminPage({
    id: 'pimEntraRoles',
    title: 'Entra admin center › Privileged Identity Management › Microsoft Entra roles',
    url: 'https://entra.microsoft.com/#view/Microsoft_Azure_PIMCommon/ResourceMenuBlade/~/roles/resourceId//resourceType/tenant/provider/aadroles',
    matches: (u) =>
      entraOrPortal(u) &&
      hashRoute(u).startsWith('#view/microsoft_azure_pimcommon/resourcemenublade/') &&
      hashRoute(u).includes('/provider/aadroles'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_Azure_PIMCommon/ResourceMenuBlade/~/roles/resourceId//resourceType/tenant/provider/aadroles',
      'https://portal.azure.com/#view/Microsoft_Azure_PIMCommon/ResourceMenuBlade/~/roleSettings/resourceId//resourceType/tenant/provider/aadroles',
    ],
  }),
  accessReviews: defineAdminPage({
    id: 'accessReviews',
    title: 'Entra admin center › Identity Governance › Access reviews',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_ERM/DashboardBlade/~/Controls',
    matches: (u) => entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_erm/dashboardblade/~/controls'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_ERM/DashboardBlade/~/Controls',
      'https://portal.azure.com/#view/Microsoft_AAD_ERM/DashboardBlade/~/Controls/fromNav/',
    ],
  }),
  // Pages for the manual controls: settings Graph can't read, checked and fixed in these admin centers.
  exchangeRemoteDomains: exchangePage(
    'exchangeRemoteDomains',
    'Exchange admin center › Mail flow › Remote domains',
    'remotedomains',
  ),
  exchangeTransportRules: exchangePage(
    'exchangeTransportRules',
    'Exchange admin center › Mail flow › Rules',
    'transportrules',
  ),
  exchangeSettings: exchangePage('exchangeSettings', 'Exchange admin center › Settings', 'settings'),
  exchangeIndividualSharing: exchangePage(
    'exchangeIndividualSharing',
    'Exchange admin center › Organization › Sharing',
    'individualsharing',
  ),
  exchangeMailboxes: exchangePage('exchangeMailboxes', 'Exchange admin center › Recipients › Mailboxes', 'mailboxes'),
  defenderAntiSpam: pathPage(
    'security.microsoft.com',
    'defenderAntiSpam',
    'Microsoft Defender › Policies › Anti-spam',
    '/antispam',
  ),
  defenderAntiPhishing: pathPage(
    'security.microsoft.com',
    'defenderAntiPhishing',
    'Microsoft Defender › Policies › Anti-phishing',
    '/antiphishing',
  ),
  defenderAntiMalware: pathPage(
    'security.microsoft.com',
    'defenderAntiMalware',
    'Microsoft Defender › Policies › Anti-malware',
    '/antimalwarev2',
  ),
  defenderSafeLinks: pathPage(
    'security.microsoft.com',
    'defenderSafeLinks',
    'Microsoft Defender › Policies › Safe Links',
    '/safelinksv2',
  ),
  defenderSafeAttachments: pathPage(
    'security.microsoft.com',
    'defenderSafeAttachments',
    'Microsoft Defender › Policies › Safe Attachments',
    '/safeattachmentv2',
  ),
  defenderPresetPolicies: pathPage(
    'security.microsoft.com',
    'defenderPresetPolicies',
    'Microsoft Defender › Policies › Preset security policies',
    '/presetSecurityPolicies',
  ),
  defenderUserReported: pathPage(
    'security.microsoft.com',
    'defenderUserReported',
    'Microsoft Defender › Settings › Email & collaboration › User reported settings',
    '/securitysettings/userSubmission',
  ),
  defenderTeamsProtection: pathPage(
    'security.microsoft.com',
    'defenderTeamsProtection',
    'Microsoft Defender › Settings › Email & collaboration › Microsoft Teams protection',
    '/securitysettings/teamsProtectionPolicy',
  ),
  defenderDkim: defineAdminPage({
    id: 'defenderDkim',
    title: 'Microsoft Defender › Policies › Email authentication settings › DKIM',
    url: 'https://security.microsoft.com/authentication?viewid=DKIM',
    matches: (u) =>
      u.hostname === 'security.microsoft.com' &&
      u.pathname.toLowerCase().replace(/\/+$/, '') === '/authentication' &&
      (u.searchParams.get('viewid') ?? '').toLowerCase() === 'dkim',
    examples: [
      'https://security.microsoft.com/authentication?viewid=DKIM',
      'https://security.microsoft.com/authentication/?viewid=dkim&tid=00000000-0000-0000-0000-000000000000',
    ],
  }),
  purviewAudit: pathPage('purview.microsoft.com', 'purviewAudit', 'Microsoft Purview › Audit', '/audit/auditsearch'),
  purviewDlpPolicies: pathPage(
    'purview.microsoft.com',
    'purviewDlpPolicies',
    'Microsoft Purview › Data loss prevention › Policies',
    '/datalossprevention/policies',
  ),
  purviewLabelPolicies: pathPage(
    'purview.microsoft.com',
    'purviewLabelPolicies',
    'Microsoft Purview › Information protection › Label publishing policies',
    '/informationprotection/labelpolicies',
  ),
  teamsExternalAccess: pathPage(
    'admin.teams.microsoft.com',
    'teamsExternalAccess',
    'Teams admin center › Users › External access',
    '/company-wide-settings/external-communications',
  ),
  teamsMeetingPolicies: pathPage(
    'admin.teams.microsoft.com',
    'teamsMeetingPolicies',
    'Teams admin center › Meetings › Meeting policies',
    '/policies/meetings',
  ),
  teamsSettings: pathPage(
    'admin.teams.microsoft.com',
    'teamsSettings',
    'Teams admin center › Teams › Teams settings',
    '/company-wide-settings/teams-settings',
  ),
  teamsManageApps: pathPage(
    'admin.teams.microsoft.com',
    'teamsManageApps',
    'Teams admin center › Teams apps › Manage apps',
    '/policies/manage-apps',
  ),
  m365Sway: m365Setting(
    'm365Sway',
    'Microsoft 365 admin center › Settings › Org settings › Sway',
    'Settings/Services/:/Settings/L1/Sway',
  ),
  m365Calendar: m365Setting(
    'm365Calendar',
    'Microsoft 365 admin center › Settings › Org settings › Calendar',
    'Settings/Services/:/Settings/L1/Calendar',
  ),
  m365CustomerLockbox: m365Setting(
    'm365CustomerLockbox',
    'Microsoft 365 admin center › Settings › Org settings › Security & privacy › Customer Lockbox',
    'Settings/SecurityPrivacy/:/Settings/L1/CustomerLockbox',
  ),
} as const satisfies Record<string, AdminPage>;

export type AdminPageId = keyof typeof adminPages;

/** Every page whose matcher accepts the URL (normally one). */
export function pagesFor(url: URL): AdminPage[] {
  return Object.values(adminPages).filter((p) => p.matches(url));
}
