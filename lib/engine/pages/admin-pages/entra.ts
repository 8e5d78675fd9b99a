/** Pages of the Microsoft Entra admin center, and the same blades in the Azure portal (the matchers accept both). */
import { defineAdminPage, hashRoute, type AdminPage } from './define-admin-page';

const entraOrPortal = (u: URL): boolean => u.hostname === 'entra.microsoft.com' || u.hostname === 'portal.azure.com';

export const entraPages = {
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
} as const satisfies Record<string, AdminPage>;
