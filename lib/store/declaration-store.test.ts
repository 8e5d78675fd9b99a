import { afterEach, beforeEach, expect, test } from 'vitest';
import { noDeclarations } from '../engine/scan/declarations';
import { createDeclarationStore } from './declaration-store';
import { openStore, type StoreDb } from './open-store';

const NAME = 'posture-lens-declaration-store-test';
const TENANT = '11111111-1111-1111-1111-111111111111';
const BREAK_GLASS = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const AT = '2026-12-01T09:00:00.000Z';

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('delete failed'));
  });
}

let db: StoreDb;
beforeEach(async () => {
  await deleteDatabase();
  db = await openStore(NAME);
});
afterEach(() => db.close());

test('saves a tenant’s declarations as parsed (ids lower-cased), with who saved them and when', async () => {
  const store = createDeclarationStore(db);
  const saved = await store.save(
    TENANT,
    { emergencyAccess: [{ id: BREAK_GLASS.toUpperCase(), kind: 'user', reason: 'In the safe' }] },
    'admin@contoso.com',
    AT,
  );
  expect(saved).toEqual({
    tenantId: TENANT,
    declarations: {
      emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', reason: 'In the safe' }],
      exemptions: [],
      privilegedRoles: null,
    },
    problem: null,
    updatedAt: AT,
    updatedBy: 'admin@contoso.com',
  });
  expect(await store.forTenant(TENANT)).toEqual(saved);
});

test('refuses declarations the parser refuses, naming the path, and keeps what was saved', async () => {
  const store = createDeclarationStore(db);
  await store.save(TENANT, { emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', reason: 'In the safe' }] }, 'a', AT);
  await expect(
    store.save(TENANT, { emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', reason: '' }] }, 'a', AT),
  ).rejects.toThrow('emergencyAccess[0].reason: expected a reason of 1 to 300 characters');
  expect((await store.forTenant(TENANT)).declarations.emergencyAccess).toHaveLength(1);
});

test.each([
  ['a record that is not an object', 'garbage'],
  ['declarations the parser refuses', { tenantId: TENANT, declarations: { emergencyAccess: 'all' } }],
])('%s reads as nothing declared, with a warning, and is left in place', async (_, stored) => {
  await db.put('declarations', stored as never, TENANT);
  const read = await createDeclarationStore(db).forTenant(TENANT);
  expect(read.declarations).toEqual(noDeclarations);
  expect(read.problem).toMatch(/^The saved declarations of this tenant couldn't be read/);
  expect(read.problem).toContain('scans judge exclusions as if nothing were declared');
  expect(await db.get('declarations', TENANT)).toEqual(stored);
});
