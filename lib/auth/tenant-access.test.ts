import { describe, expect, test } from 'vitest';
import { classifyTenantFailure, describeTenantAccess } from './tenant-access';

const URL = 'https://login.microsoftonline.com/bbbbbbbb-0000-4000-8000-000000000002/v2.0/adminconsent?client_id=x';

describe('a customer tenant’s failed token request, as its row says it', () => {
  test.each([
    [
      'AADSTS65001 (consent_required)',
      {
        code: 'invalid_grant',
        message: 'AADSTS65001: The user or administrator has not consented.',
        subError: 'consent_required',
      },
      'Posture Lens is not consented in this tenant.',
    ],
    [
      'AADSTS700016 (single-tenant app)',
      {
        code: 'unauthorized_client',
        message: "AADSTS700016: Application with identifier 'x' was not found in the directory 'Fabrikam'.",
      },
      'it must allow accounts in any organizational directory',
    ],
    [
      'AADSTS650052',
      {
        code: 'invalid_grant',
        message: 'AADSTS650052: The app needs access to a service that your organization has not subscribed to.',
      },
      'no service principal',
    ],
    [
      'AADSTS90094',
      { code: 'invalid_grant', message: 'AADSTS90094: Admin consent is required for the permissions requested.' },
      'which this account can’t give',
    ],
    ['consent_required without a code', { code: 'consent_required' }, 'Posture Lens is not consented in this tenant.'],
  ])('%s: needs consent, with that tenant’s consent link', (_name, failure, says) => {
    const access = classifyTenantFailure(failure, URL);
    expect(access).toMatchObject({ state: 'needsConsent', consentUrl: URL });
    expect(describeTenantAccess(access)).toContain(says);
    expect(describeTenantAccess(access)).toContain('admin-consent link');
  });

  test.each([
    [
      'AADSTS700084 (24 h SPA limit)',
      { code: 'invalid_grant', message: 'AADSTS700084: The refresh token was issued to a single page app.' },
    ],
    [
      'AADSTS700082 (unused too long)',
      { code: 'invalid_grant', message: 'AADSTS700082: The refresh token has expired due to inactivity.' },
    ],
    ['no tokens in the cache', { code: 'no_tokens_found' }],
    ['interaction required', { code: 'interaction_required' }],
  ])('%s: the sign-in that reaches it expired', (_name, failure) => {
    expect(classifyTenantFailure(failure, URL)).toEqual({
      state: 'signInExpired',
      reason: 'The sign-in that reaches this tenant expired: sign in again with that account, then scan again.',
    });
  });

  test('the account is not signed in: signed out', () => {
    const access = classifyTenantFailure({ code: 'no_account', message: 'That account is not signed in.' }, URL);
    expect(access).toEqual({ state: 'signedOut' });
    expect(describeTenantAccess(access)).toContain('is signed out');
  });

  test('an unknown tenant (its OpenID configuration did not load) fails with what to check', () => {
    expect(
      classifyTenantFailure({ code: 'endpoints_resolution_error', message: 'Endpoints cannot be resolved' }, URL),
    ).toEqual({
      state: 'failed',
      reason: 'Entra does not know this tenant in this cloud: check its tenant id, and the cloud on the Connect page.',
    });
  });

  test('another tenant answered: failed, saying so', () => {
    const message = 'Entra answered for tenant a, not b: the token was not used.';
    expect(classifyTenantFailure({ code: 'wrong_tenant', message }, URL)).toEqual({ state: 'failed', reason: message });
  });

  test('offline, or anything else: failed with the sign-in error’s sentence, never ready', () => {
    expect(classifyTenantFailure({ code: 'no_network_connectivity' }, URL)).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('could not be reached') as string,
    });
    expect(
      classifyTenantFailure(
        { message: 'AADSTS50076: Due to a configuration change made by your administrator, you must use MFA.' },
        URL,
      ),
    ).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('you must use MFA') as string,
    });
  });

  test('a consent failure without a connection to build the link from is failed, still naming consent', () => {
    expect(classifyTenantFailure({ code: 'invalid_grant', message: 'AADSTS65001: not consented' }, null)).toEqual({
      state: 'failed',
      reason: 'Posture Lens is not consented in this tenant.',
    });
  });
});
