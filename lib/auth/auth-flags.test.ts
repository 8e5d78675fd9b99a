import { describe, expect, test } from 'vitest';
import { openStore } from '../store/open-store';
import { createAuthFlags, parseFlags } from './auth-flags';

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

describe('the flags store', () => {
  let dbCount = 0;
  async function setup(active = 'adele') {
    const db = await openStore(`auth-flags-${++dbCount}`);
    const make = () =>
      createAuthFlags({ db: () => Promise.resolve(db), activeAccountId: () => Promise.resolve(active) });
    return { db, flags: make(), restart: make };
  }

  test('an expiry and missing consent survive a restart', async () => {
    const { flags, restart } = await setup();
    await flags.load();
    await flags.setExpired('adele', expiry);
    await flags.noteMissing('megan', 'scan', ['Zeta.Read.All', 'Alpha.Read.All', 'Zeta.Read.All']);
    const again = restart();
    await again.load();
    expect(again.expiredOf('adele')).toEqual(expiry);
    expect(again.expiredOf('megan')).toBeUndefined();
    expect(again.missingFor('megan')).toEqual(['Alpha.Read.All', 'Zeta.Read.All']);
  });

  test('missing consent is the token’s and the scans’ together, sorted, without repeats', async () => {
    const { flags } = await setup();
    await flags.load();
    flags.granted('adele', ['B.Read.All']);
    await flags.noteMissing('adele', 'scan', ['A.Read.All', 'B.Read.All']);
    expect(flags.missingFor('adele')).toEqual(['A.Read.All', 'B.Read.All']);
    expect(flags.missingFor(undefined)).toEqual([]);
    flags.forget('adele');
    expect(flags.missingFor('adele')).toEqual([]);
  });

  test('a sign-in that works again is no longer expired; clear forgets every account', async () => {
    const { flags, restart } = await setup();
    await flags.load();
    await flags.setExpired('adele', expiry);
    await flags.setExpired('megan', expiry);
    await flags.setExpired('adele', null);
    expect(flags.expiredOf('adele')).toBeUndefined();
    expect(flags.expiredOf('megan')).toEqual(expiry);
    await flags.clear();
    const again = restart();
    await again.load();
    expect(again.expiredOf('megan')).toBeUndefined();
  });

  test('a database that fails to open is tried again on the next load', async () => {
    const { db } = await setup();
    let fails = true;
    const flags = createAuthFlags({
      db: () => (fails ? Promise.reject(new Error('blocked')) : Promise.resolve(db)),
      activeAccountId: () => Promise.resolve('adele'),
    });
    await db.put('settings', { key: 'authFlags', value: { expired: { adele: expiry }, missing: {} } });
    await flags.load();
    expect(flags.expiredOf('adele')).toBeUndefined();
    fails = false;
    await flags.load();
    expect(flags.expiredOf('adele')).toEqual(expiry);
  });
});
