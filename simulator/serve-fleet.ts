/**
 * Several simulated tenants behind one HTTP root (issue 16), told apart as Microsoft Graph tells them
 * apart: by the `tid` claim of the bearer token. The CLI's per-tenant tokens and the fake identity
 * provider's both carry it, so the CLI's fleets and (later) the extension's Tenants page talk to the
 * same server at the same Graph root. DNS-over-HTTPS carries no token: each tenant's resolver is at
 * `${url}/tenants/{tid}/dns-query`. Admin services are not served here (the CLI's fleets don't read them).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rebaseAuditLog } from './audit-log';
import { createDnsSimulator, type DnsSimulator } from './dns-simulator';
import { fleetModel, type FleetTenant } from './fleet';
import { errorResponse, type SimResponse } from './graph-response';
import { CORS, flatHeaders, readBody } from './serve-http';
import { createGraphSimulator, type GraphSimulator } from './simulator';
import { SNAPSHOT_DATE } from './tenants/well-known';

export interface FleetServeOptions {
  /** Added to every Graph HTTP call of every tenant. */
  readonly latencyMs?: number;
  readonly host?: string;
  readonly port?: number;
}

/** What the server saw of one tenant. `first`/`last`: the sequence numbers of its first and last request. */
export interface FleetTenantStats {
  readonly httpCalls: number;
  readonly first: number;
  readonly last: number;
}

export interface FleetStats {
  readonly tenants: Readonly<Record<string, FleetTenantStats>>;
  /**
   * The most tenants being scanned at once: a tenant counts from its first request to its last, so a
   * scanner that keeps to N scans at a time never shows more than N, however fast or slow the machine.
   */
  readonly scansAtOnce: number;
}

export interface RunningFleet {
  /** The Graph root for every tenant: `${url}/v1.0/…` with that tenant's token. */
  readonly url: string;
  /** The tenant's DNS-over-HTTPS (JSON) resolver, for the CLI's `dohUrl`. */
  dohUrl(tid: string): string;
  stats(): FleetStats;
  /** Forgets what was seen (the tenants' data stays). */
  resetStats(): void;
  close(): Promise<void>;
}

/** The stats as JSON (GET) for a fleet served by another process (bench); POST forgets them. */
export const FLEET_STATS_PATH = '/_fleet/stats';

/** The `tid` claim of an `Authorization: Bearer <JWT>` header, lower-cased; the signature isn't checked. */
export function tidOfBearer(authorization: string | undefined): string | undefined {
  const payload = /^Bearer\s+[^.\s]+\.([^.\s]+)\.[^.\s]*$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { tid?: unknown };
    return typeof claims.tid === 'string' ? claims.tid.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The most intervals overlapping at any point. */
export function mostAtOnce(intervals: readonly { first: number; last: number }[]): number {
  const edges = intervals.flatMap((i): [number, number][] => [
    [i.first, 1],
    [i.last, -1],
  ]);
  // At one sequence number a start counts before an end: a one-request scan is still one at once.
  edges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let now = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (now += d));
  return most;
}

interface Member {
  readonly tenant: FleetTenant;
  sim?: GraphSimulator;
  dns?: DnsSimulator;
}

/** Builds a tenant's simulators on its first request: 50 tenants start at once, each costs memory when used. */
function simsOf(member: Member, latencyMs: number): { sim: GraphSimulator; dns: DnsSimulator } {
  if (!member.sim || !member.dns) {
    const model = fleetModel(member.tenant);
    rebaseAuditLog(model, SNAPSHOT_DATE, new Date());
    member.sim = createGraphSimulator(model, {
      latencyMs,
      ...(member.tenant.faults ? { faults: member.tenant.faults } : {}),
    });
    member.dns = createDnsSimulator(model);
  }
  return { sim: member.sim, dns: member.dns };
}

const refused = (req: IncomingMessage, status: 401 | 403, code: string, message: string): SimResponse =>
  errorResponse(status, code, message, {
    requestId: randomUUID(),
    clientRequestId: String(req.headers['client-request-id'] ?? randomUUID()),
    date: new Date(),
  });

/** Who asked when: each tenant's first and last request, numbered in the order they arrived. */
function requestLog() {
  let seq = 0;
  let seen = new Map<string, { httpCalls: number; first: number; last: number }>();
  return {
    /** Notes a request's start; call what it returns when it has been answered. */
    note: (tid: string): (() => void) => {
      const s = seen.get(tid) ?? { httpCalls: 0, first: ++seq, last: 0 };
      s.httpCalls++;
      seen.set(tid, s);
      return () => void (s.last = ++seq);
    },
    reset: (): void => {
      seen = new Map();
      seq = 0;
    },
    stats: (): FleetStats => ({
      tenants: Object.fromEntries(seen),
      scansAtOnce: mostAtOnce([...seen.values()].map((s) => ({ first: s.first, last: s.last || s.first }))),
    }),
  };
}

type Answer = (req: IncomingMessage, url: URL) => Promise<SimResponse>;

/** An HTTP server on `host:port` answering through `answer`, CORS on every answer (e2e pages call it cross-origin). */
function listen(host: string, port: number, answer: Answer): Promise<{ origin: string; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    let origin = '';
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS);
        res.end();
        return;
      }
      answer(req, new URL(req.url ?? '/', origin)).then(
        (a) => {
          res.writeHead(a.status, { ...a.headers, ...CORS });
          res.end(a.body);
        },
        (e: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(e instanceof Error ? e.message : String(e));
        },
      );
    });
    server.on('error', reject);
    server.listen(port, host, () => {
      origin = `http://${host}:${(server.address() as AddressInfo).port}`;
      resolve({
        origin,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Serves `tenants` on 127.0.0.1 (or `host`) until closed. */
export async function serveFleet(
  tenants: readonly FleetTenant[],
  options: FleetServeOptions = {},
): Promise<RunningFleet> {
  const members = new Map(tenants.map((t) => [t.tid.toLowerCase(), { tenant: t }]));
  const latencyMs = options.latencyMs ?? 0;
  const log = requestLog();

  async function answer(req: IncomingMessage, url: URL): Promise<SimResponse> {
    if (url.pathname === FLEET_STATS_PATH && req.method === 'POST') {
      log.reset();
      return { status: 204, headers: {}, body: '' };
    }
    if (url.pathname === FLEET_STATS_PATH)
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(log.stats()) };
    const dnsTid = /^\/tenants\/([^/]+)\/dns-query$/.exec(url.pathname)?.[1]?.toLowerCase();
    if (dnsTid !== undefined) {
      const member = members.get(dnsTid);
      if (!member) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'No such tenant.' };
      const dns = simsOf(member, latencyMs).dns;
      return dns.handle({ method: req.method ?? 'GET', url: url.href, headers: flatHeaders(req) }) ?? refusedDns();
    }
    const tid = tidOfBearer(req.headers.authorization);
    const member = tid === undefined ? undefined : members.get(tid);
    if (!member || tid === undefined)
      return refused(req, 401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    const done = log.note(tid);
    try {
      if (member.tenant.posture === 'unconsented')
        return refused(req, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
      const { sim } = simsOf(member, latencyMs);
      return await sim.handle({
        method,
        url: url.href,
        headers: flatHeaders(req),
        ...(body === undefined ? {} : { body }),
      });
    } finally {
      done();
    }
  }

  const { origin, close } = await listen(options.host ?? '127.0.0.1', options.port ?? 0, answer);
  return {
    url: origin,
    dohUrl: (tid) => `${origin}/tenants/${tid}/dns-query`,
    stats: log.stats,
    resetStats: log.reset,
    close,
  };
}

/** An injected DNS `offline` fault answers nothing; fleet DNS has no faults, so this never happens. */
const refusedDns = (): SimResponse => ({ status: 502, headers: { 'content-type': 'text/plain' }, body: 'No answer.' });
