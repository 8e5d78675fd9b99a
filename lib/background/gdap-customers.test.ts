import { describe, expect, test } from 'vitest';
import { createGraphSimulator, type SimulatorOptions } from '../../simulator/simulator';
import type { TenantModel } from '../../simulator/tenant-model';
import { contoso } from '../../simulator/tenants/contoso';
import { freshDefaults } from '../../simulator/tenants/fresh-defaults';
import { GDAP_PERMISSION, readGdapCustomers, type GdapReadDeps } from './gdap-customers';

const PARTNER_TID = contoso().organization.id!;
const CONSENT = `https://login.microsoftonline.com/${PARTNER_TID}/adminconsent?client_id=app`;

/** The partner's Graph (the simulator), recording every call on the wire, and a fake sign-in. */
function partner(over: { tenant?: TenantModel; sim?: SimulatorOptions; token?: () => Promise<string> } = {}) {
  const sim = createGraphSimulator(over.tenant ?? contoso(), { grantedScopes: [GDAP_PERMISSION], ...over.sim });
  const wire: string[] = [];
  const scopesAsked: (readonly string[])[] = [];
  const deps: GdapReadDeps = {
    auth: {
      tokenWithScopes: (scopes) => {
        scopesAsked.push(scopes);
        return over.token ? over.token() : Promise.resolve('opaque-token');
      },
      adminConsentUrl: (tid) => Promise.resolve(tid === PARTNER_TID ? CONSENT : null),
    },
    homeTenantId: PARTNER_TID,
    graphRoot: 'https://graph.microsoft.com',
    fetch: (input, init) => {
      wire.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : input.toString()}`);
      return sim.fetch(input, init);
    },
    sleep: () => Promise.resolve(),
  };
  return { deps, wire, scopesAsked, sim };
}

describe("the partner's GDAP customers", () => {
  test('one row per customer tenant, by name; of two relationships the one that ends last; expired ones left out', async () => {
    const { deps, scopesAsked } = partner();
    const read = await readGdapCustomers(deps);
    expect(read).toEqual({
      ok: true,
      customers: [
        {
          tenantId: freshDefaults().organization.id,
          displayName: 'Fresh Start Ltd',
          relationshipName: 'Fresh Start - Global Reader',
          endsAt: expect.any(String) as string,
        },
        {
          tenantId: expect.any(String) as string,
          displayName: 'Woodgrove Bank',
          relationshipName: 'Woodgrove - Global Reader 2026',
          endsAt: expect.any(String) as string,
        },
      ],
    });
    expect(scopesAsked).toEqual([[GDAP_PERMISSION]]);
  });

  test('reads with GETs only, asking for active relationships and only the fields it shows', async () => {
    const { deps, wire, sim } = partner();
    await readGdapCustomers(deps);
    expect(wire.length).toBeGreaterThan(0);
    expect(wire.every((call) => call.startsWith('GET ') || call.endsWith('/v1.0/$batch'))).toBe(true);
    expect(Object.keys(sim.stats.byPath)).toEqual(['/v1.0/tenantRelationships/delegatedAdminRelationships']);
  });

  test('every page is read (next links followed)', async () => {
    const tenant = contoso();
    const [one] = tenant.delegatedAdminRelationships ?? [];
    tenant.delegatedAdminRelationships = Array.from({ length: 150 }, (_, i) => ({
      ...one,
      id: `rel-${i}`,
      displayName: `Relationship ${i}`,
      customer: { tenantId: `aaaaaaaa-1111-4111-8111-${String(i).padStart(12, '0')}`, displayName: `Customer ${i}` },
    }));
    const read = await readGdapCustomers(partner({ tenant }).deps);
    expect(read.ok && read.customers).toHaveLength(150);
  });

  test('a 403 names DelegatedAdminRelationship.Read.All and links the partner tenant’s admin consent', async () => {
    const read = await readGdapCustomers(partner({ sim: { grantedScopes: ['Directory.Read.All'] } }).deps);
    expect(read).toMatchObject({ ok: false, consentUrl: CONSENT });
    expect(!read.ok && read.reason).toContain(
      'Listing GDAP customers needs the DelegatedAdminRelationship.Read.All permission on your app registration',
    );
  });

  test('no token for the permission (not consented): the same sentence, with why, and the consent link', async () => {
    const token = () => Promise.reject(new Error('AADSTS65001: The user or administrator has not consented.'));
    const { deps, wire } = partner({ token });
    const read = await readGdapCustomers(deps);
    expect(read).toMatchObject({ ok: false, consentUrl: CONSENT });
    expect(!read.ok && read.reason).toContain('DelegatedAdminRelationship.Read.All');
    expect(!read.ok && read.reason).toContain('AADSTS65001');
    expect(wire).toEqual([]);
  });

  test('throttled past the retries: the reason says so', async () => {
    const faults = [
      { path: /delegatedAdminRelationships/, kind: 'throttle' as const, times: 99, retryAfterSeconds: 1 },
    ];
    const read = await readGdapCustomers(partner({ sim: { faults } }).deps);
    expect(read).toEqual({
      ok: false,
      reason:
        "The GDAP relationships couldn't be read: Graph throttled the request and retries ran out. Try again in a few minutes.",
    });
  });

  test('offline', async () => {
    const { deps } = partner();
    const read = await readGdapCustomers({ ...deps, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(read).toMatchObject({ ok: false, reason: expect.stringContaining('Could not reach Microsoft Graph') });
    expect(read).not.toHaveProperty('consentUrl');
  });

  test('a relationship without a customer tenant id fails the list, naming the field', async () => {
    const tenant = contoso();
    tenant.delegatedAdminRelationships = [{ id: 'rel-1', displayName: 'Broken', status: 'active', customer: null }];
    const read = await readGdapCustomers(partner({ tenant }).deps);
    expect(read).toEqual({
      ok: false,
      reason:
        'A GDAP relationship (rel-1) came without a customer tenant ID or a name (customer.tenantId, displayName): nothing is listed.',
    });
  });

  test('names from Graph are kept as text, markup and all', async () => {
    const tenant = contoso();
    const [one] = tenant.delegatedAdminRelationships ?? [];
    tenant.delegatedAdminRelationships = [
      { ...one, customer: { tenantId: one?.customer?.tenantId ?? '', displayName: '<img src=x onerror=alert(1)>' } },
    ];
    const read = await readGdapCustomers(partner({ tenant }).deps);
    expect(read.ok && read.customers[0]?.displayName).toBe('<img src=x onerror=alert(1)>');
  });
});
