import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CustomerTenant } from '../messaging/partner-protocol';
import { createCustomerTenants } from './customer-tenants';
import { openStore, type StoreDb } from './open-store';

const NAME = 'posture-lens-customer-tenants-test';
let db: StoreDb;
const tenants = () => createCustomerTenants(() => Promise.resolve(db));

const fabrikam: CustomerTenant = {
  tenantId: 'AAAAAAAA-1111-4111-8111-000000000001',
  name: 'fabrikam.com',
  domain: 'fabrikam.com',
  accountId: 'uid.utid',
  source: 'added',
  addedAt: '2026-12-05T10:00:00.000Z',
  addedBy: 'megan@partner.example',
};
const tailspin: CustomerTenant = {
  ...fabrikam,
  tenantId: 'bbbbbbbb-1111-4111-8111-000000000002',
  name: 'Tailspin',
  domain: null,
  source: 'gdap',
};

beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

describe('the customer tenant list', () => {
  test('is empty at first, keeps the order added and stores ids lower-case', async () => {
    expect(await tenants().list()).toEqual([]);
    await tenants().put(fabrikam);
    await tenants().put(tailspin);
    expect((await tenants().list()).map((t) => t.tenantId)).toEqual([
      'aaaaaaaa-1111-4111-8111-000000000001',
      'bbbbbbbb-1111-4111-8111-000000000002',
    ]);
    expect((await tenants().get(fabrikam.tenantId))?.name).toBe('fabrikam.com');
  });

  test('adding the same tenant again replaces it in place; rename and remove touch only that tenant', async () => {
    await tenants().put(fabrikam);
    await tenants().put(tailspin);
    await tenants().put({ ...fabrikam, source: 'gdap' });
    await tenants().rename(fabrikam.tenantId, 'Fabrikam Ltd');
    expect((await tenants().list()).map((t) => [t.name, t.source])).toEqual([
      ['Fabrikam Ltd', 'gdap'],
      ['Tailspin', 'gdap'],
    ]);
    await tenants().remove(tailspin.tenantId);
    expect((await tenants().list()).map((t) => t.name)).toEqual(['Fabrikam Ltd']);
  });

  test('an entry that no longer reads as a customer tenant is skipped, not guessed at', async () => {
    await db.put('settings', { key: 'customerTenants', value: [{ tenantId: 'not-a-guid' }, 'junk', { ...tailspin }] });
    expect((await tenants().list()).map((t) => t.name)).toEqual(['Tailspin']);
  });
});
