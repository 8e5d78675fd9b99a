/**
 * Serves several simulated tenants to a browser at once (issue 16): Graph and the admin services are
 * routed to one fleet Graph that answers each request as its bearer token's `tid` names, so a scan of
 * each customer tenant, with that tenant's token, reads that tenant. The routing is
 * simulator/fleet-graph.ts, unit-tested without a browser.
 */
import type { BrowserContext } from 'playwright-core';
import type { FleetTenant } from '../../simulator/fleet';
import { createFleetGraph, type FleetGraph } from '../../simulator/fleet-graph';
import { serveAdminServices, serveGraph, type GraphRequest } from './admin-pages';

export interface ServedFleet {
  readonly fleet: FleetGraph;
  /** Every Graph request seen, in order (admin-service requests are in `serviceRequests`). */
  readonly requests: GraphRequest[];
  readonly serviceRequests: GraphRequest[];
  unroute(): Promise<void>;
}

/** Routes `https://graph.microsoft.com/**` and every admin-service host to one Graph for `tenants`. */
export async function serveFleetGraph(context: BrowserContext, tenants: readonly FleetTenant[]): Promise<ServedFleet> {
  const fleet = createFleetGraph(tenants);
  const graph = await serveGraph(context, (req) => fleet.handle(req));
  const services = await serveAdminServices(context, (req) => fleet.handle(req));
  return {
    fleet,
    requests: graph.requests,
    serviceRequests: services.requests,
    unroute: async () => {
      await graph.unroute();
      await services.unroute();
    },
  };
}
