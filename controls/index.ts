/**
 * The catalogue: every control, registered explicitly (the catalogue test checks each file is here).
 * Bump `catalogVersion` whenever a control's rule or points change, so stored scans say which rules made them.
 */
import type { AnyControl } from '../lib/engine/verdict/control';
import emailDmarcEnforced from './email/email-dmarc-enforced';
import emailDkimEnabled from './email/email-dkim-enabled';
import emailSpfHardfailConfigured from './email/email-spf-hardfail-configured';
import entraAdminConsentWorkflowEnabled from './entra/entra-admin-consent-workflow-enabled';
import entraAdminMfaRequired from './entra/entra-admin-mfa-required';
import entraAppRegistrationRestricted from './entra/entra-app-registration-restricted';
import entraGlobalAdminsLimited from './entra/entra-global-admins-limited';
import entraLegacyAuthBlocked from './entra/entra-legacy-auth-blocked';
import entraSigninRiskPolicyEnabled from './entra/entra-signin-risk-policy-enabled';
import entraUserConsentRestricted from './entra/entra-user-consent-restricted';
import entraUserMfaRegistered from './entra/entra-user-mfa-registered';
import entraUserMfaRequired from './entra/entra-user-mfa-required';
import entraUserPhishingResistantMfaRequired from './entra/entra-user-phishing-resistant-mfa-required';
import entraGuestInviteDomainsRestricted from './entra/entra-guest-invite-domains-restricted';
import entraPrivilegedRoleReviewsConfigured from './entra/entra-privileged-role-reviews-configured';
import entraBreakGlassAccountsConfigured from './entra/entra-break-glass-accounts-configured';
import entraLinkedinConnectionsDisabled from './entra/entra-linkedin-connections-disabled';
import entraUserRiskPolicyEnabled from './entra/entra-user-risk-policy-enabled';
import m365PasswordExpiryDisabled from './m365/m365-password-expiry-disabled';
import entraGuestAccessRestricted from './entra/entra-guest-access-restricted';
import entraGuestInvitesRestricted from './entra/entra-guest-invites-restricted';
import entraSelfServiceSignupDisabled from './entra/entra-self-service-signup-disabled';
import entraTenantCreationRestricted from './entra/entra-tenant-creation-restricted';
import entraSecurityGroupCreationRestricted from './entra/entra-security-group-creation-restricted';
import entraBitlockerKeySelfReadDisabled from './entra/entra-bitlocker-key-self-read-disabled';
import entraAdminSsprDisabled from './entra/entra-admin-sspr-disabled';
import entraBannedPasswordsConfigured from './entra/entra-banned-passwords-configured';
import entraM365GroupCreationRestricted from './entra/entra-m365-group-creation-restricted';
import entraAuthenticatorContextEnabled from './entra/entra-authenticator-context-enabled';
import entraAuthMethodsMigrationComplete from './entra/entra-auth-methods-migration-complete';
import entraWeakAuthMethodsDisabled from './entra/entra-weak-auth-methods-disabled';
import entraSystemPreferredMfaEnabled from './entra/entra-system-preferred-mfa-enabled';
import entraAdminPhishingResistantMfaRequired from './entra/entra-admin-phishing-resistant-mfa-required';
import entraAdminSessionLimited from './entra/entra-admin-session-limited';
import entraAdminPortalsRestricted from './entra/entra-admin-portals-restricted';
import entraDeviceCodeFlowBlocked from './entra/entra-device-code-flow-blocked';
import entraManagedDeviceRequired from './entra/entra-managed-device-required';
import entraSecurityInfoRegistrationRestricted from './entra/entra-security-info-registration-restricted';
import spoExternalSharingLimited from './spo/spo-external-sharing-limited';
import spoSharingDomainsRestricted from './spo/spo-sharing-domains-restricted';
import spoGuestResharingDisabled from './spo/spo-guest-resharing-disabled';
import spoLegacyAuthBlocked from './spo/spo-legacy-auth-blocked';
import spoSyncUnmanagedDevicesBlocked from './spo/spo-sync-unmanaged-devices-blocked';
import spoIdleSessionSignoutEnabled from './spo/spo-idle-session-signout-enabled';
import entraDeviceJoinRestricted from './entra/entra-device-join-restricted';
import entraDeviceQuotaLimited from './entra/entra-device-quota-limited';
import entraLapsEnabled from './entra/entra-laps-enabled';
import entraDeviceLocalAdminsRestricted from './entra/entra-device-local-admins-restricted';
import entraOnpremPasswordProtectionEnforced from './entra/entra-onprem-password-protection-enforced';
import entraPasswordHashSyncEnabled from './entra/entra-password-hash-sync-enabled';
import entraSsprEnabled from './entra/entra-sspr-enabled';
import entraIntuneEnrollmentReauthRequired from './entra/entra-intune-enrollment-reauth-required';
import entraAppCredentialPolicyEnforced from './entra/entra-app-credential-policy-enforced';
import m365PublicGroupsLimited from './m365/m365-public-groups-limited';
import entraGuestDynamicGroupConfigured from './entra/entra-guest-dynamic-group-configured';
import m365UserOwnedAppsRestricted from './m365/m365-user-owned-apps-restricted';
import m365FormsPhishingProtectionEnabled from './m365/m365-forms-phishing-protection-enabled';
import m365ThirdPartyStorageBlocked from './m365/m365-third-party-storage-blocked';
import m365IdleSessionTimeoutConfigured from './m365/m365-idle-session-timeout-configured';
import intuneComplianceDefaultNoncompliant from './intune/intune-compliance-default-noncompliant';
import intunePersonalEnrollmentBlocked from './intune/intune-personal-enrollment-blocked';
import intuneCompliancePoliciesAssigned from './intune/intune-compliance-policies-assigned';
import entraPrivilegedRolesPimManaged from './entra/entra-privileged-roles-pim-managed';
import entraGaActivationApprovalRequired from './entra/entra-ga-activation-approval-required';
import entraGuestAccessReviewsConfigured from './entra/entra-guest-access-reviews-configured';
import entraTrustedLocationsConfigured from './entra/entra-trusted-locations-configured';
import entraAdminAccountsCloudOnly from './entra/entra-admin-accounts-cloud-only';
import entraLeastPrivilegedRolesUsed from './entra/entra-least-privileged-roles-used';
import m365SwayExternalSharingDisabled from './m365/m365-sway-external-sharing-disabled';
import teamsExternalAccessRestricted from './teams/teams-external-access-restricted';
import teamsMeetingLobbyEnforced from './teams/teams-meeting-lobby-enforced';
import teamsCloudStorageRestricted from './teams/teams-cloud-storage-restricted';
import teamsThirdPartyAppsRestricted from './teams/teams-third-party-apps-restricted';
import teamsUnmanagedAccountsBlocked from './teams/teams-unmanaged-accounts-blocked';
import teamsAnonymousMeetingStartBlocked from './teams/teams-anonymous-meeting-start-blocked';
import teamsExternalControlBlocked from './teams/teams-external-control-blocked';
import teamsMeetingPresentersRestricted from './teams/teams-meeting-presenters-restricted';
import teamsMeetingRecordingRestricted from './teams/teams-meeting-recording-restricted';
import spoSharingLinksRestricted from './spo/spo-sharing-links-restricted';
import spoInfectedFileDownloadBlocked from './spo/spo-infected-file-download-blocked';
import spoAnyoneLinksExpire from './spo/spo-anyone-links-expire';
import spoAnyoneLinksViewOnly from './spo/spo-anyone-links-view-only';
import spoVerificationCodeReauth from './spo/spo-verification-code-reauth';
import spoGuestAccessExpires from './spo/spo-guest-access-expires';
import spoB2bIntegrationEnabled from './spo/spo-b2b-integration-enabled';
import spoOnedriveSharingLimited from './spo/spo-onedrive-sharing-limited';
import purviewAuditLogEnabled from './purview/purview-audit-log-enabled';
import purviewDlpPoliciesEnabled from './purview/purview-dlp-policies-enabled';
import purviewSensitivityLabelsPublished from './purview/purview-sensitivity-labels-published';
import m365CustomerLockboxEnabled from './m365/m365-customer-lockbox-enabled';
import emailMailboxAuditEnabled from './email/email-mailbox-audit-enabled';
import emailExternalForwardingBlocked from './email/email-external-forwarding-blocked';
import emailDomainAllowlistRulesAbsent from './email/email-domain-allowlist-rules-absent';
import emailExternalSenderTagged from './email/email-external-sender-tagged';
import emailOutlookAddinsRestricted from './email/email-outlook-addins-restricted';
import emailModernAuthRequired from './email/email-modern-auth-required';
import emailCalendarSharingRestricted from './email/email-calendar-sharing-restricted';
import defenderSafeLinksEnabled from './defender/defender-safe-links-enabled';
import defenderSafeAttachmentsEnabled from './defender/defender-safe-attachments-enabled';
import defenderAttachmentFilterEnabled from './defender/defender-attachment-filter-enabled';
import defenderAntiPhishingConfigured from './defender/defender-anti-phishing-configured';
import defenderSpamAllowlistsEmpty from './defender/defender-spam-allowlists-empty';
import defenderZapEnabled from './defender/defender-zap-enabled';
import defenderPresetPoliciesApplied from './defender/defender-preset-policies-applied';
import defenderUserReportingEnabled from './defender/defender-user-reporting-enabled';
import defenderSafeAttachmentsCollaborationEnabled from './defender/defender-safe-attachments-collaboration-enabled';
import defenderConnectionFilterAllowlistEmpty from './defender/defender-connection-filter-allowlist-empty';
import defenderTeamsZapEnabled from './defender/defender-teams-zap-enabled';
import defenderPresetImpersonationConfigured from './defender/defender-preset-impersonation-configured';
import defenderPresetAtpApplied from './defender/defender-preset-atp-applied';
import emailSharedMailboxSigninBlocked from './email/email-shared-mailbox-signin-blocked';
import emailDirectSendRejected from './email/email-direct-send-rejected';
import emailSmtpAuthDisabled from './email/email-smtp-auth-disabled';
import emailContactsSharingRestricted from './email/email-contacts-sharing-restricted';
import emailOwaStorageProvidersRestricted from './email/email-owa-storage-providers-restricted';
import emailMailtipsEnabled from './email/email-mailtips-enabled';
import entraPerUserMfaDisabled from './entra/entra-per-user-mfa-disabled';
import entraSigninLogsReviewed from './entra/entra-signin-logs-reviewed';
import entraRiskyUsersReviewed from './entra/entra-risky-users-reviewed';
import entraRoleChangesReviewed from './entra/entra-role-changes-reviewed';
import emailForwardingRulesReviewed from './email/email-forwarding-rules-reviewed';
import entraAppConsentsReviewed from './entra/entra-app-consents-reviewed';
import entraGuestUsersReviewed from './entra/entra-guest-users-reviewed';

export const catalogVersion = '2026.12.4';

export const catalogue: readonly AnyControl[] = Object.freeze([
  entraAdminMfaRequired,
  entraUserMfaRegistered,
  entraLegacyAuthBlocked,
  m365PasswordExpiryDisabled,
  entraGlobalAdminsLimited,
  entraUserConsentRestricted,
  entraAdminConsentWorkflowEnabled,
  entraAppRegistrationRestricted,
  entraUserRiskPolicyEnabled,
  entraSigninRiskPolicyEnabled,
  emailSpfHardfailConfigured,
  emailDmarcEnforced,
  entraGuestAccessRestricted,
  entraGuestInvitesRestricted,
  entraSelfServiceSignupDisabled,
  entraTenantCreationRestricted,
  entraSecurityGroupCreationRestricted,
  entraBitlockerKeySelfReadDisabled,
  entraAdminSsprDisabled,
  entraBannedPasswordsConfigured,
  entraM365GroupCreationRestricted,
  entraAuthenticatorContextEnabled,
  entraAuthMethodsMigrationComplete,
  entraWeakAuthMethodsDisabled,
  entraSystemPreferredMfaEnabled,
  entraAdminPhishingResistantMfaRequired,
  entraAdminSessionLimited,
  entraAdminPortalsRestricted,
  entraDeviceCodeFlowBlocked,
  entraManagedDeviceRequired,
  entraSecurityInfoRegistrationRestricted,
  spoExternalSharingLimited,
  spoSharingDomainsRestricted,
  spoGuestResharingDisabled,
  spoLegacyAuthBlocked,
  spoSyncUnmanagedDevicesBlocked,
  spoIdleSessionSignoutEnabled,
  entraDeviceJoinRestricted,
  entraDeviceQuotaLimited,
  entraLapsEnabled,
  entraDeviceLocalAdminsRestricted,
  entraOnpremPasswordProtectionEnforced,
  entraPasswordHashSyncEnabled,
  entraSsprEnabled,
  entraIntuneEnrollmentReauthRequired,
  entraAppCredentialPolicyEnforced,
  m365PublicGroupsLimited,
  entraGuestDynamicGroupConfigured,
  m365UserOwnedAppsRestricted,
  m365FormsPhishingProtectionEnabled,
  m365ThirdPartyStorageBlocked,
  m365IdleSessionTimeoutConfigured,
  intuneComplianceDefaultNoncompliant,
  intunePersonalEnrollmentBlocked,
  intuneCompliancePoliciesAssigned,
  entraPrivilegedRolesPimManaged,
  entraGaActivationApprovalRequired,
  entraGuestAccessReviewsConfigured,
  entraTrustedLocationsConfigured,
  entraAdminAccountsCloudOnly,
  entraLeastPrivilegedRolesUsed,
  emailDkimEnabled,
  entraUserMfaRequired,
  entraUserPhishingResistantMfaRequired,
  entraGuestInviteDomainsRestricted,
  entraPrivilegedRoleReviewsConfigured,
  entraBreakGlassAccountsConfigured,
  // Manual: settings Graph can't read (Exchange, Defender, Purview, Teams, SharePoint PowerShell).
  entraLinkedinConnectionsDisabled,
  m365SwayExternalSharingDisabled,
  teamsExternalAccessRestricted,
  teamsMeetingLobbyEnforced,
  teamsCloudStorageRestricted,
  teamsThirdPartyAppsRestricted,
  teamsUnmanagedAccountsBlocked,
  teamsAnonymousMeetingStartBlocked,
  teamsExternalControlBlocked,
  teamsMeetingPresentersRestricted,
  teamsMeetingRecordingRestricted,
  spoSharingLinksRestricted,
  spoInfectedFileDownloadBlocked,
  spoAnyoneLinksExpire,
  spoAnyoneLinksViewOnly,
  spoVerificationCodeReauth,
  spoGuestAccessExpires,
  spoB2bIntegrationEnabled,
  spoOnedriveSharingLimited,
  purviewAuditLogEnabled,
  purviewDlpPoliciesEnabled,
  purviewSensitivityLabelsPublished,
  m365CustomerLockboxEnabled,
  emailMailboxAuditEnabled,
  emailExternalForwardingBlocked,
  emailDomainAllowlistRulesAbsent,
  emailExternalSenderTagged,
  emailOutlookAddinsRestricted,
  emailModernAuthRequired,
  emailCalendarSharingRestricted,
  defenderSafeLinksEnabled,
  defenderSafeAttachmentsEnabled,
  defenderAttachmentFilterEnabled,
  defenderAntiPhishingConfigured,
  defenderSpamAllowlistsEmpty,
  defenderZapEnabled,
  defenderPresetPoliciesApplied,
  defenderUserReportingEnabled,
  defenderSafeAttachmentsCollaborationEnabled,
  defenderConnectionFilterAllowlistEmpty,
  defenderTeamsZapEnabled,
  defenderPresetImpersonationConfigured,
  defenderPresetAtpApplied,
  emailSharedMailboxSigninBlocked,
  emailDirectSendRejected,
  emailSmtpAuthDisabled,
  emailContactsSharingRestricted,
  emailOwaStorageProvidersRestricted,
  emailMailtipsEnabled,
  entraPerUserMfaDisabled,
  entraSigninLogsReviewed,
  entraRiskyUsersReviewed,
  entraRoleChangesReviewed,
  emailForwardingRulesReviewed,
  entraAppConsentsReviewed,
  entraGuestUsersReviewed,
]);
