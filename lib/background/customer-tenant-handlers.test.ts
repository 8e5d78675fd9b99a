import { describe, expect, test } from 'vitest';
import {
  customerTenantHarness,
  FABRIKAM_TID,
  FRESH_START_TID,
  overviewMarker,
  partnerAccount,
  CONSENT_URL,
  demoTenantAccount,
  START,
  WOODGROVE_TID,
} from '../../test/fixtures/customer-tenant-harness';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import { GDAP_LIST_KEPT_MS, SIGN_IN_FIRST } from './customer-tenant-handlers';

const none = {};

describe('adding a customer tenant by id or domain', () => {
  test("by domain: reached with the active account's sign-in, named by the domain until a scan reads its name", async () => {
    const { handlers, customers, loginAsked } = await customerTenantHarness();
    const added = await handlers.addCustomerTenant({ query: ' Fabrikam.com ' }, none);
    const tenant = {
      tenantId: FABRIKAM_TID,
      name: 'fabrikam.com',
      domain: 'fabrikam.com',
      accountId: partnerAccount.id,
      source: 'added',
      addedAt: new Date(START).toISOString(),
      addedBy: 'megan@contoso.com',
    };
    expect(added).toEqual({ ok: true, tenant, overview: overviewMarker });
    expect(await customers.list()).toEqual([tenant]);
    expect(loginAsked).toEqual([
      'https://login.microsoftonline.com/fabrikam.com/v2.0/.well-known/openid-configuration',
    ]);
  });

  test('by id: checked the same way; no domain, the id is its name for now', async () => {
    const { handlers, loginAsked } = await customerTenantHarness();
    const added = await handlers.addCustomerTenant({ query: FABRIKAM_TID.toUpperCase() }, none);
    expect(added).toMatchObject({ ok: true, tenant: { tenantId: FABRIKAM_TID, name: FABRIKAM_TID, domain: null } });
    expect(loginAsked).toHaveLength(1);
  });

  test('a tenant already in the list is answered, not added twice', async () => {
    const { handlers, customers, advance } = await customerTenantHarness();
    await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
    advance(60_000);
    const again = await handlers.addCustomerTenant({ query: FABRIKAM_TID }, none);
    expect(again).toMatchObject({
      ok: true,
      tenant: { addedAt: new Date(START).toISOString(), domain: 'fabrikam.com' },
    });
    expect(await customers.list()).toHaveLength(1);
  });

  test.each([
    ['nobody signed in', 'fabrikam.com', SIGN_IN_FIRST],
    ['not a domain or id', 'fabrikam', "'fabrikam' is neither a tenant ID (a GUID) nor a domain"],
    ['no such tenant', 'nosuch.example', "No tenant was found for 'nosuch.example'"],
    ["the signed-in account's own tenant", 'contoso-partner-id', 'is already yours'],
    ['the demo', DEMO_TENANT_ID, 'That is the built-in demo tenant: it needs no adding'],
  ])('%s: refused with a sentence, nothing added', async (what, query, sentence) => {
    const h = await customerTenantHarness({ signedIn: what !== 'nobody signed in' });
    const q = query === 'contoso-partner-id' ? partnerAccount.tenantId : query;
    const added = await h.handlers.addCustomerTenant({ query: q }, none);
    expect(added.ok).toBe(false);
    expect(!added.ok && added.error).toContain(sentence);
    expect(await h.customers.list()).toEqual([]);
    // Neither nobody signed in, nor bad input, nor the demo reach the sign-in host.
    if (what !== 'no such tenant' && !what.includes('own tenant')) expect(h.loginAsked).toEqual([]);
  });

  test("signed in to the simulated Contoso (the demo's id, as in e2e): its id is the account's own, not the demo", async () => {
    const h = await customerTenantHarness({ account: demoTenantAccount });
    const added = await h.handlers.addCustomerTenant({ query: DEMO_TENANT_ID }, none);
    expect(!added.ok && added.error).toContain('is already yours: it is the tenant of megan@contoso.com');
  });
});

describe("the partner's GDAP customers", () => {
  test('listed with `added` for those already in the list', async () => {
    const { handlers } = await customerTenantHarness();
    await handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID] }, none);
    const view = await handlers.listGdapCustomers(null, none);
    expect(view.ok && view.customers.map((c) => [c.displayName, c.added])).toEqual([
      ['Fresh Start Ltd', false],
      ['Woodgrove Bank', true],
    ]);
  });

  test('nobody signed in: no list, and why', async () => {
    const { handlers } = await customerTenantHarness({ signedIn: false });
    expect(await handlers.listGdapCustomers(null, none)).toEqual({ ok: false, reason: SIGN_IN_FIRST });
    await expect(handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID] }, none)).rejects.toThrow(SIGN_IN_FIRST);
  });

  test('without DelegatedAdminRelationship.Read.All: the permission named, with the consent link', async () => {
    const { handlers } = await customerTenantHarness({ sim: { grantedScopes: ['Directory.Read.All'] } });
    const view = await handlers.listGdapCustomers(null, none);
    expect(view).toMatchObject({ ok: false, consentUrl: CONSENT_URL });
    expect(!view.ok && view.reason).toContain('DelegatedAdminRelationship.Read.All');
    await expect(handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID] }, none)).rejects.toThrow(
      'DelegatedAdminRelationship.Read.All',
    );
  });

  test("picked customers are added from the account's own list, named as Graph names them", async () => {
    const { handlers, customers } = await customerTenantHarness();
    expect(await handlers.addGdapCustomers({ tenantIds: [FRESH_START_TID, WOODGROVE_TID] }, none)).toBe(overviewMarker);
    expect((await customers.list()).map((t) => [t.name, t.source, t.domain, t.accountId])).toEqual([
      ['Fresh Start Ltd', 'gdap', null, partnerAccount.id],
      ['Woodgrove Bank', 'gdap', null, partnerAccount.id],
    ]);
  });

  test('an id not on the GDAP list is refused and nothing is added: the page is never trusted', async () => {
    const { handlers, customers } = await customerTenantHarness();
    await expect(handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID, FABRIKAM_TID] }, none)).rejects.toThrow(
      `Not among your active GDAP customers: ${FABRIKAM_TID}. Nothing was added.`,
    );
    expect(await customers.list()).toEqual([]);
  });

  test('a list read a moment ago is used; one older than a few minutes is read again', async () => {
    const { handlers, gdapReads, advance } = await customerTenantHarness();
    await handlers.listGdapCustomers(null, none);
    await handlers.addGdapCustomers({ tenantIds: [FRESH_START_TID] }, none);
    expect(gdapReads()).toBe(1);
    advance(GDAP_LIST_KEPT_MS);
    await handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID] }, none);
    expect(gdapReads()).toBe(2);
  });

  test('a customer already added by hand keeps its entry', async () => {
    const { handlers, customers } = await customerTenantHarness();
    await handlers.addCustomerTenant({ query: 'fabrikam.com' }, none);
    await customers.put({ ...(await customers.list())[0]!, tenantId: WOODGROVE_TID, name: 'woodgrovebank.com' });
    await handlers.addGdapCustomers({ tenantIds: [WOODGROVE_TID] }, none);
    expect((await customers.get(WOODGROVE_TID))?.source).toBe('added');
  });
});
