/**
 * The partner fleet scanned as the extension's Tenants page will scan it (issue 16): each customer with
 * its own token through one Graph. Their scores are clearly apart, and the GDAP-managed customer, whose
 * role assignments name the partner's groups (members: 404), scores exactly as its posture does.
 */
import { describe, expect, test } from 'vitest';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { createDnsSimulator } from '../simulator/dns-simulator';
import { fetchOver } from '../simulator/fetch-adapter';
import { fleetModel, fleetToken, type FleetTenant } from '../simulator/fleet';
import { createFleetGraph, type FleetGraph } from '../simulator/fleet-graph';
import { fabrikamPartner } from '../simulator/tenants/gdap-partner';
import {
  contosoCustomer,
  freshStartCustomer,
  partnerCustomers,
  partnerFleet,
  partnerHome,
  woodgroveCustomer,
} from '../simulator/tenants/partner-fleet';

async function scan(graph: FleetGraph, tenant: FleetTenant): Promise<ScanResult> {
  return scanTenant({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: fetchOver((req) => graph.handle(req), 'https://graph.microsoft.com'),
    getToken: () => Promise.resolve(fleetToken(tenant.tid)),
    doh: { url: 'https://dns.test/dns-query', fetch: createDnsSimulator(fleetModel(tenant)).fetch },
    sleep: () => Promise.resolve(),
    clock: () => Date.parse('2026-11-24T12:00:00Z'),
  });
}

// Whole scans of several tenants: a shared, loaded machine can take longer than vitest's 5 s default.
const WHOLE_SCANS = 60_000;

describe('the partner fleet', () => {
  test(
    'three customers of clearly different postures, each read with its own token',
    async () => {
      const graph = createFleetGraph(partnerFleet);
      const [woodgrove, contoso, fresh] = await Promise.all(
        [woodgroveCustomer, contosoCustomer, freshStartCustomer].map((t) => scan(graph, t)),
      );
      expect([woodgrove!.tenant, contoso!.tenant, fresh!.tenant].map((t) => [t.id, t.displayName])).toEqual([
        [woodgroveCustomer.tid, 'Woodgrove Bank'],
        [contosoCustomer.tid, 'Contoso'],
        [freshStartCustomer.tid, 'Fresh Start Ltd'],
      ]);
      // Apart by at least ten points each, so an overview that mixed two tenants up would show it.
      expect(woodgrove!.score.percent - contoso!.score.percent).toBeGreaterThanOrEqual(10);
      expect(contoso!.score.percent - fresh!.score.percent).toBeGreaterThanOrEqual(10);
    },
    WHOLE_SCANS,
  );

  test(
    "the GDAP customer scores as its posture does: the partner's groups never break a scan",
    async () => {
      const graph = createFleetGraph(partnerFleet);
      const plain: FleetTenant = { tid: 'cafe0000-0000-4000-8000-0000000000ff', posture: woodgroveCustomer.posture };
      const base = await scan(createFleetGraph([plain]), plain);
      const gdap = await scan(graph, woodgroveCustomer);
      // The members of a partner group holding a role a policy excludes were asked for, and answered 404.
      const asked = Object.keys(graph.simulatorOf(woodgroveCustomer.tid)!.stats.byPath);
      expect(asked).toContain(`/v1.0/groups/${fabrikamPartner.groups[0]!.id}/members`);
      expect(gdap.controls.filter((c) => c.status === 'unknown' && /404/.test(c.reason ?? ''))).toEqual([]);
      expect(gdap.controls.map((c) => [c.id, c.status])).toEqual(base.controls.map((c) => [c.id, c.status]));
      expect(gdap.score.percent).toBe(base.score.percent);
    },
    WHOLE_SCANS,
  );

  test("the partner's own tenant lists every customer, the unconsented one too, as an active GDAP relationship", async () => {
    const graph = createFleetGraph(partnerFleet);
    const fetch = fetchOver((req) => graph.handle(req), 'https://graph.microsoft.com');
    const res = await fetch(
      "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships?$filter=status eq 'active'",
      { headers: { authorization: `Bearer ${fleetToken(partnerHome.tid)}` } },
    );
    const body = (await res.json()) as { value: { customer: { tenantId: string; displayName: string } }[] };
    expect(body.value.map((r) => r.customer)).toEqual(
      partnerCustomers.map((c) => ({ tenantId: c.tid, displayName: c.name })),
    );
  });
});
