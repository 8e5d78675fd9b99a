/**
 * What a failed token request for a customer tenant (issue 16) means for that tenant's row: it needs
 * an administrator's consent there, the partner's sign-in expired, the account is signed out, or
 * something else, in a sentence. Pure, keyed on the AADSTS code like sign-in-errors.ts, whose
 * descriptions it reuses where they fit.
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
import type { TenantAccess } from '../messaging/partner-protocol';
import { aadstsCode, describeSignInError, type SignInFailure } from './sign-in-errors';

/** Every outcome but the two that aren't failures. */
export type TenantAccessFailure = Exclude<TenantAccess, { state: 'ready' } | { state: 'untried' }>;

const CONSENT_FIX = 'An administrator of this tenant can grant it with the admin-consent link, then scan again.';

/** The app isn't consented in that tenant, in Entra's words; each the sentence the row shows. */
const needsConsentBy: Record<string, string> = {
  '65001': 'Posture Lens is not consented in this tenant.',
  '700016':
    'The app registration is not in this tenant’s directory: it must allow accounts in any organizational directory (multitenant), and be consented here.',
  '650052': 'This tenant has no service principal for a service Posture Lens reads: it needs the app consented here.',
  '90094': 'Posture Lens needs an administrator’s consent in this tenant, which this account can’t give.',
};

/**
 * The row's outcome for a failed token request. `consentUrl` is the tenant's admin-consent link
 * (null when there's no connection to build it from: then a consent failure reads as `failed`).
 */
export function classifyTenantFailure(failure: SignInFailure, consentUrl: string | null): TenantAccessFailure {
  if (failure.code === 'no_account') return { state: 'signedOut' };
  const text = `${failure.code ?? ''} ${failure.message ?? ''} ${failure.subError ?? ''}`;
  const aadsts = aadstsCode(text);
  const consent =
    (aadsts ? needsConsentBy[aadsts] : undefined) ??
    (failure.subError === 'consent_required' || failure.code === 'consent_required'
      ? needsConsentBy['65001']
      : undefined);
  if (consent && consentUrl) return { state: 'needsConsent', consentUrl, reason: `${consent} ${CONSENT_FIX}` };
  if (failure.code === 'wrong_tenant')
    return { state: 'failed', reason: failure.message ?? 'Another tenant answered.' };
  // MSAL's words when the tenant's OpenID configuration won't load (Entra: AADSTS90002, no such tenant).
  if (failure.code === 'endpoints_resolution_error' || aadsts === '90002') {
    return {
      state: 'failed',
      reason: 'Entra does not know this tenant in this cloud: check its tenant id, and the cloud on the Connect page.',
    };
  }
  const p = describeSignInError(failure);
  if (p.kind === 'signInExpired') {
    // The partner's refresh token: this tenant's row says so; the home tenant's schedule is the account's business.
    return {
      state: 'signInExpired',
      reason: 'The sign-in that reaches this tenant expired: sign in again with that account, then scan again.',
    };
  }
  return { state: 'failed', reason: consent ?? `${p.sentence} ${p.fix}` };
}

/** The sentence a TenantAccessError carries for each outcome. */
export function describeTenantAccess(access: TenantAccessFailure): string {
  switch (access.state) {
    case 'needsConsent':
    case 'signInExpired':
    case 'failed':
      return access.reason;
    case 'signedOut':
      return 'The account that reaches this tenant is signed out: sign in with it again to scan the tenant.';
  }
}
