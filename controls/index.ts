/**
 * The catalogue: every control, registered explicitly (the catalogue test checks each file is here).
 * Bump `catalogVersion` whenever a control's rule or points change, so stored scans say which rules made them.
 */
import type { AnyControl } from '../lib/engine/control';
import emailDmarcEnforced from './email/email-dmarc-enforced';
import emailSpfHardfailConfigured from './email/email-spf-hardfail-configured';
import entraAdminConsentWorkflowEnabled from './entra/entra-admin-consent-workflow-enabled';
import entraAdminMfaRequired from './entra/entra-admin-mfa-required';
import entraAppRegistrationRestricted from './entra/entra-app-registration-restricted';
import entraGlobalAdminsLimited from './entra/entra-global-admins-limited';
import entraLegacyAuthBlocked from './entra/entra-legacy-auth-blocked';
import entraSigninRiskPolicyEnabled from './entra/entra-signin-risk-policy-enabled';
import entraUserConsentRestricted from './entra/entra-user-consent-restricted';
import entraUserMfaRegistered from './entra/entra-user-mfa-registered';
import entraUserRiskPolicyEnabled from './entra/entra-user-risk-policy-enabled';
import m365PasswordExpiryDisabled from './m365/m365-password-expiry-disabled';

export const catalogVersion = '2026.11.2';

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
]);
