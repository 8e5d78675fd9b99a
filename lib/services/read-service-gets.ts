/**
 * One service's requests of one read: sent through its transport, a few at a time. Each of the
 * `concurrency` lanes takes the next request when its last one is answered, so a lane's calls form
 * one chain; the longest chain is the service's round trips.
 */
import type { ServiceGet } from '../engine/scan/service-reader';
import type { AdminService } from '../graph/sources/admin-services';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { anchorMailbox, invokeCmdlet, invokeCommandUrl } from './invoke-command';
import { refusedOutcome, type CallContext, type Chain } from './service-call';
import { readSharePointTenant } from './sharepoint-transport';
import { readTeamsConfiguration } from './teams-transport';

/** Where one service's requests go in this read. */
export interface ServiceTarget {
  readonly service: AdminService;
  readonly tenantId: string;
  /** The root its requests go to (for compliance, the regional host when one was found). */
  readonly root: string;
  readonly token: string;
  readonly initialDomain?: string;
  /** Calls already made before these requests could start (the compliance discovery). */
  readonly startDepth: number;
  /** Said with every failure of this service (the compliance host that was asked instead). */
  readonly note?: string;
}

/** A request of one kind sent to another service's transport is refused before it leaves. */
const misrouted = (ctx: CallContext, kind: string, service: AdminService): Promise<GraphOutcome> =>
  Promise.resolve(refusedOutcome(ctx.label, `a ${kind} request is not read from ${service}`));

function readGet(ctx: CallContext, t: ServiceTarget, get: ServiceGet, chain: Chain): Promise<GraphOutcome> {
  const r = get.request;
  const service = t.service;
  if (service === 'teams')
    return r.kind === 'teamsConfiguration'
      ? readTeamsConfiguration(ctx, { root: t.root, token: t.token }, r, chain)
      : misrouted(ctx, r.kind, service);
  if (service === 'sharepoint')
    return r.kind === 'sharepointTenant'
      ? readSharePointTenant(ctx, { root: t.root, token: t.token }, chain)
      : misrouted(ctx, r.kind, service);
  if (r.kind !== 'cmdlet') return misrouted(ctx, r.kind, service);
  const target = {
    service,
    url: invokeCommandUrl(t.root, t.tenantId),
    token: t.token,
    anchor: anchorMailbox(service, t.tenantId, t.initialDomain),
  };
  return invokeCmdlet(ctx, target, r, chain);
}

const withNote = (outcome: GraphOutcome, note: string | undefined): GraphOutcome =>
  outcome.ok || !note ? outcome : { ...outcome, message: `${outcome.message} ${note}` };

/** Every request answered, in key order of `gets`; never rejects. */
export async function readServiceGets(
  ctx: CallContext,
  target: ServiceTarget,
  gets: readonly ServiceGet[],
  concurrency: number,
): Promise<(readonly [string, GraphOutcome])[]> {
  const out = new Map<string, GraphOutcome>();
  let next = 0;
  const lane = async () => {
    const chain: Chain = { depth: target.startDepth };
    while (next < gets.length) {
      const get = gets[next++] as ServiceGet;
      out.set(get.key, withNote(await readGet(ctx, target, get, chain), target.note));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, gets.length) }, lane));
  return gets.map((g) => [g.key, out.get(g.key) as GraphOutcome] as const);
}
