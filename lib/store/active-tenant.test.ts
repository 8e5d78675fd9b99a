import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isTenantId, readActiveTenantId, writeActiveTenant } from './active-tenant';
import { openStore, type StoreDb } from './open-store';

const NAME = 'posture-lens-active-tenant-test';
const CONTOSO = '11111111-1111-1111-1111-111111111111';
let db: StoreDb;

beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

describe('isTenantId', () => {
  test('an empty id and the old made-up one are no tenant', () => {
    expect(isTenantId(CONTOSO)).toBe(true);
    expect(isTenantId('')).toBe(false);
    expect(isTenantId('unknown')).toBe(false);
  });
});

describe('the active tenant setting', () => {
  test('is unset at first, then reads back what was written', async () => {
    expect(await readActiveTenantId(db)).toBeUndefined();
    await writeActiveTenant(db, CONTOSO);
    expect(await readActiveTenantId(db)).toBe(CONTOSO);
    expect(await db.get('settings', 'activeTenantId')).toEqual({ key: 'activeTenantId', value: CONTOSO });
  });

  test('refuses a tenant that is no tenant, keeping the one set', async () => {
    await writeActiveTenant(db, CONTOSO);
    await expect(writeActiveTenant(db, '')).rejects.toThrow('it cannot be the active tenant');
    await expect(writeActiveTenant(db, 'unknown')).rejects.toThrow('it cannot be the active tenant');
    expect(await readActiveTenantId(db)).toBe(CONTOSO);
  });

  test("an older build's made-up tenant, or a value that isn't an id, reads as none", async () => {
    await db.put('settings', { key: 'activeTenantId', value: 'unknown' });
    expect(await readActiveTenantId(db)).toBeUndefined();
    await db.put('settings', { key: 'activeTenantId', value: 42 });
    expect(await readActiveTenantId(db)).toBeUndefined();
  });
});
