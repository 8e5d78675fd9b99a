import { describe, expect, test } from 'vitest';
import { describeSignInError } from './sign-in-errors';

describe('AADSTS codes become a sentence and a fix', () => {
  test.each([
    ['AADSTS50011', 'redirectUriMismatch', 'redirect URI', 'Single-page application'],
    ['AADSTS700016', 'appNotFound', 'No app with this Application (client) ID', 'client ID'],
    ['AADSTS65001', 'consentRequired', 'not consented', 'admin consent'],
    ['AADSTS90094', 'consentRequired', 'administrator’s consent', 'admin consent'],
    ['AADSTS53003', 'conditionalAccess', 'Conditional Access', 'sign-in logs'],
    ['AADSTS9002326', 'wrongPlatform', 'wrong platform', 'Single-page application'],
    ['AADSTS9002327', 'wrongPlatform', 'single-page-application', 'Single-page application'],
    ['AADSTS700084', 'signInExpired', 'expired', 'Sign in again'],
    ['AADSTS700082', 'signInExpired', 'expired', 'Sign in again'],
  ])('%s', (code, kind, sentence, fix) => {
    const problem = describeSignInError({
      code: 'invalid_request',
      message: `${code}: something Entra said. Trace ID: 1 Correlation ID: 2`,
    });
    expect(problem).toMatchObject({ kind, code });
    expect(problem.sentence).toContain(sentence);
    expect(problem.fix).toContain(fix);
    expect(problem.sentence).toMatch(/\.$/);
  });

  test('the code may arrive in the sub-error or MSAL’s error code', () => {
    expect(describeSignInError({ code: 'server_error', subError: 'AADSTS53003' }).kind).toBe('conditionalAccess');
    expect(describeSignInError({ code: 'consent_required' }).kind).toBe('consentRequired');
  });
});

describe('the user and the network', () => {
  test.each([
    ['MSAL’s user_cancelled', { code: 'user_cancelled' }],
    ['Entra’s access_denied', { code: 'access_denied', message: 'access_denied: AADSTS65004: User declined.' }],
    ['the browser closing the window', { message: 'The user did not approve access.' }],
  ])('%s is a cancelled sign-in', (_, failure) => {
    expect(describeSignInError(failure)).toMatchObject({ kind: 'cancelled' });
    expect(describeSignInError(failure).sentence).toMatch(/^Sign-in was cancelled/);
  });

  test.each([
    ['MSAL offline', { code: 'no_network_connectivity' }],
    ['the page not loading', { message: 'Authorization page could not be loaded.' }],
    ['fetch failing', { message: 'TypeError: Failed to fetch' }],
  ])('%s is offline', (_, failure) => {
    expect(describeSignInError(failure)).toMatchObject({ kind: 'offline' });
  });

  test('a refresh that needs interaction is an expired sign-in', () => {
    expect(describeSignInError({ code: 'interaction_required' }).kind).toBe('signInExpired');
  });
});

test('anything else keeps what was said, as one sentence, without trace ids', () => {
  const problem = describeSignInError({
    code: 'invalid_client',
    message: 'AADSTS7000218: The request body must contain client_assertion. Trace ID: abc',
  });
  expect(problem).toMatchObject({ kind: 'other', code: 'AADSTS7000218' });
  expect(problem.sentence).toBe('Sign-in failed: AADSTS7000218: The request body must contain client_assertion.');
  expect(describeSignInError({}).sentence).toBe('Sign-in failed for a reason Entra did not give.');
});
