import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSimulator } from './serve-http';
import type { RunningSimulator } from './serve-http';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { localServiceRoots } from './services/service-hosts';

describe('serveSimulator', () => {
  const sim = createGraphSimulator(contoso());
  let server: RunningSimulator;

  beforeAll(async () => {
    server = await serveSimulator(sim, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  test('listens on 127.0.0.1 with a real port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  test('answers a GET through real fetch, with next links on its own root', async () => {
    const res = await fetch(`${server.url}/v1.0/users?$top=10&$select=id`, { headers: { Authorization: 'Bearer x' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown[]; '@odata.nextLink': string };
    expect(body.value).toHaveLength(10);
    expect(body['@odata.nextLink'].startsWith(`${server.url}/v1.0/users?`)).toBe(true);
    const next = await fetch(body['@odata.nextLink'], { headers: { Authorization: 'Bearer x' } });
    expect(next.status).toBe(200);
  });

  test('answers a $batch POST', async () => {
    const res = await fetch(`${server.url}/v1.0/$batch`, {
      method: 'POST',
      headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/organization?$select=displayName' }] }),
    });
    const body = (await res.json()) as {
      responses: Array<{ status: number; body: { value: Array<{ displayName: string }> } }>;
    };
    expect(body.responses[0]?.body.value[0]?.displayName).toBe('Contoso');
  });

  test('passes errors and headers through (401, Retry-After exposed to browsers)', async () => {
    const res = await fetch(`${server.url}/v1.0/organization`);
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  test('answers CORS preflights', async () => {
    const res = await fetch(`${server.url}/v1.0/organization`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('consistencylevel');
  });

  test('close() stops it', async () => {
    const other = await serveSimulator(createGraphSimulator(contoso()));
    await other.close();
    await expect(fetch(`${other.url}/v1.0/organization`)).rejects.toThrow();
  });
});

describe('serveSimulator: each admin service on its own port', () => {
  const tenant = contoso();
  tenant.services = {
    cmdlets: {
      'Get-TransportRule': Array.from({ length: 3 }, (_, i) => ({ Identity: `Rule ${i}`, Name: `Rule ${i}` })),
      'Get-DlpCompliancePolicy': [{ Identity: 'DLP', Name: 'DLP' }],
    },
    teams: { TeamsMeetingPolicy: [{ Identity: 'Global', AllowAnonymousUsersToJoinMeeting: false }] },
  };
  const sim = createGraphSimulator(tenant);
  let server: RunningSimulator;
  const tid = tenant.organization.id ?? '';
  const auth = { Authorization: 'Bearer x', 'Content-Type': 'application/json' };

  beforeAll(async () => {
    server = await serveSimulator(sim, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  test('InvokeCommand pages at the root of the Exchange port, the nextLink on that origin, through real fetch', async () => {
    const { exchange } = server.serviceRoots;
    const body = JSON.stringify({ CmdletInput: { CmdletName: 'Get-TransportRule' } });
    const init = { method: 'POST', headers: { ...auth, Prefer: 'odata.maxpagesize=2' }, body };
    const first = await fetch(`${exchange}/adminapi/beta/${tid}/InvokeCommand`, init);
    const page = (await first.json()) as { value: unknown[]; '@odata.nextLink': string };
    expect(page.value).toHaveLength(2);
    expect(page['@odata.nextLink'].startsWith(`${exchange}/adminapi/beta/${tid}/InvokeCommand?$skiptoken=`)).toBe(true);
    const second = (await (await fetch(page['@odata.nextLink'], init)).json()) as { value: unknown[] };
    expect(second.value).toHaveLength(1);
  });

  test('the compliance port answers discovery without a redirect, then cmdlets', async () => {
    const { compliance } = server.serviceRoots;
    const banner = await fetch(`${compliance}/adminapi/beta/${tid}/EXOBanner('AutogenSession')`, {
      headers: auth,
      redirect: 'manual',
    });
    expect(banner.status).toBe(200);
    const res = await fetch(`${compliance}/adminapi/beta/${tid}/InvokeCommand`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-DlpCompliancePolicy' } }),
    });
    expect(((await res.json()) as { value: unknown[] }).value).toEqual([{ Identity: 'DLP', Name: 'DLP' }]);
  });

  test('the Teams port answers configurations; service headers pass CORS', async () => {
    const { teams } = server.serviceRoots;
    const res = await fetch(`${teams}/Skype.Policy/configurations/TeamsMeetingPolicy`, { headers: auth });
    expect(await res.json()).toEqual([{ Identity: 'Global', AllowAnonymousUsersToJoinMeeting: false }]);
    const preflight = await fetch(`${teams}/Skype.Policy/configurations/TeamsMeetingPolicy`, { method: 'OPTIONS' });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-anchormailbox');
    expect(sim.serviceStats.violations).toEqual([]);
    expect(sim.stats.httpCalls).toBe(0);
  });
});

test('serveSimulator: the services also answer under the main port’s /exchange, /compliance, /teams', async () => {
  const tenant = contoso();
  tenant.services = { cmdlets: {}, teams: { TeamsMeetingPolicy: [{ Identity: 'Global' }] } };
  const server = await serveSimulator(createGraphSimulator(tenant));
  try {
    const { teams } = localServiceRoots(server.url);
    const res = await fetch(`${teams}/Skype.Policy/configurations/TeamsMeetingPolicy`, {
      headers: { Authorization: 'Bearer x' },
    });
    expect(await res.json()).toEqual([{ Identity: 'Global' }]);
    expect(Object.values(server.serviceRoots).every((root) => new URL(root).pathname === '/')).toBe(true);
  } finally {
    await server.close();
  }
});
