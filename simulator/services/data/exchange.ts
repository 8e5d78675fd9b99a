/**
 * The simulated tenants' Exchange Online data (issue 17): one part per tenant, merged in
 * tenant-services.ts. Owned by the exchange controls (email-*, purview-audit-log-enabled,
 * m365-customer-lockbox-enabled). Property names and value types follow each cmdlet's reference on
 * learn.microsoft.com/powershell/module/exchangepowershell; only the properties the controls read plus
 * each object's `Identity`/`Name` are kept. `Get-HostedOutboundSpamFilterPolicy` lives here because the
 * external-forwarding control reads it (it runs on the Exchange endpoint).
 */
import { stableGuid } from '../../seeded-random';
import type { ServiceDataPart, ServiceObject } from '../service-data';

/** Microsoft's defaults for a new tenant (Set-OrganizationConfig reference), before anyone changes them. */
const DEFAULT_ORGANIZATION = {
  CustomerLockBoxEnabled: false,
  OAuth2ClientProfileEnabled: true,
  RejectDirectSend: false,
  AuditDisabled: false,
  MailTipsAllTipsEnabled: true,
  MailTipsExternalRecipientsTipsEnabled: false,
  MailTipsGroupMetricsEnabled: true,
} as const;

const organization = (domain: string, settings: Partial<Record<keyof typeof DEFAULT_ORGANIZATION, boolean>>) => [
  { Identity: domain, Name: domain, Guid: stableGuid('exo-org', domain), ...DEFAULT_ORGANIZATION, ...settings },
];

const auditLogConfig = (on: boolean) => [
  {
    Identity: 'Admin Audit Log Settings',
    Name: 'Admin Audit Log Settings',
    AdminAuditLogEnabled: true,
    UnifiedAuditLogIngestionEnabled: on,
  },
];

const transportConfig = (smtpAuthOff: boolean) => [
  { Identity: 'Transport Settings', Name: 'Transport Settings', SmtpClientAuthenticationDisabled: smtpAuthOff },
];

/** The `Default` remote domain every tenant has (DomainName `*`): AutoForwardEnabled is True until changed. */
const defaultRemoteDomain = (autoForward: boolean): ServiceObject => ({
  Identity: 'Default',
  Name: 'Default',
  DomainName: '*',
  IsInternal: false,
  AutoForwardEnabled: autoForward,
  AutoReplyEnabled: true,
});

/** The `Default` outbound spam policy: AutoForwardingMode `Automatic` (system-controlled: blocked since 2020). */
const defaultOutboundPolicy = (mode: 'Automatic' | 'On' | 'Off'): ServiceObject => ({
  Identity: 'Default',
  Name: 'Default',
  IsDefault: true,
  AutoForwardingMode: mode,
  RecipientLimitExternalPerHour: 0,
  ActionWhenThresholdReached: 'BlockUserForToday',
});

const rule = (name: string, settings: ServiceObject): ServiceObject => ({
  Identity: name,
  Name: name,
  Guid: stableGuid('exo-rule', name),
  State: 'Enabled',
  Mode: 'Enforce',
  Priority: 0,
  FromScope: null,
  SenderDomainIs: null,
  SetSCL: null,
  PrependSubject: null,
  RedirectMessageTo: null,
  BlindCopyTo: null,
  ...settings,
});

const EXTERNAL_WARNING = rule('External sender warning', {
  FromScope: 'NotInOrganization',
  PrependSubject: '[EXTERNAL] ',
});

/** `Default Sharing Policy` as Microsoft creates it: free/busy to every domain, and anonymously. */
const DEFAULT_SHARING_DOMAINS = ['Anonymous:CalendarSharingFreeBusyReviewer', '*:CalendarSharingFreeBusySimple'];
const sharingPolicy = (domains: readonly string[], enabled = true) => [
  {
    Identity: 'Default Sharing Policy',
    Name: 'Default Sharing Policy',
    Enabled: enabled,
    Default: true,
    Domains: domains,
  },
];

/** The end-user roles of `Default Role Assignment Policy`; new tenants also assign the three app roles. */
const BASE_USER_ROLES = [
  'MyBaseOptions',
  'MyContactInformation',
  'MyProfileInformation',
  'MyDistributionGroupMembership',
  'MyRetentionPolicies',
  'MyTextMessaging',
  'MyVoiceMail',
];
const APP_ROLES = ['My Custom Apps', 'My Marketplace Apps', 'My ReadWriteMailbox Apps'];
const roleAssignmentPolicy = (roles: readonly string[]) => [
  {
    Identity: 'Default Role Assignment Policy',
    Name: 'Default Role Assignment Policy',
    IsDefault: true,
    AssignedRoles: roles,
  },
];

const owaPolicy = (storageProviders: boolean) => [
  {
    Identity: 'OwaMailboxPolicy-Default',
    Name: 'OwaMailboxPolicy-Default',
    IsDefault: true,
    AdditionalStorageProvidersAvailable: storageProviders,
  },
];

const externalInOutlook = (tenant: string, on: boolean) => [
  { Identity: stableGuid('tenant', tenant), Enabled: on, AllowList: [] },
];

/** Get-AcceptedDomain: the tenant's domains, the first one the default. */
const acceptedDomains = (...domains: string[]) =>
  domains.map((d, i) => ({
    Identity: d,
    Name: d,
    DomainName: d,
    DomainType: 'Authoritative',
    Default: i === 0,
  }));

const bypass = (name: string, on: boolean): ServiceObject => ({ Identity: name, Name: name, AuditBypassEnabled: on });

const sharedMailbox = (tenant: string, alias: string, domain: string): ServiceObject => ({
  Identity: alias,
  Name: alias,
  UserPrincipalName: `${alias}@${domain}`,
  PrimarySmtpAddress: `${alias}@${domain}`,
  // The Entra user behind the mailbox: the simulated tenant's user of that alias.
  ExternalDirectoryObjectId: stableGuid(tenant, 'user', alias),
  RecipientTypeDetails: 'SharedMailbox',
});

/** The hardened E5 tenant: passes every exchange control. */
export const hardenedExchange: ServiceDataPart = {
  cmdlets: {
    'Get-OrganizationConfig': organization('woodgrovebank.onmicrosoft.com', {
      CustomerLockBoxEnabled: true,
      RejectDirectSend: true,
      MailTipsExternalRecipientsTipsEnabled: true,
    }),
    'Get-AdminAuditLogConfig': auditLogConfig(true),
    'Get-TransportConfig': transportConfig(true),
    'Get-RemoteDomain': [defaultRemoteDomain(false)],
    'Get-HostedOutboundSpamFilterPolicy': [defaultOutboundPolicy('Off')],
    'Get-TransportRule': [
      EXTERNAL_WARNING,
      rule('Journal copy to records', { BlindCopyTo: ['records@woodgrovebank.com'], Priority: 1 }),
    ],
    'Get-AcceptedDomain': acceptedDomains('woodgrovebank.com', 'woodgrovebank.onmicrosoft.com'),
    'Get-SharingPolicy': sharingPolicy(['woodgrove.partners:CalendarSharingFreeBusySimple']),
    'Get-RoleAssignmentPolicy': roleAssignmentPolicy(BASE_USER_ROLES),
    'Get-OwaMailboxPolicy': owaPolicy(false),
    'Get-ExternalInOutlook': externalInOutlook('woodgrovebank', true),
    'Get-MailboxAuditBypassAssociation': [bypass('bg-admin01', false), bypass('bg-admin02', false)],
    // No shared mailbox: nothing to sign in to (tests add one with its user).
    'Get-EXOMailbox': [],
  },
};

/**
 * The demo tenant (Contoso): Microsoft's defaults mostly left alone, a few fixes and a few shortcuts a
 * small IT team takes (SMTP AUTH kept on for the scanner, a partner allowed past spam filtering,
 * forwarding allowed on the Default remote domain).
 */
export const contosoExchange: ServiceDataPart = {
  cmdlets: {
    'Get-OrganizationConfig': organization('contoso.onmicrosoft.com', {}),
    'Get-AdminAuditLogConfig': auditLogConfig(true),
    'Get-TransportConfig': transportConfig(false),
    'Get-RemoteDomain': [
      defaultRemoteDomain(true),
      { ...defaultRemoteDomain(false), Identity: 'Fabrikam', Name: 'Fabrikam', DomainName: 'fabrikam.com' },
    ],
    'Get-HostedOutboundSpamFilterPolicy': [defaultOutboundPolicy('Automatic')],
    'Get-AcceptedDomain': acceptedDomains(
      'contoso.com',
      'contoso.onmicrosoft.com',
      'fabrikam.co.uk',
      'research.contoso.com',
    ),
    'Get-TransportRule': [
      rule('Partner bypass - Fabrikam', { SenderDomainIs: ['fabrikam.com'], SetSCL: -1, Priority: 0 }),
      rule('Disclaimer', { State: 'Disabled', Priority: 1 }),
    ],
    'Get-SharingPolicy': sharingPolicy(DEFAULT_SHARING_DOMAINS),
    'Get-RoleAssignmentPolicy': roleAssignmentPolicy([...BASE_USER_ROLES, ...APP_ROLES]),
    'Get-OwaMailboxPolicy': owaPolicy(false),
    'Get-ExternalInOutlook': externalInOutlook('contoso', true),
    'Get-MailboxAuditBypassAssociation': [bypass('svc-scan2mail', false), bypass('admin', false)],
    'Get-EXOMailbox': [sharedMailbox('contoso', 'reception', 'contoso.com')],
  },
};

/** A tenant as Microsoft creates it: only the default policies, with their default settings. */
export const freshDefaultsExchange: ServiceDataPart = {
  cmdlets: {
    'Get-OrganizationConfig': organization('fabrikam.onmicrosoft.com', {}),
    'Get-AdminAuditLogConfig': auditLogConfig(true),
    // SMTP AUTH is off in tenants created since January 2020.
    'Get-TransportConfig': transportConfig(true),
    'Get-RemoteDomain': [defaultRemoteDomain(true)],
    'Get-HostedOutboundSpamFilterPolicy': [defaultOutboundPolicy('Automatic')],
    'Get-TransportRule': [],
    'Get-AcceptedDomain': acceptedDomains('fabrikam.onmicrosoft.com'),
    'Get-SharingPolicy': sharingPolicy(DEFAULT_SHARING_DOMAINS),
    'Get-RoleAssignmentPolicy': roleAssignmentPolicy([...BASE_USER_ROLES, ...APP_ROLES]),
    'Get-OwaMailboxPolicy': owaPolicy(true),
    'Get-ExternalInOutlook': externalInOutlook('fabrikam', false),
    'Get-MailboxAuditBypassAssociation': [],
    'Get-EXOMailbox': [],
  },
};
