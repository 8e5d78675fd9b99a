/** Removing and showing customer tenants, and what they never touch: every other tenant's data. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import {
  customerTenantHarness,
  FABRIKAM_TID,
  FRESH_START_TID,
  overviewMarker,
  PARTNER_TID,
  WOODGROVE_TID,
} from '../../test/fixtures/customer-tenant-harness';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import { createDeclarationStore } from '../store/declaration-store';
import { createDispositionStore } from '../store/disposition-store';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';

const none = {};
const badgeText = () => fakeBrowser.action.getBadgeText({});
const badgeTitle = () => fakeBrowser.action.getTitle({});

beforeEach(() => fakeBrowser.reset());

/** A scan of `tenantId` scoring `passing` of two 10-point controls. */
function scanOf(tenantId: string, name: string, passing: 0 | 1 | 2, at = '2026-12-01T10:00:00.000Z') {
  const controls = [0, 1].map((i) =>
    controlResult({ id: `c-${i}`, status: i < passing ? 'pass' : 'fail', score: i < passing ? 10 : 0 }),
  );
  return scanWith(controls, { tenant: { id: tenantId, displayName: name, cloud: 'global' }, scannedAt: at });
}

/** Scans, dispositions, declarations and a per-tenant setting for each tenant: everything that must never mix. */
async function seed(db: StoreDb, store: ScanStore, tenants: readonly [string, string][]) {
  const dispositions = createDispositionStore(db);
  const declarations = createDeclarationStore(db);
  for (const [tid, name] of tenants) {
    await store.saveScan(scanOf(tid, name, 1, '2026-11-30T10:00:00.000Z'), { demo: false });
    await store.saveScan(scanOf(tid, name, 2), { demo: false });
    await dispositions.set(tid, 'c-1', { kind: 'thirdParty', reason: `${name} filters mail` }, 'megan', '2026-12-01');
    await declarations.save(tid, { emergencyAccess: [], exemptions: [], privilegedRoles: null }, 'megan', '2026-12-01');
    await db.put('settings', { key: `scanEvery:${tid}`, value: 'daily' });
  }
}

/** Every record of every store, bar the two settings these handlers own: the customer list and the tenant shown. */
async function everythingElse(db: StoreDb) {
  const stores = ['tenants', 'scans', 'dispositions', 'declarations', 'settings'] as const;
  const all = await Promise.all(stores.map((s) => db.getAll(s)));
  return JSON.stringify(
    all.map((records, i) =>
      stores[i] === 'settings'
        ? records.filter((r) => !['customerTenants', 'activeTenantId'].includes((r as { key: string }).key))
        : records,
    ),
  );
}

describe('showing a tenant', () => {
  test('a customer tenant becomes the one every page shows, with its own score on the toolbar', async () => {
    const { handlers, store } = await customerTenantHarness();
    await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
    await store.saveScan(scanOf(FABRIKAM_TID, 'Fabrikam', 1), { demo: false });
    expect(await handlers.showTenant({ tenantId: FABRIKAM_TID.toUpperCase() }, none)).toBe(overviewMarker);
    expect(await store.activeTenantId()).toBe(FABRIKAM_TID);
    expect(await badgeText()).toBe('50');
    expect(await badgeTitle()).toContain('Fabrikam: 50%');
  });

  test('not scanned yet: no score (never the last tenant’s), and the tooltip says so', async () => {
    const { handlers, store } = await customerTenantHarness();
    await store.saveScan(scanOf(PARTNER_TID, 'Contoso', 2), { demo: false });
    await handlers.showTenant({ tenantId: PARTNER_TID }, none);
    expect(await badgeText()).toBe('100');
    await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
    await handlers.showTenant({ tenantId: FABRIKAM_TID }, none);
    expect(await badgeText()).toBe('');
    expect(await badgeTitle()).toBe('Posture Lens — fabrikam.com: not scanned yet');
  });

  test("an account's own tenant, the demo and a tenant with stored scans are known too", async () => {
    const { handlers, store } = await customerTenantHarness();
    await store.saveScan(scanOf(WOODGROVE_TID, 'Woodgrove Bank', 0), { demo: false });
    for (const tid of [PARTNER_TID, DEMO_TENANT_ID, WOODGROVE_TID]) {
      await handlers.showTenant({ tenantId: tid }, none);
      expect(await store.activeTenantId()).toBe(tid);
    }
  });

  test('an unknown tenant is refused with a sentence; the tenant shown stays', async () => {
    const { handlers, store } = await customerTenantHarness();
    await handlers.showTenant({ tenantId: PARTNER_TID }, none);
    await expect(handlers.showTenant({ tenantId: FRESH_START_TID }, none)).rejects.toThrow(
      `Posture Lens doesn't know the tenant '${FRESH_START_TID}': add it as a customer tenant first. The tenant shown is unchanged.`,
    );
    expect(await store.activeTenantId()).toBe(PARTNER_TID);
  });
});

describe('removing a customer tenant', () => {
  test('out of the list, its history kept; if it was shown, the active account’s tenant is shown again', async () => {
    const { handlers, store, customers } = await customerTenantHarness();
    await store.saveScan(scanOf(PARTNER_TID, 'Contoso', 2), { demo: false });
    await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
    await store.saveScan(scanOf(FABRIKAM_TID, 'Fabrikam', 1), { demo: false });
    await handlers.showTenant({ tenantId: FABRIKAM_TID }, none);
    expect(await handlers.removeCustomerTenant({ tenantId: FABRIKAM_TID }, none)).toBe(overviewMarker);
    expect(await customers.list()).toEqual([]);
    expect(await store.history(FABRIKAM_TID)).toHaveLength(1);
    expect(await store.activeTenantId()).toBe(PARTNER_TID);
    expect(await badgeText()).toBe('100');
  });

  test('a tenant not shown: the tenant shown stays', async () => {
    const { handlers, store } = await customerTenantHarness();
    await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
    await handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID] }, none);
    await handlers.showTenant({ tenantId: WOODGROVE_TID }, none);
    await handlers.removeCustomerTenant({ tenantId: FABRIKAM_TID }, none);
    expect(await store.activeTenantId()).toBe(WOODGROVE_TID);
  });
});

test("adding, showing and removing tenants never touch any tenant's scans, dispositions, declarations or settings", async () => {
  const { db, store, handlers } = await customerTenantHarness();
  await seed(db, store, [
    [PARTNER_TID, 'Contoso'],
    [FABRIKAM_TID, 'Fabrikam'],
    [WOODGROVE_TID, 'Woodgrove Bank'],
  ]);
  const before = await everythingElse(db);
  await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
  await handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID, FRESH_START_TID] }, none);
  await handlers.showTenant({ tenantId: WOODGROVE_TID }, none);
  await handlers.showTenant({ tenantId: FABRIKAM_TID }, none);
  await handlers.removeCustomerTenant({ tenantId: FABRIKAM_TID }, none);
  await handlers.removeCustomerTenant({ tenantId: WOODGROVE_TID }, none);
  expect(await everythingElse(db)).toBe(before);
  expect((await createDispositionStore(db).forTenant(WOODGROVE_TID)).records[0]?.current?.reason).toBe(
    'Woodgrove Bank filters mail',
  );
});
