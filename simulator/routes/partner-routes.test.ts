import { describe, expect, test } from 'vitest';
import { permissionTable } from '../permission-table';
import { createGraphSimulator } from '../simulator';
import { contoso } from '../tenants/contoso';
import { freshDefaults } from '../tenants/fresh-defaults';
import { hardenedE5 } from '../tenants/hardened-e5';
import { FORMER_CUSTOMER_TENANT_ID, FRESH_START_TENANT_ID } from '../tenants/partner-relationships';
import { allPages, get } from '../test-requests';

const RELATIONSHIPS = '/v1.0/tenantRelationships/delegatedAdminRelationships';
const ACTIVE = `${RELATIONSHIPS}?$filter=${encodeURIComponent("status eq 'active'")}&$select=id,displayName,customer,endDateTime`;
const customerIds = (value: Array<Record<string, unknown>> | undefined) =>
  (value ?? []).map((r) => (r['customer'] as { tenantId: string }).tenantId);

describe('GET /tenantRelationships/delegatedAdminRelationships', () => {
  test("Contoso, as a partner, lists its active customers: the other built-in tenants, not the expired one's", async () => {
    const page = await get(createGraphSimulator(contoso()), ACTIVE);
    expect(page.status).toBe(200);
    const ids = customerIds(page.json.value);
    expect(new Set(ids)).toEqual(new Set([freshDefaults().organization.id, hardenedE5().organization.id]));
    expect(ids).not.toContain(FORMER_CUSTOMER_TENANT_ID);
    expect(FRESH_START_TENANT_ID).toBe(freshDefaults().organization.id);
    // $select: only the asked-for properties come back.
    expect(Object.keys(page.json.value?.[0] ?? {}).sort()).toEqual(['customer', 'displayName', 'endDateTime', 'id']);
  });

  test('without the filter every relationship comes back, expired included', async () => {
    const page = await get(createGraphSimulator(contoso()), RELATIONSHIPS);
    expect(customerIds(page.json.value)).toContain(FORMER_CUSTOMER_TENANT_ID);
  });

  test('a tenant that is no partner has none', async () => {
    const page = await get(createGraphSimulator(freshDefaults()), ACTIVE);
    expect(page.status).toBe(200);
    expect(page.json.value).toEqual([]);
  });

  test('pages of 100 by next link', async () => {
    const tenant = contoso();
    const [one] = tenant.delegatedAdminRelationships ?? [];
    tenant.delegatedAdminRelationships = Array.from({ length: 150 }, (_, i) => ({ ...one, id: `rel-${i}` }));
    const pages = await allPages(createGraphSimulator(tenant), ACTIVE);
    expect(pages.map((p) => p.json.value?.length)).toEqual([100, 50]);
  });

  test('403 without DelegatedAdminRelationship.Read.All, and the permission table says so', async () => {
    const sim = createGraphSimulator(contoso(), { grantedScopes: ['Directory.Read.All'] });
    const page = await get(sim, ACTIVE);
    expect(page.status).toBe(403);
    const allowed = createGraphSimulator(contoso(), { grantedScopes: ['DelegatedAdminRelationship.Read.All'] });
    expect((await get(allowed, ACTIVE)).status).toBe(200);
    expect(permissionTable().find((r) => r.path === '/tenantRelationships/delegatedAdminRelationships')).toMatchObject({
      permissions: ['DelegatedAdminRelationship.Read.All'],
    });
  });

  test('a filter on a property Graph does not filter on is a 400', async () => {
    const page = await get(
      createGraphSimulator(contoso()),
      `${RELATIONSHIPS}?$filter=${encodeURIComponent("duration eq 'P730D'")}`,
    );
    expect(page.status).toBe(400);
  });
});
