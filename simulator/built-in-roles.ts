/**
 * Built-in Entra role template ids (the same GUID is the `roleDefinitionId` in unified role
 * management). Taken from the privileged-role table of graph-sources.md §0, plus a few read roles.
 */
export const RoleTemplates = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  teamsAdministrator: '69091246-20e8-4a56-aa4d-066075b2a7a8',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  hybridIdentityAdministrator: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  intuneAdministrator: '3a2c62db-5318-420d-8d74-23affee5d9d5',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
} as const;
export type RoleTemplateId = (typeof RoleTemplates)[keyof typeof RoleTemplates];

/** Display name and description, as `GET /directoryRoles` shows them. */
export const roleInfo: Readonly<Record<string, { readonly displayName: string; readonly description: string }>> = {
  [RoleTemplates.globalAdministrator]: {
    displayName: 'Global Administrator',
    description:
      'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  },
  [RoleTemplates.privilegedRoleAdministrator]: {
    displayName: 'Privileged Role Administrator',
    description:
      'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
  },
  [RoleTemplates.exchangeAdministrator]: {
    displayName: 'Exchange Administrator',
    description: 'Can manage all aspects of the Exchange product.',
  },
  [RoleTemplates.sharePointAdministrator]: {
    displayName: 'SharePoint Administrator',
    description: 'Can manage all aspects of the SharePoint service.',
  },
  [RoleTemplates.teamsAdministrator]: {
    displayName: 'Teams Administrator',
    description: 'Can manage the Microsoft Teams service.',
  },
  [RoleTemplates.securityAdministrator]: {
    displayName: 'Security Administrator',
    description:
      'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
  },
  [RoleTemplates.userAdministrator]: {
    displayName: 'User Administrator',
    description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
  },
  [RoleTemplates.applicationAdministrator]: {
    displayName: 'Application Administrator',
    description: 'Can create and manage all aspects of app registrations and enterprise apps.',
  },
  [RoleTemplates.cloudApplicationAdministrator]: {
    displayName: 'Cloud Application Administrator',
    description: 'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.',
  },
  [RoleTemplates.privilegedAuthenticationAdministrator]: {
    displayName: 'Privileged Authentication Administrator',
    description:
      'Can access to view, set and reset authentication method information for any user (admin or non-admin).',
  },
  [RoleTemplates.conditionalAccessAdministrator]: {
    displayName: 'Conditional Access Administrator',
    description: 'Can manage Conditional Access capabilities.',
  },
  [RoleTemplates.authenticationAdministrator]: {
    displayName: 'Authentication Administrator',
    description: 'Can access to view, set and reset authentication method information for any non-admin user.',
  },
  [RoleTemplates.helpdeskAdministrator]: {
    displayName: 'Helpdesk Administrator',
    description: 'Can reset passwords for non-administrators and Helpdesk Administrators.',
  },
  [RoleTemplates.billingAdministrator]: {
    displayName: 'Billing Administrator',
    description: 'Can perform common billing related tasks like updating payment information.',
  },
  [RoleTemplates.hybridIdentityAdministrator]: {
    displayName: 'Hybrid Identity Administrator',
    description:
      'Can manage AD to Microsoft Entra cloud provisioning, Microsoft Entra Connect, and federation settings.',
  },
  [RoleTemplates.globalReader]: {
    displayName: 'Global Reader',
    description: 'Can read everything that a Global Administrator can, but not update anything.',
  },
  [RoleTemplates.securityReader]: {
    displayName: 'Security Reader',
    description: 'Can read security information and reports in Microsoft Entra ID and Office 365.',
  },
  [RoleTemplates.reportsReader]: { displayName: 'Reports Reader', description: 'Can read sign-in and audit reports.' },
  [RoleTemplates.intuneAdministrator]: {
    displayName: 'Intune Administrator',
    description: 'Can manage all aspects of the Intune product.',
  },
  [RoleTemplates.licenseAdministrator]: {
    displayName: 'License Administrator',
    description: 'Can manage product licenses on users and groups.',
  },
  [RoleTemplates.directoryReaders]: {
    displayName: 'Directory Readers',
    description:
      'Can read basic directory information. Commonly used to grant directory read access to applications and guests.',
  },
};
