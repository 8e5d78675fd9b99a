import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { readInitialDomain } from './read-initial-domain';

const session = (tenantId = TENANT_ID) => ({
  connection: { cloud: 'global' as const },
  account: { tenantId },
  getToken: () => Promise.resolve('graph-token'),
});

/** The simulator's fetch, recording each request's method and URL. */
function recorded(sim = createGraphSimulator(contoso())) {
  const seen: string[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const req = new Request(input, init);
    seen.push(`${req.method} ${req.url}`);
    return sim.fetch(req);
  };
  return { seen, fetchFn };
}

describe('the signed-in tenant’s initial domain, read once from Graph', () => {
  test('one GET of /organization, the scan’s own read, gives contoso.onmicrosoft.com', async () => {
    const { seen, fetchFn } = recorded();
    expect(await readInitialDomain(session(), fetchFn)).toEqual({ ok: true, domain: 'contoso.onmicrosoft.com' });
    expect(seen).toEqual([
      'GET https://graph.microsoft.com/v1.0/organization?$select=id,displayName,onPremisesSyncEnabled,verifiedDomains',
    ]);
  });

  test('refused: no domain, with Graph’s status', async () => {
    const sim = createGraphSimulator(contoso(), { faults: [{ path: '/organization', kind: 'forbidden' }] });
    const read = await readInitialDomain(session(), recorded(sim).fetchFn);
    expect(read).toMatchObject({ ok: false, why: expect.stringMatching(/^the organization read failed \(HTTP 403/) });
  });

  test('another tenant’s answer names nothing for this one', async () => {
    const read = await readInitialDomain(session('11111111-2222-3333-4444-555555555555'), recorded().fetchFn);
    expect(read).toEqual({
      ok: false,
      why: `the organization read answered as another tenant (${TENANT_ID.toLowerCase()})`,
    });
  });

  test('no single initial domain in the answer: none is guessed', async () => {
    const tenant = contoso();
    for (const d of tenant.organization.verifiedDomains ?? []) d.isInitial = true;
    const read = await readInitialDomain(session(), recorded(createGraphSimulator(tenant)).fetchFn);
    expect(read).toEqual({ ok: false, why: 'the organization read named no single initial domain' });
  });
});
