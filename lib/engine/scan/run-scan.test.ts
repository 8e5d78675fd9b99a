import { describe, expect, test } from 'vitest';
import type { GraphGet, GraphOutcome } from '../../graph/sources/graph-request';
import {
  asRecords,
  defineDnsSource,
  type DnsAnswer,
  type DnsRecords,
  type DnsResolver,
} from '../../graph/sources/define-dns-source';
import { defineSource } from '../../graph/sources/define-source';
import { collection, str } from '../../graph/sources/shape';
import { adminPages } from '../pages/admin-pages';
import { defineControl, type SourceMap } from '../verdict/control';
import { requiredPermissions } from './permissions';
import type { GraphReader } from './graph-reader';
import { DNS_CONCURRENCY, MAX_DNS_LOOKUPS } from './read-dns';
import { runScan, type ScanOptions } from './run-scan';

interface Row {
  id: string;
}
const names = defineSource<Row[]>({
  id: 'names',
  version: 'v1.0',
  path: '/domains',
  permission: 'Domain.Read.All',
  collection: true,
  parse: collection<Row>({ id: str }),
});
const txt = defineDnsSource<Row[], DnsRecords>({
  id: 'txt',
  from: names,
  queryTemplate: 'TXT {domain}',
  queries: (rows) => rows.map((r) => ({ key: r.id, name: r.id, type: 'TXT' })),
  parse: asRecords,
});
/** Asks for the same names again (as SPF and another TXT check would): looked up once. */
const txtAgain = defineDnsSource<Row[], number>({
  id: 'txtAgain',
  from: names,
  queryTemplate: 'TXT {domain} (count)',
  queries: (rows) => rows.map((r) => ({ key: r.id, name: r.id.toUpperCase(), type: 'TXT' })),
  parse: (r, q) =>
    r.records.some((x) => x === 'broken')
      ? { ok: false, path: 'records', problem: `unreadable at ${q.name}` }
      : { ok: true, value: r.records.length },
});

function control<S extends SourceMap>(id: string, sources: S) {
  return defineControl<S>({
    id,
    title: 'Every test name publishes a record',
    category: 'apps',
    service: 'email',
    maxScore: 3,
    refs: { learn: 'https://learn.microsoft.com/graph/' },
    threats: ['Testing'],
    userImpact: 'low',
    implementationCost: 'low',
    rationale: 'For tests.',
    remediation: ['Publish it.'],
    fixAt: adminPages.exchangeAcceptedDomains,
    setTo: { setting: 'A setting', value: 'Its passing value' },
    sources,
    evaluate: (data, v) => v.pass(`Read ${JSON.stringify(data)}.`, [{ source: 'test', fields: {} }]),
  });
}
const txtControl = control('email-test-one', { rows: names, txt });
const bothControl = control('email-test-two', { txt, again: txtAgain });

function reader(rows: Row[] | GraphOutcome): GraphReader & { calls: GraphGet[][] } {
  const calls: GraphGet[][] = [];
  return {
    calls,
    stats: { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 },
    getAll: (requests) => {
      calls.push([...requests]);
      const outcome: GraphOutcome = Array.isArray(rows)
        ? { ok: true, status: 200, body: { value: rows }, pages: 1 }
        : rows;
      return Promise.resolve(
        new Map(
          requests.map((r) => [
            r.key,
            r.url.startsWith('/domains') ? outcome : { ok: false, status: 404, message: '' },
          ]),
        ),
      );
    },
  };
}

/** Answers from a table, counting lookups and how many run at once. */
function resolver(table: Record<string, DnsAnswer | Error> = {}) {
  const seen: string[] = [];
  let inFlight = 0;
  let most = 0;
  const r: DnsResolver = {
    url: 'https://dns.test/dns-query',
    resolve: async (name, type) => {
      seen.push(`${type} ${name}`);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((done) => setTimeout(done, 1));
      inFlight--;
      const a = table[name.toLowerCase()] ?? { ok: true, rcode: 'NXDOMAIN', records: [] };
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return { r, seen, most: () => most };
}

const scan = (opts: Pick<ScanOptions, 'controls' | 'reader'> & { dns?: DnsResolver }) =>
  runScan({ tool: { name: 't', version: '0', catalogVersion: '0' }, cloud: 'global', clock: () => 0, ...opts });

describe('runScan: DNS sources', () => {
  test('read in the second wave from the parent, beside Graph, values keyed by query key', async () => {
    const g = reader([{ id: 'a.example' }, { id: 'b.example' }]);
    const dns = resolver({ 'a.example': { ok: true, rcode: 'NOERROR', records: ['v=spf1 -all'] } });
    const s = await scan({ controls: [txtControl], reader: g, dns: dns.r });
    expect(g.calls).toHaveLength(1); // DNS is no Graph request
    expect(dns.seen.sort()).toEqual(['TXT a.example', 'TXT b.example']);
    const c = s.controls[0]!;
    expect(c.status).toBe('pass');
    expect(c.reason).toContain('"a.example":{"rcode":"NOERROR","records":["v=spf1 -all"]}');
    expect(c.reason).toContain('"b.example":{"rcode":"NXDOMAIN","records":[]}');
    expect(c.sources).toEqual(['GET /v1.0/domains', 'DNS TXT {domain}']);
    expect(c.permissions).toEqual(['Domain.Read.All']);
    expect(s.stats.dnsLookups).toBe(2);
  });

  test('the same name and type is looked up once, whichever sources ask and however it is spelt', async () => {
    const dns = resolver();
    const s = await scan({ controls: [txtControl, bothControl], reader: reader([{ id: 'a.example' }]), dns: dns.r });
    expect(dns.seen).toEqual(['TXT a.example']);
    expect(s.controls.map((c) => c.status)).toEqual(['pass', 'pass']);
  });

  test(`at most ${DNS_CONCURRENCY} lookups at once`, async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}.example` }));
    const dns = resolver();
    await scan({ controls: [txtControl], reader: reader(rows), dns: dns.r });
    expect(dns.seen).toHaveLength(30);
    expect(dns.most()).toBe(DNS_CONCURRENCY);
  });

  test(`more than ${MAX_DNS_LOOKUPS} lookups for one source: unknown, and nothing is looked up`, async () => {
    const rows = Array.from({ length: MAX_DNS_LOOKUPS + 1 }, (_, i) => ({ id: `d${i}.example` }));
    const dns = resolver();
    const s = await scan({ controls: [txtControl], reader: reader(rows), dns: dns.r });
    expect(dns.seen).toEqual([]);
    expect(s.controls[0]).toMatchObject({ status: 'unknown', unknownReason: { kind: 'notEvaluated' } });
    expect(s.controls[0]!.reason).toContain(`${MAX_DNS_LOOKUPS + 1} DNS lookups`);
  });

  test('a failed lookup fails the source, naming the name and the resolver', async () => {
    const dns = resolver({ 'b.example': { ok: false, problem: 'it answered SERVFAIL' } });
    const s = await scan({
      controls: [txtControl],
      reader: reader([{ id: 'a.example' }, { id: 'b.example' }]),
      dns: dns.r,
    });
    expect(s.controls[0]).toMatchObject({
      status: 'unknown',
      score: 0,
      unknownReason: {
        kind: 'dnsFailed',
        name: 'b.example',
        type: 'TXT',
        resolver: 'https://dns.test/dns-query',
        problem: 'it answered SERVFAIL',
      },
    });
  });

  test('a resolver that throws is a failed lookup, not a failed scan', async () => {
    const dns = resolver({ 'a.example': new Error('socket hang up') });
    const s = await scan({ controls: [txtControl], reader: reader([{ id: 'a.example' }]), dns: dns.r });
    expect(s.controls[0]!.status).toBe('unknown');
    expect(s.controls[0]!.reason).toContain('the lookup failed (socket hang up)');
  });

  test("records the source's parse refuses are a malformed field naming the lookup", async () => {
    const dns = resolver({ 'a.example': { ok: true, rcode: 'NOERROR', records: ['broken'] } });
    const s = await scan({ controls: [bothControl], reader: reader([{ id: 'a.example' }]), dns: dns.r });
    expect(s.controls[0]).toMatchObject({
      status: 'unknown',
      unknownReason: { kind: 'malformedField', source: 'DNS TXT {domain} (count)', path: 'A.EXAMPLE records' },
    });
  });

  test('a failed parent fails the DNS source with its own reason, and nothing is looked up', async () => {
    const dns = resolver();
    const g = reader({ ok: false, status: 403, message: 'Forbidden' });
    const s = await scan({ controls: [txtControl], reader: g, dns: dns.r });
    expect(dns.seen).toEqual([]);
    expect(s.controls[0]!.unknownReason).toMatchObject({ kind: 'missingPermission', permission: 'Domain.Read.All' });
  });

  test('without a resolver, DNS controls are unknown and say a resolver is needed', async () => {
    const s = await scan({ controls: [txtControl], reader: reader([{ id: 'a.example' }]) });
    expect(s.controls[0]).toMatchObject({
      status: 'unknown',
      unknownReason: { kind: 'noDnsResolver', source: 'DNS TXT {domain}' },
    });
    expect(s.controls[0]!.reason).toContain('--doh-url');
    expect(s.stats.dnsLookups).toBeUndefined();
  });

  test('nothing to look up needs no resolver', async () => {
    const s = await scan({ controls: [txtControl], reader: reader([]) });
    expect(s.controls[0]).toMatchObject({ status: 'pass', reason: 'Read {"rows":[],"txt":{}}.' });
  });

  test('DNS sources ask for no Graph permission: only their parent does', () => {
    const needs = requiredPermissions([txtControl, bothControl]);
    expect(needs.find((n) => n.permission === 'Domain.Read.All')?.requests).toEqual(['GET /v1.0/domains']);
    expect(needs.flatMap((n) => n.requests).filter((r) => !r.startsWith('GET '))).toEqual([]);
    expect(needs.map((n) => n.permission)).not.toContain(undefined);
  });
});
