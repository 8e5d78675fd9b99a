import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_SERVICES, type AdminService } from '../lib/graph/sources/admin-services';
import { DNS_QUERY_PATH, type DnsSimulator } from './dns-simulator';
import type { GraphSimulator } from './simulator';

export interface ServeOptions {
  /** 0 or absent: any free port. */
  readonly port?: number;
  readonly host?: string;
  /** Also answer DNS-over-HTTPS (JSON) at `${url}/dns-query`, e.g. from the tenant's `publicDns`. */
  readonly dns?: DnsSimulator;
}

export interface RunningSimulator {
  /**
   * `http://127.0.0.1:PORT`; Graph URLs are `${url}/v1.0/...`; the admin services answer under
   * `localServiceRoots(url)` (`${url}/exchange`, `${url}/compliance`, `${url}/teams`).
   */
  readonly url: string;
  /**
   * Each admin service on its own port, at the root of its origin (`http://127.0.0.1:PORT2`), for
   * clients that tell the services apart by origin: pass them as the CLI's `--exo-url`,
   * `--compliance-url` and `--teams-url`. The compliance one answers the discovery without a redirect.
   */
  readonly serviceRoots: Readonly<Record<AdminService, string>>;
  close(): Promise<void>;
}

// Browser pages (e2e) call the simulator cross-origin; extension pages with host permissions don't need this.
// The admin services' headers (PREAMBLE-17's wire format) are allowed and exposed beside Graph's.
export const CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'accept, authorization, consistencylevel, content-type, client-request-id, prefer, x-responseformat, x-anchormailbox, x-authz-scope, x-ms-correlation-id, x-ms-tenant-id',
  'access-control-expose-headers':
    'retry-after, request-id, client-request-id, content-type, location, preference-applied, www-authenticate',
};

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function respond(
  sim: GraphSimulator,
  req: IncomingMessage,
  res: ServerResponse,
  fallbackHost: string,
  at: { readonly dns?: DnsSimulator; readonly service?: AdminService },
): Promise<void> {
  const { dns, service } = at;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return;
  }
  if (dns && (req.url ?? '/').split('?')[0] === DNS_QUERY_PATH) {
    const url = `http://${req.headers.host ?? fallbackHost}${req.url ?? '/'}`;
    const answer = dns.handle({ method: req.method ?? 'GET', url, headers: flatHeaders(req) });
    if (answer === null) {
      req.socket.destroy(); // an injected `offline` fault: no answer at all
      return;
    }
    res.writeHead(answer.status, { ...answer.headers, ...CORS });
    res.end(answer.body);
    return;
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  const url = `http://${req.headers.host ?? fallbackHost}${req.url ?? '/'}`;
  const answer = await sim.handle({
    method,
    url,
    headers: flatHeaders(req),
    ...(body === undefined ? {} : { body }),
    ...(service === undefined ? {} : { service }),
  });
  res.writeHead(answer.status, { ...answer.headers, ...CORS });
  res.end(answer.body);
}

interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

/** One HTTP server on `host`, answering through `respond` with `at`. */
function listen(
  sim: GraphSimulator,
  host: string,
  port: number,
  at: { readonly dns?: DnsSimulator; readonly service?: AdminService },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    let fallbackHost = host;
    const server = createServer((req, res) => {
      respond(sim, req, res, fallbackHost, at).catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(e instanceof Error ? e.message : String(e));
      });
    });
    server.on('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      fallbackHost = `${host}:${bound}`;
      resolve({
        url: `http://${host}:${bound}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * Serves the simulator over HTTP on 127.0.0.1 (CLI, e2e tests, benchmarks): Graph (and DNS) on
 * `port`, each admin service on a free port of its own.
 */
export async function serveSimulator(sim: GraphSimulator, options: ServeOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  const main = await listen(sim, host, options.port ?? 0, options.dns ? { dns: options.dns } : {});
  const services = await Promise.all(ADMIN_SERVICES.map((service) => listen(sim, host, 0, { service })));
  const serviceRoots = Object.fromEntries(ADMIN_SERVICES.map((s, i) => [s, services[i]?.url ?? ''])) as Record<
    AdminService,
    string
  >;
  return {
    url: main.url,
    serviceRoots,
    close: async () => {
      await Promise.all([main, ...services].map((l) => l.close()));
    },
  };
}
