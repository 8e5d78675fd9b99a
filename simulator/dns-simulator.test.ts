import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDohClient } from '../lib/dns/doh-client';
import { createDnsSimulator } from './dns-simulator';
import { serveSimulator, type RunningSimulator } from './serve-http';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';

const DOH = 'https://dns.simulator.invalid/dns-query';
const ask = (sim: ReturnType<typeof createDnsSimulator>, query: string, accept = 'application/dns-json') =>
  sim.handle({ method: 'GET', url: `${DOH}?${query}`, headers: { Accept: accept } });
const body = (res: ReturnType<ReturnType<typeof createDnsSimulator>['handle']>) =>
  JSON.parse(res!.body) as {
    Status: number;
    Question: unknown[];
    Answer?: Array<{ name: string; type: number; data: string }>;
  };

describe('createDnsSimulator', () => {
  const sim = createDnsSimulator(contoso());

  test("answers TXT from publicDns in Cloudflare's DoH JSON: quoted data, trailing dots", () => {
    const res = ask(sim, 'name=contoso.com&type=TXT');
    expect(res).toMatchObject({ status: 200, headers: { 'content-type': 'application/dns-json' } });
    expect(body(res)).toMatchObject({
      Status: 0,
      Question: [{ name: 'contoso.com.', type: 16 }],
      Answer: [{ name: 'contoso.com.', type: 16, TTL: 3600, data: '"v=spf1 include:spf.protection.outlook.com -all"' }],
    });
  });

  test('names are case-insensitive and may end in a dot; types may be numbers', () => {
    expect(body(ask(sim, 'name=CONTOSO.com.&type=16')).Answer).toHaveLength(1);
  });

  test('MX and CNAME records', () => {
    expect(body(ask(sim, 'name=contoso.com&type=MX')).Answer?.[0]?.data).toBe(
      '0 contoso-com.mail.protection.outlook.com.',
    );
    expect(body(ask(sim, 'name=selector1._domainkey.contoso.com&type=CNAME')).Answer?.[0]?.data).toMatch(
      /^selector1-contoso-com\._domainkey\.contoso\.onmicrosoft\.com\.$/,
    );
  });

  test('an unknown name is NXDOMAIN; a known name without that type is NOERROR with no Answer', () => {
    expect(body(ask(sim, 'name=_dmarc.fabrikam.co.uk&type=TXT'))).toMatchObject({ Status: 3 });
    expect(body(ask(sim, 'name=_dmarc.fabrikam.co.uk&type=TXT')).Answer).toBeUndefined();
    expect(body(ask(sim, 'name=_dmarc.contoso.com&type=MX'))).toMatchObject({ Status: 0 });
    expect(body(ask(sim, 'name=_dmarc.contoso.com&type=MX')).Answer).toBeUndefined();
  });

  test('a CNAME is followed for other types, as a recursive resolver does', () => {
    const t = contoso();
    t.publicDns['_dmarc.contoso.com'] = { CNAME: ['contoso.dmarc.example'] };
    t.publicDns['contoso.dmarc.example'] = { TXT: ['v=DMARC1; p=reject'] };
    const answer = body(ask(createDnsSimulator(t), 'name=_dmarc.contoso.com&type=TXT')).Answer;
    expect(answer?.map((a) => [a.name, a.type, a.data])).toEqual([
      ['_dmarc.contoso.com.', 5, 'contoso.dmarc.example.'],
      ['contoso.dmarc.example.', 16, '"v=DMARC1; p=reject"'],
    ]);
  });

  test('a truncated fault keeps the usual answer and sets TC, which the DoH client refuses to read', async () => {
    const faulty = createDnsSimulator(contoso(), { faults: [{ name: 'contoso.com', kind: 'truncated' }] });
    expect(body(ask(faulty, 'name=contoso.com&type=TXT'))).toMatchObject({ Status: 0, TC: true, Answer: [{}] });
    const client = createDohClient({ url: DOH, fetch: faulty.fetch });
    expect(await client.resolve('contoso.com', 'TXT')).toEqual({
      ok: false,
      problem: 'its answer was truncated (TC flag set), so records may be missing',
    });
  });

  test('the key record a DKIM selector CNAME leads to is read through the chain', async () => {
    const client = createDohClient({ url: DOH, fetch: sim.fetch });
    const key = await client.resolve('selector1._domainkey.contoso.com', 'TXT');
    expect(key).toMatchObject({
      ok: true,
      rcode: 'NOERROR',
      records: [expect.stringMatching(/^v=DKIM1; k=rsa; p=MIG/)],
    });
  });

  test('wants the DoH JSON Accept header (or ct=), a name, GET, and the /dns-query path', () => {
    expect(ask(sim, 'name=contoso.com&type=TXT', 'text/html')?.status).toBe(400);
    expect(ask(sim, 'name=contoso.com&type=TXT&ct=application/dns-json', '*/*')?.status).toBe(200);
    expect(ask(sim, 'type=TXT')?.status).toBe(400);
    expect(ask(sim, 'name=contoso.com&type=T X T')?.status).toBe(400);
    expect(sim.handle({ method: 'POST', url: DOH, headers: {} })?.status).toBe(405);
    expect(sim.handle({ method: 'GET', url: 'https://x.invalid/v1.0/users', headers: {} })?.status).toBe(404);
  });

  test('faults: a DNS status, an HTTP status, a malformed body, or no answer at all', async () => {
    const faulty = createDnsSimulator(contoso(), {
      faults: [
        { name: 'contoso.com', type: 'TXT', kind: 'rcode', rcode: 2 },
        { name: /^_dmarc\./, kind: 'http', status: 502 },
        { name: 'fabrikam.co.uk', kind: 'malformed', body: '{"Answer":[]}' },
        { name: 'selector1._domainkey.contoso.com', kind: 'offline' },
      ],
    });
    expect(body(ask(faulty, 'name=contoso.com&type=TXT')).Status).toBe(2);
    expect(body(ask(faulty, 'name=contoso.com&type=MX')).Status).toBe(0);
    expect(ask(faulty, 'name=_dmarc.contoso.com&type=TXT')?.status).toBe(502);
    expect(ask(faulty, 'name=fabrikam.co.uk&type=TXT')?.body).toBe('{"Answer":[]}');
    expect(ask(faulty, 'name=selector1._domainkey.contoso.com&type=CNAME')).toBeNull();
    await expect(
      faulty.fetch(`${DOH}?name=selector1._domainkey.contoso.com&type=CNAME`, {
        headers: { accept: 'application/dns-json' },
      }),
    ).rejects.toThrow('fetch failed');
    expect(faulty.stats.queries).toBe(6);
  });

  test('its fetch serves the DoH client, which reads what publicDns holds', async () => {
    const dns = createDohClient({ url: DOH, fetch: createDnsSimulator(contoso()).fetch });
    expect(await dns.resolve('fabrikam.co.uk', 'TXT')).toEqual({
      ok: true,
      rcode: 'NOERROR',
      records: ['v=spf1 include:spf.protection.outlook.com include:_spf.mailhost.example ~all'],
    });
    expect(await dns.resolve('_dmarc.fabrikam.co.uk', 'TXT')).toEqual({ ok: true, rcode: 'NXDOMAIN', records: [] });
  });
});

describe('served over HTTP at /dns-query beside Graph', () => {
  let server: RunningSimulator;
  beforeAll(async () => {
    const t = contoso();
    server = await serveSimulator(createGraphSimulator(t), {
      dns: createDnsSimulator(t, { faults: [{ name: 'down.example', kind: 'offline' }] }),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  test('the DoH client reads it through real fetch; Graph still answers', async () => {
    const dns = createDohClient({ url: `${server.url}/dns-query`, fetch });
    expect(await dns.resolve('_dmarc.contoso.com', 'TXT')).toMatchObject({
      ok: true,
      records: ['v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc-reports@contoso.com'],
    });
    const graph = await fetch(`${server.url}/v1.0/organization`, { headers: { Authorization: 'Bearer x' } });
    expect(graph.status).toBe(200);
  });

  test('an offline fault hangs up, which the client reports as unreachable', async () => {
    const dns = createDohClient({ url: `${server.url}/dns-query`, fetch, retries: 0 });
    const answer = await dns.resolve('down.example', 'TXT');
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.problem).toMatch(/^the resolver could not be reached \(/);
  });
});
