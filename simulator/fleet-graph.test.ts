import { describe, expect, test } from 'vitest';
import { fleetToken } from './fleet';
import { createFleetGraph } from './fleet-graph';
import type { SimRequest } from './graph-response';
import { fabrikamPartner } from './tenants/gdap-partner';
import {
  contosoCustomer,
  partnerFleet,
  partnerHome,
  partnerTenantByDomain,
  tailspinCustomer,
  woodgroveCustomer,
} from './tenants/partner-fleet';

const GRAPH = 'https://graph.microsoft.com';
const get = (path: string, token?: string): SimRequest => ({
  method: 'GET',
  url: `${GRAPH}${path}`,
  headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
});
const json = (body: string) =>
  JSON.parse(body) as { value?: unknown[]; error?: { code: string } } & Record<string, unknown>;

describe('one Graph for the partner fleet, answered by the token’s tenant', () => {
  test('each token reads its own tenant: its id, its name', async () => {
    const graph = createFleetGraph(partnerFleet);
    for (const t of [woodgroveCustomer, contosoCustomer, partnerHome]) {
      const res = await graph.handle(get('/v1.0/organization', fleetToken(t.tid)));
      expect(res.status).toBe(200);
      const org = json(res.body).value?.[0] as { id: string; displayName: string };
      expect(org).toMatchObject({ id: t.tid, displayName: t.name });
    }
    expect(graph.seen).toEqual([woodgroveCustomer.tid, contosoCustomer.tid, partnerHome.tid]);
  });

  test('a tenant renamed from a posture answers under its own domain', async () => {
    const graph = createFleetGraph(partnerFleet);
    const res = await graph.handle(get('/v1.0/domains', fleetToken(partnerHome.tid)));
    const ids = (json(res.body).value as { id: string }[]).map((d) => d.id);
    expect(ids).toContain('fabrikampartners.onmicrosoft.com');
    expect(ids).not.toContain('freshstart.onmicrosoft.com');
  });

  test('the unconsented tenant refuses every request with 403, batches included', async () => {
    const graph = createFleetGraph(partnerFleet);
    const token = fleetToken(tailspinCustomer.tid);
    const batch: SimRequest = {
      method: 'POST',
      url: `${GRAPH}/v1.0/$batch`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/organization' }] }),
    };
    for (const res of [await graph.handle(get('/v1.0/organization', token)), await graph.handle(batch)]) {
      expect(res.status).toBe(403);
      expect(json(res.body).error?.code).toBe('Authorization_RequestDenied');
    }
    expect(graph.simulatorOf(tailspinCustomer.tid)).toBeUndefined();
  });

  test('a token for a tenant not served, or without a tid, gets 401', async () => {
    const graph = createFleetGraph([contosoCustomer]);
    for (const token of [fleetToken(woodgroveCustomer.tid), 'opaque', undefined]) {
      const res = await graph.handle(get('/v1.0/organization', token));
      expect(res.status).toBe(401);
      expect(json(res.body).error?.code).toBe('InvalidAuthenticationToken');
    }
    expect(graph.seen).toEqual([null, null, null]);
  });

  test("the GDAP customer's role assignments name the partner's groups, whose members answer 404", async () => {
    const graph = createFleetGraph(partnerFleet);
    const token = fleetToken(woodgroveCustomer.tid);
    const res = await graph.handle(get('/v1.0/roleManagement/directory/roleAssignments?$expand=principal', token));
    const principals = (
      json(res.body).value as { principal: { '@odata.type': string; id: string; displayName: string } }[]
    )
      .map((a) => a.principal)
      .filter((p) => fabrikamPartner.groups.some((g) => g.id === p.id));
    expect(principals.map((p) => p.displayName).sort()).toEqual([
      'Fabrikam GDAP Global Readers',
      'Fabrikam GDAP Security Readers',
      'Fabrikam GDAP Security Readers',
    ]);
    expect(principals.every((p) => p['@odata.type'] === '#microsoft.graph.group')).toBe(true);
    const group = fabrikamPartner.groups[0]!.id;
    expect((await graph.handle(get(`/v1.0/groups/${group}/members`, token))).status).toBe(404);
    expect((await graph.handle(get(`/v1.0/groups/${group}`, token))).status).toBe(404);
  });

  test('the fleet list: one home, distinct ids and domains, a domain finds its tenant', () => {
    expect(partnerFleet.filter((t) => t.kind === 'home')).toEqual([partnerHome]);
    expect(new Set(partnerFleet.map((t) => t.tid)).size).toBe(partnerFleet.length);
    expect(new Set(partnerFleet.map((t) => t.domain)).size).toBe(partnerFleet.length);
    expect(partnerTenantByDomain(' WoodgroveBank.onmicrosoft.com ')).toBe(woodgroveCustomer);
    expect(partnerTenantByDomain('nowhere.onmicrosoft.com')).toBeUndefined();
    expect(partnerFleet.filter((t) => !t.consented)).toEqual([tailspinCustomer]);
  });
});
