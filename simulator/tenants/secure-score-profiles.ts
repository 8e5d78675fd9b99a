import type * as Graph from '@microsoft/microsoft-graph-types';
import { MDI_TITLES, mdaTitle, mdeActionUrl, remediationOf } from './secure-score-wording';
import { SNAPSHOT_DATE } from './well-known';

/**
 * Secure Score control profiles. Ids are real `secureScoreControlProfile.id` values (graph-sources.md §3,
 * from a dump of 263 profiles); titles are short descriptions of our own (secure-score-wording.ts, a few
 * id-like as Microsoft leaves some), and the scores, ranks and costs are plausible rather than Microsoft's. What a tenant must license for a control to count.
 */
export type ScoreRequirement = 'core' | 'entraP2' | 'mdo' | 'mde' | 'mdi' | 'mda' | 'mip' | 'purview' | 'lockbox';

type Category = 'Identity' | 'Data' | 'Device' | 'Apps';

interface ProfileRow {
  readonly id: string;
  readonly service: string;
  readonly category: Category;
  readonly maxScore: number;
  readonly title: string;
  readonly requires: ScoreRequirement;
  readonly actionUrl?: string;
  readonly deprecated?: boolean;
  readonly tier?: 'Core' | 'Defense in Depth' | 'Advanced';
}

const ENTRA_CA = 'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies';
const ENTRA_USER_SETTINGS =
  'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings/menuId/UserSettings';
const SECURITY_ACTIONS = 'https://security.microsoft.com/securescore?viewid=actions';

const row = (
  id: string,
  service: string,
  category: Category,
  maxScore: number,
  title: string,
  requires: ScoreRequirement = 'core',
  extra: Partial<Pick<ProfileRow, 'actionUrl' | 'deprecated' | 'tier'>> = {},
): ProfileRow => ({ id, service, category, maxScore, title, requires, ...extra });

const ENTRA: readonly ProfileRow[] = [
  row('AdminMFAV2', 'AzureAD', 'Identity', 10, 'Require multifactor authentication for administrative roles', 'core', {
    actionUrl: ENTRA_CA,
  }),
  row(
    'MFARegistrationV2',
    'AzureAD',
    'Identity',
    9,
    'Ensure all users can complete multifactor authentication',
    'core',
    { actionUrl: ENTRA_CA },
  ),
  row(
    'BlockLegacyAuthentication',
    'AzureAD',
    'Identity',
    8,
    'Block legacy authentication with Conditional Access',
    'core',
    { actionUrl: ENTRA_CA, tier: 'Advanced' },
  ),
  row(
    'SelfServicePasswordReset',
    'AzureAD',
    'Identity',
    1,
    'Enable self-service password reset for all users',
    'core',
    {
      tier: 'Defense in Depth',
      actionUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/PasswordResetMenuBlade/~/Properties',
    },
  ),
  row('PWAgePolicyNew', 'AzureAD', 'Identity', 8, 'Set user passwords to never expire', 'core', {
    tier: 'Defense in Depth',
    actionUrl: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
  }),
  row('OneAdmin', 'AzureAD', 'Identity', 1, 'Designate more than one Global Administrator', 'core', {
    actionUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles',
  }),
  row('RoleOverlap', 'AzureAD', 'Identity', 1, 'Use least-privileged administrative roles', 'core', {
    tier: 'Defense in Depth',
  }),
  row('IntegratedApps', 'AzureAD', 'Identity', 4, 'Do not allow users to consent to unmanaged applications', 'core', {
    tier: 'Defense in Depth',
    actionUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings',
  }),
  row('PasswordHashSync', 'AzureAD', 'Identity', 5, 'Turn on password hash synchronization for hybrid identities'),
  row('UserRiskPolicy', 'AzureAD', 'Identity', 7, 'Protect high-risk users with a user risk policy', 'entraP2', {
    tier: 'Advanced',
    actionUrl: ENTRA_CA,
  }),
  row('SigninRiskPolicy', 'AzureAD', 'Identity', 7, 'Protect risky sign-ins with a sign-in risk policy', 'entraP2', {
    tier: 'Advanced',
    actionUrl: ENTRA_CA,
  }),
  row('aad_admin_consent_workflow', 'AzureAD', 'Identity', 3, 'Turn on the admin consent workflow', 'core', {
    actionUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/AdminConsentSettings',
  }),
  row(
    'aad_admin_accounts_separate_unassigned_cloud_only',
    'AzureAD',
    'Identity',
    3,
    'Keep administrative accounts separate, unlicensed and cloud-only',
  ),
  row('aad_custom_banned_passwords', 'AzureAD', 'Identity', 3, 'Use a custom banned password list', 'core', {
    actionUrl:
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/PasswordProtection',
  }),
  row('aad_limited_administrative_roles', 'AzureAD', 'Identity', 3, 'Limit the admin portals to administrative roles'),
  row('aad_linkedin_connection_disables', 'AzureAD', 'Identity', 2, 'Turn off LinkedIn account connections', 'core', {
    actionUrl: ENTRA_USER_SETTINGS,
  }),
  row('aad_managed_approved_public_groups_only', 'AzureAD', 'Identity', 2, 'Allow only approved public groups'),
  row(
    'aad_password_protection',
    'AzureAD',
    'Identity',
    3,
    'Turn on password protection for on-premises Active Directory',
  ),
  row(
    'aad_phishing_MFA_strength',
    'AzureAD',
    'Identity',
    6,
    'Require phishing-resistant MFA strength for administrators',
    'core',
    { actionUrl: ENTRA_CA },
  ),
  row(
    'aad_sign_in_freq_session_timeout',
    'AzureAD',
    'Identity',
    4,
    'Limit administrator sign-in frequency and persistent browser sessions',
    'core',
    { actionUrl: ENTRA_CA },
  ),
  row('aad_third_party_apps', 'AzureAD', 'Identity', 3, 'Do not let users register third-party applications', 'core', {
    actionUrl: ENTRA_USER_SETTINGS,
  }),
  // Older names Microsoft still lists, retired in favour of the V2/New controls above.
  row('AdminMFA', 'AzureAD', 'Identity', 10, 'Require MFA for administrative roles (retired)', 'core', {
    deprecated: true,
  }),
  row('MFARegistration', 'AzureAD', 'Identity', 9, 'Register all users for MFA (retired)', 'core', {
    deprecated: true,
  }),
  row('PWAgePolicy', 'AzureAD', 'Identity', 8, 'Do not expire passwords (retired)', 'core', { deprecated: true }),
  row('DLPEnabled', 'IP', 'Data', 20, 'Apply data loss prevention policies (retired)', 'purview', { deprecated: true }),
  row('AuditLogSearch', 'IP', 'Data', 15, 'Turn on audit log search (retired)', 'core', { deprecated: true }),
];

const EXCHANGE_AND_M365: readonly ProfileRow[] = [
  row('CustomerLockBoxEnabled', 'EXO', 'Data', 1, 'Turn on Customer Lockbox', 'lockbox', { tier: 'Advanced' }),
  row('exo_individualsharing', 'EXO', 'Data', 3, 'Do not share calendar details with external users', 'core', {
    actionUrl: 'https://admin.exchange.microsoft.com/#/individualsharing',
  }),
  row('exo_mailboxaudit', 'EXO', 'Apps', 3, 'Turn on mailbox auditing for all users'),
  row('exo_mailtipsenabled', 'EXO', 'Apps', 3, 'Turn on MailTips for end users'),
  row('exo_oauth2clientprofileenabled', 'EXO', 'Apps', 9, 'Require modern authentication for Exchange Online', 'core', {
    actionUrl: 'https://admin.exchange.microsoft.com/#/settings',
  }),
  row('exo_outlookaddins', 'EXO', 'Apps', 3, 'Do not let users install Outlook add-ins'),
  row('exo_SPF_records_for_all_domains', 'EXO', 'Apps', 3, 'Publish SPF records for every Exchange domain', 'core', {
    actionUrl: 'https://admin.exchange.microsoft.com/#/accepteddomains',
  }),
  row('exo_storageproviderrestricted', 'EXO', 'Apps', 3, 'Restrict additional storage providers in Outlook on the web'),
  row(
    'exo_transportrulesallowlistdomains',
    'EXO',
    'Apps',
    3,
    'Do not bypass spam filtering for whole domains in transport rules',
    'core',
    { actionUrl: 'https://admin.exchange.microsoft.com/#/transportrules' },
  ),
  row('forms_phishing_protection', 'FORMS', 'Apps', 3, 'Turn on internal phishing protection for Forms', 'core', {
    actionUrl: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeForms',
  }),
  row(
    'admincenter_owned_apps_and_services',
    'Admincenter',
    'Apps',
    3,
    'Restrict user-owned apps and services',
    'core',
    { actionUrl: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/Store' },
  ),
  row('sway_block_sharing_with_outside_users', 'SWAY', 'Data', 3, 'Do not share Sways outside the organisation'),
  row('mcas_mda_enabled', 'MCAS', 'Apps', 5, 'Turn on Microsoft Defender for Cloud Apps', 'mda'),
  row('McasFirewallLogUpload', 'MCAS', 'Apps', 5, 'Upload firewall logs to discover shadow IT', 'mda', {
    tier: 'Advanced',
  }),
  row('AppG_regulate_access_to_sensitive_data', 'AppG', 'Apps', 3, 'Regulate app access to sensitive data', 'mda'),
  row(
    'AppG_unusual_activity_with_priority_account',
    'AppG',
    'Apps',
    3,
    'Regulate apps consented by priority accounts',
    'mda',
  ),
];

const MDO_IDS: ReadonlyArray<readonly [string, number, string]> = [
  ['mdo_allowedsenderscombined', 5, 'Do not allow whole sender domains in anti-spam policies'],
  ['mdo_antiphishingpolicies', 5, 'Create an anti-phishing policy'],
  ['mdo_atpprotection', 8, 'Turn on Defender for Office 365 in SharePoint, OneDrive and Teams'],
  ['mdo_autoforwardingmode', 8, 'Let the system control automatic forwarding'],
  ['mdo_blockmailforward', 8, 'Block every form of external mail forwarding'],
  ['mdo_bulkspamaction', 3, 'Act on bulk mail detections'],
  ['mdo_bulkthreshold', 3, 'Keep the bulk complaint level threshold at 6 or lower'],
  ['mdo_commonattachmentsfilter', 5, 'Turn on the common attachment types filter'],
  ['mdo_connectionfilter', 3, 'Keep the connection filter IP allow list empty'],
  ['mdo_enabledomainstoprotect', 5, 'Protect your domains from impersonation'],
  ['mdo_enablemailboxintelligence', 3, 'Turn on mailbox intelligence'],
  ['mdo_highconfidencephishaction', 5, 'Quarantine high-confidence phishing'],
  ['mdo_highconfidencespamaction', 3, 'Quarantine high-confidence spam'],
  ['mdo_mailboxintelligenceprotection', 3, 'Use mailbox intelligence for impersonation protection'],
  ['mdo_mailboxintelligenceprotectionaction', 3, 'Act on mailbox-intelligence impersonation detections'],
  ['mdo_phishthresholdlevel', 3, 'Set the phishing threshold to 2 or higher'],
  ['mdo_phisspamacation', 3, 'Quarantine phishing detections'],
  ['mdo_quarantineretentionperiod', 2, 'Keep quarantined spam for 30 days'],
  ['mdo_recipientexternallimitperhour', 2, 'Limit external recipients per hour'],
  ['mdo_recipientinternallimitperhour', 2, 'Limit internal recipients per hour'],
  ['mdo_recipientlimitperday', 2, 'Limit recipients per day'],
  ['mdo_safeattachmentpolicy', 8, 'Turn on a Safe Attachments policy'],
  ['mdo_safeattachments', 8, 'Run Safe Attachments in block mode'],
  ['mdo_safedocuments', 5, 'Turn on Safe Documents for Office clients'],
  ['mdo_safelinksforemail', 8, 'Create Safe Links policies for email'],
  ['mdo_safelinksforOfficeApps', 5, 'Turn on Safe Links for Office apps'],
  ['mdo_similardomainssafetytips', 2, 'Show the similar-domain impersonation safety tip'],
  ['mdo_similaruserssafetytips', 2, 'Show the similar-user impersonation safety tip'],
  ['mdo_spam_notifications_only_for_admins', 2, 'Notify administrators about outbound spam'],
  ['mdo_spamaction', 3, 'Act on spam detections'],
  ['mdo_targeteddomainprotectionaction', 3, 'Quarantine mail from impersonated domains'],
  ['mdo_targeteduserprotectionaction', 3, 'Quarantine mail from impersonated users'],
  ['mdo_targetedusersprotection', 5, 'Protect priority users from impersonation'],
  ['mdo_thresholdreachedaction', 2, 'Block users who reach the sending limit'],
  ['mdo_unusualcharacterssafetytips', 2, 'Show the unusual-characters safety tip'],
  ['mdo_zapmalware', 5, 'Purge malware after delivery (ZAP)'],
  ['mdo_zapphish', 5, 'Purge phishing after delivery (ZAP)'],
  ['mdo_zapspam', 3, 'Purge spam after delivery (ZAP)'],
];

const TEAMS_AND_DATA: readonly ProfileRow[] = [
  row('meeting_anonymousstartmeeting_v1', 'MS Teams', 'Apps', 3, 'Do not let anonymous users start meetings', 'core', {
    actionUrl: 'https://admin.teams.microsoft.com/policies/meetings',
  }),
  row('meeting_autoadmitusers_v1', 'MS Teams', 'Apps', 3, 'Admit only invited users automatically', 'core', {
    actionUrl: 'https://admin.teams.microsoft.com/policies/meetings',
  }),
  row('meeting_designatedpresenter_v1', 'MS Teams', 'Apps', 3, 'Limit who can present in meetings', 'core', {
    actionUrl: 'https://admin.teams.microsoft.com/policies/meetings',
  }),
  row(
    'meeting_externalrequestcontrol_v1',
    'MS Teams',
    'Apps',
    3,
    'Do not let external participants take control',
    'core',
    { actionUrl: 'https://admin.teams.microsoft.com/policies/meetings' },
  ),
  row('meeting_pstnusersbypasslobby_v1', 'MS Teams', 'Apps', 3, 'Keep dial-in users in the lobby', 'core', {
    actionUrl: 'https://admin.teams.microsoft.com/policies/meetings',
  }),
  row('meeting_restrictanonymousjoin_v1', 'MS Teams', 'Apps', 3, 'Do not let anonymous users join meetings', 'core', {
    actionUrl: 'https://admin.teams.microsoft.com/policies/meetings',
  }),
  row('dlp_datalossprevention', 'MIP', 'Data', 10, 'Turn on data loss prevention policies', 'purview', {
    actionUrl: 'https://purview.microsoft.com/datalossprevention/policies',
  }),
  row('mip_DLP_policies_Teams', 'MIP', 'Data', 5, 'Cover Microsoft Teams with DLP policies', 'purview'),
  row('mip_autosensitivitylabelspolicies', 'MIP', 'Data', 5, 'Use auto-labelling policies', 'purview', {
    actionUrl: 'https://purview.microsoft.com/informationprotection/autolabeling',
  }),
  row(
    'mip_management_API_enabled_four_workloads',
    'MIP',
    'Data',
    3,
    'Turn on the Management Activity API for the main workloads',
  ),
  row('mip_purviewlabelconsent', 'MIP', 'Data', 3, 'Extend sensitivity labels to the Purview data map', 'purview'),
  row('mip_search_auditlog', 'MIP', 'Data', 8, 'Turn on audit log search', 'core', {
    actionUrl: 'https://purview.microsoft.com/audit/auditsearch',
  }),
  row('mip_sensitivitylabelspolicies', 'MIP', 'Data', 5, 'Publish sensitivity label policies', 'mip', {
    actionUrl: 'https://purview.microsoft.com/informationprotection/labelpolicies',
  }),
  row('spo_block_onedrive_sync_unmanaged_devices', 'SPO', 'Data', 3, 'Block OneDrive sync from unmanaged devices'),
  row('spo_external_sharing_managed', 'SPO', 'Data', 3, 'Manage external sharing with domain allow or block lists'),
  row('spo_external_users_sharing', 'SPO', 'Data', 3, 'Do not let guests reshare items they do not own'),
  row('spo_idle_session_timeout', 'SPO', 'Data', 3, 'Sign out inactive SharePoint users'),
  row('spo_legacy_auth', 'SPO', 'Data', 3, 'Require modern authentication for SharePoint apps'),
];

// Defender for Identity recommendations (ids only; titles come from splitting the id).
const MDI_IDS = [
  'AccountsInOperatorGroups',
  'AccountsWithNonDefaultPrimaryGroup',
  'AccountWithLeakedCredentials',
  'AdAccountWithPotentiallyLeakedCredentials',
  'ADCSCertificateTemplateArbitraryAppPolicies',
  'ADCSCertificateTemplateEnrolementSuppliesSubject',
  'AdcsComputersWithNoMdiSensorInstalled',
  'ADCSInsecureCertificateEnrollmentIisEndpoints',
  'ADCSMisconfiguredCertificateAuthorityAcl',
  'ADCSMisconfiguredCertificateTemplateAcl',
  'ADCSMisconfiguredCertificateTemplateEku',
  'ADCSMisconfiguredCertificateTemplateEnrollmentAgent',
  'ADCSMisconfiguredCertificateTemplateOwner',
  'ADCSMisconfiguredRpcEnrollmentSigning',
  'ADCSSanSpecifiedByUserEnabled',
  'AdfsComputersWithNoMdiSensorInstalled',
  'AdminSDHolder',
  'AzureSsoAccountOldPasswords',
  'BuiltinAdministratorAccountWithOldPassword',
  'BuiltinGuestAccountIsEnabled',
  'BuiltinKrbtgtAccountWithOldPassword',
  'ClearText',
  'DefenderForIdentityIsNotInstalled',
  'DnsAdminsGroupWithUnsafePermissions',
  'DomainControllerLocalUsers',
  'DomainControllersWithOldPassword',
  'DormantAccounts',
  'EntraConnectAccountsOldPasswords',
  'EntraConnectAccountUnnecessaryReplicationPermission',
  'EntraConnectComputersWithNoMdiSensorInstalled',
  'ExposedPasswordsInADAttributes',
  'ExternalAndGuestUsersWithPrivilegedRoles',
  'GroupManagedServiceAccountWithUnrecommendedPasswordChangeInterval',
  'GroupPolicyPasswordInPreferences',
  'HoneyToken',
  'InactiveServiceAccounts',
  'KerberosDelegations',
  'NonAdminDCSyncAccounts',
  'PathRisk',
  'PrintSpooler',
  'PrivilegedAccountsWithDelegationAllowed',
  'PwdLAPS',
  'Sensor',
  'ServiceAccountsInPrivilegedGroup',
  'SIDHistory',
  'StaleAccounts',
  'UnsecureAccount',
  'UnsecureDomain',
  'Vpn',
  'WeakCipher',
];

// Defender for Cloud Apps posture for connected SaaS apps.
const MDA_IDS = [
  'Atlassian_EnableTwoFactorAuth',
  'Atlassian_ForceSSO',
  'Atlassian_InactiveTimeoutMins',
  'Atlassian_passwordExpiry',
  'CitrixSF_EnableTwoFactorAuth',
  'CitrixSF_ForceSSO',
  'CitrixSF_LoginFailMaxAttempts',
  'CitrixSF_MinimumLength',
  'DocuSign_EnhancedPassword',
  'DocuSign_SessionTimeout',
  'Dropbox_InactiveTimeoutMins',
  'GitHub_DependencyInsights',
  'GitHub_OutsideCollabInvitation',
  'GitHub_PrivateRepositoryForkingSetting',
  'GitHub_PublicRepoCreation',
  'GitHub_SAML',
  'Google_EnableTwoFactorAuth',
  'NetDocuments_SSO',
  'Okta_EnhancedPassword',
  'Okta_MFA',
  'Okta_SessionTimeout',
  'SF_enableAdminLoginAsAnyUser',
  'SF_enableClickjackSetup',
  'SF_enableCSRFOnGet',
  'SF_forceLogoutOnSessionTimeout',
  'SF_maxLoginAttempts',
  'SF_password_complexity',
  'SF_password_minimumPasswordLength',
  'SF_requireHttpOnly',
  'SNOW_authenticateMultifactor',
  'SNOW_highSecurity',
  'SNOW_uiSessionTimeout',
  'SNOW_useCsrfToken',
  'Workplace_SSO',
  'Zendesk_MFA',
  'Zendesk_SSO',
  'Zendesk_sessionexpiry',
  'Zoom_MFA',
  'Zoom_PasswordReq',
  'Zoom_SessionTimeoutWeb',
];

// Defender for Endpoint security configuration ids, each with a short title of our own.
const MDE_IDS: ReadonlyArray<readonly [number, string]> = [
  [9, 'Turn on Microsoft Defender Antivirus real-time protection'],
  [70, 'Block Office applications from creating child processes'],
  [71, 'Block executable content from email and webmail'],
  [72, 'Block JavaScript or VBScript from launching downloaded content'],
  [73, 'Block execution of potentially obfuscated scripts'],
  [74, 'Block Win32 API calls from Office macros'],
  [75, 'Block Office applications from creating executable content'],
  [76, 'Block Office applications from injecting code into other processes'],
  [77, 'Block Adobe Reader from creating child processes'],
  [78, 'Block credential stealing from the Windows local security authority'],
  [79, 'Block persistence through WMI event subscription'],
  [80, 'Block untrusted and unsigned processes that run from USB'],
  [81, 'Block process creations from PSExec and WMI commands'],
  [82, 'Block Office communication apps from creating child processes'],
  [83, 'Use advanced protection against ransomware'],
  [85, 'Turn on Microsoft Defender Firewall for the domain profile'],
  [87, 'Turn on Microsoft Defender Firewall for the private profile'],
  [88, 'Turn on Microsoft Defender Firewall for the public profile'],
  [89, 'Turn on cloud-delivered protection'],
  [90, 'Turn on potentially unwanted application protection'],
  [91, 'Turn on network protection in block mode'],
  [92, 'Turn on Microsoft Defender SmartScreen for apps and files'],
  [93, 'Turn on Microsoft Defender SmartScreen in Microsoft Edge'],
  [94, 'Encrypt all supported drives with BitLocker'],
  [95, 'Turn on tamper protection'],
  [96, 'Turn on Credential Guard'],
  [97, 'Turn off SMBv1 on clients and servers'],
  [98, 'Disable anonymous enumeration of shares'],
  [99, 'Set the LAN Manager authentication level to NTLMv2 only'],
  [100, 'Turn off AutoRun for all drives'],
  [101, 'Require a password when a computer wakes'],
  [102, 'Turn on scanning of removable drives during full scans'],
  [103, 'Block abuse of exploited vulnerable signed drivers'],
  [10000, 'Onboard every device to Defender for Endpoint'],
  [10001, 'Update Microsoft Defender Antivirus definitions'],
  [10002, 'Keep Windows security updates current'],
  [10003, 'Turn on endpoint detection and response in block mode'],
];

/** `AccountsWithNonDefaultPrimaryGroup` → "Accounts with non default primary group". */
function titleFromId(id: string): string {
  const words = id
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .filter((w) => w !== '');
  return words.map((w, i) => (i === 0 || /^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase())).join(' ');
}

const ALL_ROWS: readonly ProfileRow[] = [
  ...ENTRA,
  ...EXCHANGE_AND_M365,
  ...MDO_IDS.map(([id, max, title]) =>
    row(id, 'MDO', 'Apps', max, title, 'mdo', { actionUrl: 'https://security.microsoft.com/presetSecurityPolicies' }),
  ),
  ...TEAMS_AND_DATA,
  ...MDI_IDS.map((id, i) =>
    row(`AATP_${id}`, 'Azure ATP', 'Identity', 1 + (i % 3), MDI_TITLES[id] ?? titleFromId(id), 'mdi'),
  ),
  ...MDA_IDS.map((id) =>
    row(
      `MDA_${id}`,
      `MDA_${id.split('_')[0] ?? ''}`,
      'Apps',
      1,
      mdaTitle(id) ?? titleFromId(id.split('_').slice(1).join('_')),
      'mda',
    ),
  ),
  ...MDE_IDS.map(([n, title], i) =>
    row(`scid_${n}`, 'MDATP', 'Device', 4 + (i % 6), title, 'mde', { actionUrl: mdeActionUrl(title) }),
  ),
];

/** What a control needs licensed, by id. */
export const scoreRequirements: ReadonlyMap<string, ScoreRequirement> = new Map(
  ALL_ROWS.map((r) => [r.id, r.requires]),
);

const COSTS = ['Low', 'Moderate', 'High'] as const;

/** A state an admin set on a control in the Secure Score portal (ignored, thirdParty, reviewed …). */
export interface ControlStateSpec {
  readonly state: string;
  readonly updatedBy: string;
  readonly updatedDateTime: string;
  readonly comment?: string;
}

const defaultState = (): Graph.SecureScoreControlStateUpdate => ({
  assignedTo: null,
  comment: null,
  state: 'Default',
  updatedBy: null,
  updatedDateTime: '2024-01-01T00:00:00Z',
});

/** Every profile, shaped like `GET /security/secureScoreControlProfiles` (security-list-securescorecontrolprofiles). */
export function secureScoreControlProfiles(
  tenantId: string,
  states: Readonly<Record<string, ControlStateSpec>> = {},
): Graph.SecureScoreControlProfile[] {
  return ALL_ROWS.map((r, i) => ({
    id: r.id,
    azureTenantId: tenantId,
    actionType: r.category === 'Device' ? 'Config' : i % 7 === 0 ? 'Review' : 'Config',
    actionUrl: r.actionUrl ?? SECURITY_ACTIONS,
    controlCategory: r.category,
    title: r.title,
    deprecated: r.deprecated ?? false,
    implementationCost: COSTS[i % 3] ?? 'Low',
    lastModifiedDateTime: SNAPSHOT_DATE,
    maxScore: r.maxScore,
    rank: i + 1,
    remediation: remediationOf(r.service, r.title),
    remediationImpact: 'Changing this setting may affect how users sign in or share.',
    service: r.service,
    threats:
      r.category === 'Identity'
        ? ['Account Breach', 'Elevation of Privilege']
        : r.category === 'Data'
          ? ['Data Exfiltration', 'Data Spillage']
          : ['Malware', 'Phishing'],
    tier: r.tier ?? 'Core',
    userImpact: COSTS[(i + 1) % 3] ?? 'Low',
    complianceInformation: [],
    controlStateUpdates: states[r.id]
      ? [defaultState(), { assignedTo: null, comment: null, ...states[r.id] }]
      : [defaultState()],
    vendorInformation: { provider: 'SecureScore', providerVersion: null, subProvider: null, vendor: 'Microsoft' },
  }));
}
