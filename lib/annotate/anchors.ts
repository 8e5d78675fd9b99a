/**
 * Where a control's inline badge goes on each admin-center page: the setting's visible label text (or
 * accessible name), never a generated class name. One data file, so a label Microsoft renames is a
 * one-line fix; a test keeps every control id valid and every page id known (lib/engine/pages/page-map.ts).
 * Several labels per entry: the first one found wins (older and newer wordings side by side).
 */
export interface AnchorEntry {
  readonly page: string;
  readonly control: string;
  readonly labels: readonly string[];
}

export const anchors: readonly AnchorEntry[] = [
  // Entra admin center (and the same blades in the Azure portal)
  {
    page: 'entraUserSettings',
    control: 'entra-app-registration-restricted',
    labels: ['Users can register applications'],
  },
  {
    page: 'entraUserSettings',
    control: 'entra-tenant-creation-restricted',
    labels: ['Restrict non-admin users from creating tenants'],
  },
  {
    page: 'securityDefaults',
    control: 'entra-admin-mfa-required',
    labels: ['Security defaults', 'Manage security defaults'],
  },
  {
    page: 'securityDefaults',
    control: 'entra-legacy-auth-blocked',
    labels: ['Security defaults', 'Manage security defaults'],
  },
  { page: 'consentUserSettings', control: 'entra-user-consent-restricted', labels: ['User consent for applications'] },
  {
    page: 'consentAdminSettings',
    control: 'entra-admin-consent-workflow-enabled',
    labels: ['Users can request admin consent to apps they are unable to consent to'],
  },
  { page: 'authMethodsPolicies', control: 'entra-weak-auth-methods-disabled', labels: ['SMS', 'Voice call'] },
  { page: 'authMethodsPolicies', control: 'entra-authenticator-context-enabled', labels: ['Microsoft Authenticator'] },
  { page: 'authMethodsPolicies', control: 'entra-auth-methods-migration-complete', labels: ['Manage migration'] },
  {
    page: 'authMethodsSettings',
    control: 'entra-system-preferred-mfa-enabled',
    labels: ['System-preferred multifactor authentication'],
  },
  { page: 'authMethodsUserRegistration', control: 'entra-user-mfa-registered', labels: ['User registration details'] },
  { page: 'entraPasswordProtection', control: 'entra-banned-passwords-configured', labels: ['Enforce custom list'] },
  {
    page: 'entraPasswordProtection',
    control: 'entra-onprem-password-protection-enforced',
    labels: ['Enable password protection on Windows Server Active Directory'],
  },
  { page: 'entraRoles', control: 'entra-global-admins-limited', labels: ['Global Administrator'] },
  {
    page: 'entraGroupsGeneral',
    control: 'entra-security-group-creation-restricted',
    labels: ['Users can create security groups in Azure portals, API or PowerShell'],
  },
  {
    page: 'entraGroupsGeneral',
    control: 'entra-m365-group-creation-restricted',
    labels: ['Users can create Microsoft 365 groups in Azure portals, API or PowerShell'],
  },
  {
    page: 'entraExternalCollaboration',
    control: 'entra-guest-access-restricted',
    labels: ['Guest user access restrictions'],
  },
  {
    page: 'entraExternalCollaboration',
    control: 'entra-guest-invites-restricted',
    labels: ['Guest invite restrictions'],
  },
  { page: 'entraSsprProperties', control: 'entra-sspr-enabled', labels: ['Self service password reset enabled'] },
  {
    page: 'entraDeviceSettings',
    control: 'entra-device-join-restricted',
    labels: ['Users may join devices to Microsoft Entra'],
  },
  {
    page: 'entraDeviceSettings',
    control: 'entra-device-quota-limited',
    labels: ['Maximum number of devices per user'],
  },
  {
    page: 'entraDeviceSettings',
    control: 'entra-laps-enabled',
    labels: ['Enable Microsoft Entra Local Administrator Password Solution (LAPS)'],
  },
  {
    page: 'entraDeviceSettings',
    control: 'entra-bitlocker-key-self-read-disabled',
    labels: ['Restrict users from recovering the BitLocker key(s) for their owned devices'],
  },
  // Microsoft 365 admin center
  {
    page: 'm365PasswordExpiry',
    control: 'm365-password-expiry-disabled',
    labels: ['Set passwords to never expire (recommended)', 'Set passwords to never expire'],
  },
  { page: 'm365SecurityPrivacy', control: 'm365-password-expiry-disabled', labels: ['Password expiration policy'] },
  { page: 'm365SecurityPrivacy', control: 'm365-idle-session-timeout-configured', labels: ['Idle session timeout'] },
  { page: 'm365OrgSettings', control: 'm365-user-owned-apps-restricted', labels: ['User owned apps and services'] },
  { page: 'm365OrgSettings', control: 'm365-forms-phishing-protection-enabled', labels: ['Microsoft Forms'] },
  { page: 'm365OrgSettings', control: 'm365-third-party-storage-blocked', labels: ['Microsoft 365 on the web'] },
  { page: 'm365Store', control: 'm365-user-owned-apps-restricted', labels: ['Let users access the Office Store'] },
  {
    page: 'm365Forms',
    control: 'm365-forms-phishing-protection-enabled',
    labels: ['Add internal phishing protection'],
  },
  {
    page: 'm365OfficeOnline',
    control: 'm365-third-party-storage-blocked',
    labels: ['Let users open files stored in third-party storage services in Microsoft 365 on the web'],
  },
  // SharePoint admin center
  { page: 'spoSharing', control: 'spo-external-sharing-limited', labels: ['External sharing'] },
  { page: 'spoSharing', control: 'spo-sharing-domains-restricted', labels: ['Limit external sharing by domain'] },
  {
    page: 'spoSharing',
    control: 'spo-guest-resharing-disabled',
    labels: ["Allow guests to share items they don't own"],
  },
  { page: 'spoAccessControl', control: 'spo-idle-session-signout-enabled', labels: ['Idle session sign-out'] },
  {
    page: 'spoAccessControl',
    control: 'spo-legacy-auth-blocked',
    labels: ["Apps that don't use modern authentication"],
  },
  {
    page: 'm365IdleSessionTimeout',
    control: 'm365-idle-session-timeout-configured',
    labels: ['Set the period of inactivity for users to be signed off of Microsoft 365 web apps'],
  },
  {
    page: 'm365Sway',
    control: 'm365-sway-external-sharing-disabled',
    labels: ['Let people in your organization share their sways with people outside your organization'],
  },
  {
    page: 'spoSettings',
    control: 'spo-sync-unmanaged-devices-blocked',
    labels: ['Allow syncing only on computers joined to specific domains'],
  },
  // Intune admin center
  {
    page: 'intuneCompliance',
    control: 'intune-compliance-default-noncompliant',
    labels: ['Mark devices with no compliance policy assigned as'],
  },
  {
    page: 'intuneEnrollment',
    control: 'intune-personal-enrollment-blocked',
    labels: ['Personally owned devices', 'Personally owned'],
  },
  // Defender and Purview portals (settings Graph can't read: the badge says "check by hand")
  {
    page: 'defenderDkim',
    control: 'email-dkim-enabled',
    labels: ['Sign messages for this domain with DKIM signatures'],
  },
  { page: 'defenderPresetPolicies', control: 'defender-preset-policies-applied', labels: ['Standard protection'] },
  {
    page: 'defenderUserReported',
    control: 'defender-user-reporting-enabled',
    labels: ['Monitor reported messages in Outlook'],
  },
  { page: 'purviewAudit', control: 'purview-audit-log-enabled', labels: ['Start recording user and admin activity'] },
  // Defender portal › Secure Score: Microsoft's improvement-action titles for the controls it also scores.
  {
    page: 'defenderSecureScore',
    control: 'entra-admin-mfa-required',
    labels: ['Ensure multifactor authentication is enabled for all users in administrative roles'],
  },
  {
    page: 'defenderSecureScore',
    control: 'entra-user-mfa-registered',
    labels: ['Ensure multifactor authentication is enabled for all users'],
  },
  {
    page: 'defenderSecureScore',
    control: 'entra-legacy-auth-blocked',
    labels: ['Enable Conditional Access policies to block legacy authentication'],
  },
  {
    page: 'defenderSecureScore',
    control: 'entra-user-consent-restricted',
    labels: ['Do not allow users to grant consent to unreliable applications'],
  },
  {
    page: 'defenderSecureScore',
    control: 'm365-password-expiry-disabled',
    labels: ["Ensure the 'Password expiration policy' is set to 'Set passwords to never expire (recommended)'"],
  },
  {
    page: 'defenderSecureScore',
    control: 'entra-global-admins-limited',
    labels: ['Ensure that between two and four global admins are designated', 'Designate more than one global admin'],
  },
];

/** The labels of one control on one page, or undefined when it has no inline anchor there (panel only). */
export function anchorLabels(page: string, control: string): readonly string[] | undefined {
  return anchors.find((a) => a.page === page && a.control === control)?.labels;
}

/** Straight and curly quotes, dashes and runs of whitespace compare equal; case is ignored. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
