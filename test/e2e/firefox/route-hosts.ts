/**
 * Firefox has no `--host-resolver-rules` and BiDi offers no request interception that reaches an
 * extension's background, so the Firefox suite sends Microsoft's hosts to local servers through a
 * proxy: a PAC script names this CONNECT proxy for those hosts only, and the proxy tunnels each to
 * a local HTTPS server (the fake IdP, or the Graph simulator over TLS). Every other host goes
 * DIRECT, and nothing leaves the machine.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createServer as createHttpsServer } from 'node:https';

export interface HostRoutes {
  /** host → local TCP port that speaks TLS for it. */
  readonly [host: string]: number;
}

export interface RoutingProxy {
  readonly port: number;
  /** A `data:` PAC URL sending exactly the routed hosts through this proxy. */
  readonly pacUrl: string;
  /** CONNECT requests seen, as `host:port`, refused ones included. */
  readonly connects: string[];
  close(): Promise<void>;
}

const listening = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

export async function startRoutingProxy(routes: HostRoutes): Promise<RoutingProxy> {
  const connects: string[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((_req, res) => {
    res.writeHead(405);
    res.end('CONNECT only');
  });
  server.on('connect', (req, client: Socket) => {
    const target = req.url ?? '';
    connects.push(target);
    const [host = '', port = '443'] = target.split(':');
    const local = routes[host];
    if (local === undefined || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(local, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  const port = await listening(server);
  const hosts = Object.keys(routes);
  const pac = `function FindProxyForURL(url, host) { return ${JSON.stringify(hosts)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${port}" : "DIRECT"; }`;
  return {
    port,
    pacUrl: `data:text/javascript,${encodeURIComponent(pac)}`,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The Graph simulator as `https://graph.microsoft.com` (reached through the proxy), answering with
 * the browser's Origin allowed, as Graph does for SPAs. Requests are recorded for assertions.
 */
export async function serveGraphOverTls(
  handle: (req: { method: string; url: string; headers: Record<string, string>; body?: string }) => Promise<{
    status: number;
    headers: Record<string, string>;
    body: string;
  }>,
  credentials: { key: Buffer; cert: Buffer },
): Promise<{
  port: number;
  requests: { method: string; url: string; authorization?: string }[];
  close(): Promise<void>;
}> {
  const requests: { method: string; url: string; authorization?: string }[] = [];
  const server = createHttpsServer(credentials, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const origin = req.headers.origin;
      const cors: Record<string, string> = origin
        ? {
            'access-control-allow-origin': origin,
            'access-control-expose-headers': 'Retry-After, request-id, client-request-id',
          }
        : {};
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        });
        res.end();
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const url = `https://graph.microsoft.com${req.url ?? '/'}`;
      requests.push({
        method: req.method ?? 'GET',
        url,
        ...(headers.authorization ? { authorization: headers.authorization } : {}),
      });
      const body = Buffer.concat(chunks).toString('utf8');
      handle({ method: req.method ?? 'GET', url, headers, ...(body ? { body } : {}) }).then(
        (answer) => {
          res.writeHead(answer.status, { ...answer.headers, ...cors });
          res.end(answer.body);
        },
        (err: unknown) => {
          res.writeHead(500, cors);
          res.end(String(err));
        },
      );
    });
  });
  const port = await listening(server);
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
