import { describe, expect, test } from 'vitest';
import { noDeclarations } from '../engine/scan/declarations';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { createDeclarationsSetting } from './declarations';

const CONTOSO = '93cde7b7-6317-469c-8e34-4f9988a8e506';
const FABRIKAM = '22222222-2222-2222-2222-222222222222';
const declared = {
  emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user' as const, reason: 'In the safe' }],
  exemptions: [],
  privilegedRoles: null,
};

async function setup(name: string) {
  const db = await openStore(name);
  const store = createScanStore(db);
  await db.put('tenants', { id: CONTOSO, displayName: 'Contoso', cloud: 'global', demo: false, lastScannedAt: '' });
  const setting = createDeclarationsSetting({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(store),
    recordedBy: () => Promise.resolve('admin@contoso.com'),
    clock: () => Date.parse('2026-12-01T09:00:00Z'),
  });
  return { db, store, setting };
}

describe('declarations in the background', () => {
  test('no active tenant: nothing to edit, and saving is refused', async () => {
    const { setting } = await setup('declarations-none');
    expect(await setting.view()).toMatchObject({ tenantId: null, declarations: noDeclarations });
    await expect(setting.set(CONTOSO, declared)).rejects.toThrow(/not the tenant/);
  });

  test("kept per tenant: the active tenant's are edited, and each scan gets its own tenant's", async () => {
    const { store, setting } = await setup('declarations-per-tenant');
    await store.setActiveTenant(CONTOSO);
    const view = await setting.set(CONTOSO, declared);
    expect(view).toMatchObject({
      tenantId: CONTOSO,
      tenantName: 'Contoso',
      declarations: declared,
      updatedBy: 'admin@contoso.com',
      updatedAt: '2026-12-01T09:00:00.000Z',
    });
    expect(await setting.forTenant(CONTOSO)).toEqual(declared);
    expect(await setting.forTenant(FABRIKAM)).toEqual(noDeclarations);
  });

  test('a save for a tenant that is no longer the active one is refused, not applied to the other', async () => {
    const { store, setting } = await setup('declarations-switched');
    await store.setActiveTenant(FABRIKAM);
    await expect(setting.set(CONTOSO, declared)).rejects.toThrow(/not the tenant/);
    expect(await setting.forTenant(FABRIKAM)).toEqual(noDeclarations);
    expect(await setting.forTenant(CONTOSO)).toEqual(noDeclarations);
  });

  test('unreadable saved declarations: the view warns and scans get none', async () => {
    const { db, store, setting } = await setup('declarations-corrupt');
    await store.setActiveTenant(CONTOSO);
    await db.put('declarations', { tenantId: CONTOSO, declarations: { emergencyAccess: 'all' } } as never, CONTOSO);
    expect((await setting.view()).problem).toMatch(/couldn't be read/);
    expect(await setting.forTenant(CONTOSO)).toEqual(noDeclarations);
  });
});
