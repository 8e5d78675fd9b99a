import { describe, expect, test } from 'vitest';
import { parseFlags } from './auth-flags';

const expiry = {
  kind: 'signInExpired',
  code: 'AADSTS700084',
  sentence: 'Your sign-in has expired.',
  fix: 'Sign in again.',
};

describe('saved sign-in flags', () => {
  test('expiries are read per account, and unreadable entries are dropped rather than trusted', () => {
    const flags = parseFlags(
      { expired: { a: expiry, b: { kind: 'other' }, c: 'yes' }, missing: { a: { token: ['Policy.Read.All', 3] } } },
      'a',
    );
    expect(flags.expired).toEqual({ a: expiry });
    expect(flags.missing).toEqual({ a: { token: ['Policy.Read.All'], scan: [] } });
  });

  test('flags saved before expiry was per account belong to the account that was active', () => {
    expect(parseFlags({ expired: expiry, missing: {} }, 'adele').expired).toEqual({ adele: expiry });
    expect(parseFlags({ expired: expiry, missing: {} }, undefined).expired).toEqual({});
  });

  test('nothing saved, or garbage, reads as no expiries and no missing consent', () => {
    for (const v of [undefined, null, 'x', 42]) expect(parseFlags(v, 'a')).toEqual({ expired: {}, missing: {} });
  });
});
