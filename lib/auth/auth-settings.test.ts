import { describe, expect, test } from 'vitest';
import { openStore } from '../store/open-store';
import { createAuthSettings } from './auth-settings';

const connection = {
  clientId: '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13',
  tenant: 'organizations',
  cloud: 'global',
} as const;
let dbCount = 0;

async function setup() {
  const db = await openStore(`auth-settings-${++dbCount}`);
  return { db, settings: createAuthSettings(() => Promise.resolve(db)) };
}

describe('the saved connection', () => {
  test('reads back what was saved; nothing saved is no connection', async () => {
    const { settings } = await setup();
    expect(await settings.connection()).toBeNull();
    await settings.saveConnection(connection);
    expect(await settings.connection()).toEqual(connection);
  });

  test('a stored connection that no longer checks out is not used', async () => {
    const { db, settings } = await setup();
    await db.put('settings', { key: 'connection', value: { ...connection, tenant: 'common' } });
    expect(await settings.connection()).toBeNull();
  });
});

describe('the active account', () => {
  test('is saved, and forgotten only when the account forgotten is the active one', async () => {
    const { settings } = await setup();
    expect(await settings.activeAccountId()).toBeUndefined();
    await settings.setActiveAccount('adele');
    await settings.forgetActiveAccount('megan');
    expect(await settings.activeAccountId()).toBe('adele');
    await settings.forgetActiveAccount('adele');
    expect(await settings.activeAccountId()).toBeUndefined();
  });
});
