import { describe, expect, test } from 'vitest';
import { statusOf } from './auth-state';

const adele = { id: 'a', username: 'adele@contoso.com', name: 'Adele', tenantId: 't', tenantName: 'Contoso' };
const expiry = {
  kind: 'signInExpired',
  code: 'AADSTS700084',
  sentence: 'Your sign-in expired.',
  fix: 'Sign in again.',
};
const all = { signingIn: true, active: adele, expired: expiry, missing: ['Policy.Read.All'] };

describe('which status the UI shows', () => {
  test('a sign-in under way comes first, whatever else is true', () => {
    expect(statusOf(all)).toBe('signingIn');
  });
  test('then nobody signed in', () => {
    expect(statusOf({ ...all, signingIn: false, active: null })).toBe('signedOut');
  });
  test('then an expired sign-in, before missing consent', () => {
    expect(statusOf({ ...all, signingIn: false })).toBe('expired');
  });
  test('then missing consent', () => {
    expect(statusOf({ ...all, signingIn: false, expired: undefined })).toBe('consentNeeded');
  });
  test('else signed in', () => {
    expect(statusOf({ signingIn: false, active: adele, expired: undefined, missing: [] })).toBe('signedIn');
  });
});
