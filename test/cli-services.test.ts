/**
 * The CLI reading the admin services (issue 17), as a CI system runs it: real processes, Graph from
 * the simulator over HTTP, and Exchange Online, Security & Compliance, Teams and SharePoint from a fake service
 * host in this process (answering from the hardened tenant's service data) that records every call,
 * so the read-only invariant is checked on what actually arrived.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refusedServiceCall } from '../lib/services/service-read-only';
import { hardenedE5, hardenedE5Ids } from '../simulator';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/scan.ts', ...args], {
      env: {
        ...process.env,
        POSTURE_LENS_TOKEN: '',
        POSTURE_LENS_EXO_TOKEN: '',
        POSTURE_LENS_COMPLIANCE_TOKEN: '',
        POSTURE_LENS_TEAMS_TOKEN: '',
        POSTURE_LENS_SPO_TOKEN: '',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function serveGraph(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'simulator/serve-cli.ts', '--tenant', 'hardenedE5', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve) =>
    lines.on('line', (l) => /^listening (\S+)/.test(l) && resolve(l.split(' ')[1]!)),
  );
  return { url, child };
}

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** The services on one host: InvokeCommand, the compliance discovery (no redirect), Teams and SPO.Tenant. */
function serveServices(): Promise<{ url: string; server: Server; seen: Seen[] }> {
  const data = hardenedE5().services;
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += d.toString()));
    req.on('end', () => {
      const body = text ? (JSON.parse(text) as { CmdletInput?: { CmdletName?: string } }) : undefined;
      seen.push({ method: req.method ?? '', url: `http://${req.headers.host}${req.url}`, headers: req.headers, body });
      const teams = /\/Skype\.Policy\/configurations\/([^/?]+)/.exec(req.url ?? '')?.[1];
      const spo = req.method === 'GET' && req.url === '/_api/SPO.Tenant';
      const answer = spo
        ? { d: data?.sharepoint }
        : teams
          ? (data?.teams[teams as 'TeamsMeetingPolicy'] ?? [])
          : req.method === 'POST'
            ? { value: data?.cmdlets[(body?.CmdletInput?.CmdletName ?? '') as 'Get-OrganizationConfig'] ?? [] }
            : {};
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen }),
    ),
  );
}

const TID = hardenedE5Ids.tenantId;
const jwt = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.sig';

interface Report {
  controls: Array<{ id: string; status: string; sources: string[]; serviceRead?: unknown }>;
  stats: { services?: Record<string, { requests: number; httpCalls: number; roundTrips: number; retries: number }> };
}

describe('npm run -s scan with the admin services', () => {
  let graph: { url: string; child: ChildProcess };
  let services: { url: string; server: Server; seen: Seen[] };
  const graphArgs = () => [
    '--graph-url',
    graph.url,
    '--doh-url',
    `${graph.url}/dns-query`,
    '--token',
    jwt({ tid: TID }),
  ];
  beforeAll(async () => {
    [graph, services] = await Promise.all([serveGraph(), serveServices()]);
  }, 60_000);
  afterAll(() => {
    graph?.child.kill();
    services?.server.close();
  });

  test('with the tokens, Customer Lockbox is read live from Get-OrganizationConfig, and only read', async () => {
    const r = await run([
      ...graphArgs(),
      '--exo-token',
      jwt({ tid: TID, aud: 'https://outlook.office365.com' }),
      '--teams-token',
      jwt({ tid: TID, aud: '48ac35b8-9aa8-4d74-927d-1f4a14a0b239' }),
      '--exo-url',
      services.url,
      '--compliance-url',
      services.url,
      '--teams-url',
      services.url,
      '--spo-token',
      jwt({ tid: TID, aud: 'https://contoso-admin.sharepoint.com' }),
      '--spo-url',
      services.url,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Admin services read for tenant ${TID} (the tid claim of --token).`);
    const json = JSON.parse(r.stdout) as Report;
    expect(json.controls.find((c) => c.id === 'm365-customer-lockbox-enabled')).toMatchObject({
      status: 'pass',
      sources: ['Exchange Online: Get-OrganizationConfig'],
      serviceRead: { services: ['exchange'], live: true },
    });
    expect(json.stats.services?.exchange).toMatchObject({
      requests: expect.any(Number),
      roundTrips: expect.any(Number),
    });
    expect(json.stats.services?.exchange?.requests).toBeGreaterThan(0);

    const invoke = `${services.url}/adminapi/beta/${TID}/InvokeCommand`;
    const lockbox = services.seen.find((s) => JSON.stringify(s.body ?? null).includes('"Get-OrganizationConfig"'));
    expect(lockbox).toMatchObject({
      method: 'POST',
      url: invoke,
      body: { CmdletInput: { CmdletName: 'Get-OrganizationConfig' } },
      headers: { authorization: expect.stringMatching(/^Bearer ey/), 'x-responseformat': 'json' },
    });
    expect(json.controls.find((c) => c.id === 'spo-infected-file-download-blocked')).toMatchObject({
      status: 'pass',
      sources: ['SharePoint Online: GET /_api/SPO.Tenant'],
      serviceRead: { services: ['sharepoint'], live: true },
    });
    expect(services.seen.filter((s) => s.url.endsWith('/_api/SPO.Tenant'))).toEqual([
      expect.objectContaining({
        method: 'GET',
        headers: expect.objectContaining({ accept: 'application/json;odata=verbose' }),
      }),
    ]);
    const roots = { exchange: services.url, compliance: services.url, teams: services.url, sharepoint: services.url };
    for (const call of services.seen) expect(refusedServiceCall(call, roots), `${call.method} ${call.url}`).toBeNull();
  }, 60_000);

  test('without them, the control goes back to its check by hand and says which flag would read it', async () => {
    const r = await run([...graphArgs(), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Report;
    expect(json.controls.find((c) => c.id === 'm365-customer-lockbox-enabled')).toMatchObject({
      serviceRead: { services: ['exchange'], live: false, why: 'Exchange Online was not read: no --exo-token given.' },
    });
    expect(json.stats.services).toBeUndefined();
  }, 60_000);
});
