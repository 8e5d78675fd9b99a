/**
 * Several simulated tenants behind one Graph, in process (issue 16): each request is answered by the
 * tenant its bearer token's `tid` names, as Microsoft Graph does, so one handler serves a browser that
 * holds a token per customer tenant (the e2e's `serveFleetGraph`). The same rules as the fleet's HTTP
 * server (serve-fleet.ts): an unconsented tenant refuses every call with 403, an unknown tenant or a
 * token without a `tid` gets 401.
 */
import { fleetModel, type FleetTenant } from './fleet';
import { errorResponse, type SimRequest, type SimResponse } from './graph-response';
import { tidOfBearer } from './serve-fleet';
import { createGraphSimulator, type GraphSimulator, type SimulatorOptions } from './simulator';

export interface FleetGraph {
  /** Answers one Graph (or admin-service) request as the token's tenant would. */
  handle(req: SimRequest): Promise<SimResponse>;
  /** A tenant's own simulator, built on its first request (its stats say what it was asked). */
  simulatorOf(tid: string): GraphSimulator | undefined;
  /** The tenant each request was for, in order: a lower-cased tid, or null when its token named none we serve. */
  readonly seen: readonly (string | null)[];
}

function header(req: SimRequest, name: string): string | undefined {
  const key = Object.keys(req.headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : req.headers[key];
}

const refused = (req: SimRequest, status: 401 | 403, code: string, message: string): SimResponse =>
  errorResponse(status, code, message, {
    requestId: globalThis.crypto.randomUUID(),
    clientRequestId: header(req, 'client-request-id') ?? globalThis.crypto.randomUUID(),
    date: new Date(),
  });

/** One Graph for `tenants`, each built from its posture (fleet.ts) the first time it is asked. */
export function createFleetGraph(tenants: readonly FleetTenant[], options: SimulatorOptions = {}): FleetGraph {
  const byTid = new Map(tenants.map((t) => [t.tid.toLowerCase(), t]));
  const sims = new Map<string, GraphSimulator>();
  const seen: (string | null)[] = [];

  const simulatorOf = (tid: string): GraphSimulator | undefined => {
    const key = tid.toLowerCase();
    const tenant = byTid.get(key);
    if (!tenant || tenant.posture === 'unconsented') return undefined;
    let sim = sims.get(key);
    if (!sim) {
      sim = createGraphSimulator(fleetModel(tenant), {
        ...options,
        ...(tenant.faults ? { faults: tenant.faults } : {}),
      });
      sims.set(key, sim);
    }
    return sim;
  };

  const handle = (req: SimRequest): Promise<SimResponse> => {
    const tid = tidOfBearer(header(req, 'authorization'));
    const tenant = tid === undefined ? undefined : byTid.get(tid);
    seen.push(tenant ? tid! : null);
    if (!tenant || tid === undefined)
      return Promise.resolve(
        refused(req, 401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'),
      );
    const sim = simulatorOf(tid);
    if (!sim)
      return Promise.resolve(
        refused(req, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
      );
    return sim.handle(req);
  };

  return { handle, simulatorOf, seen };
}
