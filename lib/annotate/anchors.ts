/**
 * Where a control's inline badge goes: the visible label text (or accessible name) of the setting in
 * the admin center, compared loosely. One data file, so a renamed label is a one-line fix; a test
 * keeps every control id valid.
 */
export const anchors: Readonly<Record<string, readonly string[]>> = {
  'entra-app-registration-restricted': ['Users can register applications'],
  'entra-tenant-creation-restricted': ['Restrict non-admin users from creating tenants'],
  'entra-user-consent-restricted': ['User consent for applications'],
  'entra-admin-consent-workflow-enabled': ['Users can request admin consent to apps they are unable to consent to'],
  'm365-password-expiry-disabled': ['Set passwords to never expire (recommended)', 'Set passwords to never expire'],
  'entra-global-admins-limited': ['Global Administrator'],
  'entra-user-mfa-registered': ['User registration details'],
  'entra-admin-mfa-required': ['Conditional Access | Policies', 'Conditional Access policies'],
};

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
