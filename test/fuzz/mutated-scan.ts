/**
 * A whole scan of a simulator tenant with one Graph answer or DNS answer edited on its way to the
 * engine: the fixture tests' way to replay a counterexample the fuzzer found, without fast-check.
 */
import { catalogue } from '../../controls';
import type { AnyControl } from '../../lib/engine/verdict/control';
import type { ControlResult } from '../../lib/engine/verdict/result';
import type { GraphReader } from '../../lib/engine/scan/graph-reader';
import { runScan, type ScanResult } from '../../lib/engine/scan/run-scan';
import type { DnsAnswer, DnsResolver } from '../../lib/graph/sources/define-dns-source';
import { scanReaders } from '../../lib/scanner/scan-tenant';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import { tenants, type TenantName } from '../../simulator/tenants/index';
import type { Json } from './json-tree';

export interface AnswerEdit {
  /** Requests whose key (`GET /v1.0/…`) starts with this are edited. */
  readonly graph?: { readonly request: string; readonly edit: (body: Json) => Json };
  /** Lookups of this `TYPE name` are edited. */
  readonly dns?: { readonly lookup: string; readonly edit: (answer: DnsAnswer & { ok: true }) => DnsAnswer };
}

export async function scanWith(
  tenant: TenantName,
  change: AnswerEdit = {},
  controls: readonly AnyControl[] = catalogue,
): Promise<ScanResult> {
  const model = tenants[tenant]();
  const { client, dns } = scanReaders({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: createGraphSimulator(model).fetch,
    getToken: () => Promise.resolve('fuzz-token'),
    doh: { url: 'https://dns.test/dns-query', fetch: createDnsSimulator(model).fetch },
    sleep: () => Promise.resolve(),
  });
  const reader: GraphReader = {
    stats: client.stats,
    getAll: async (requests, onProgress) => {
      const got = await client.getAll(requests, onProgress);
      const g = change.graph;
      if (g)
        for (const [k, o] of got)
          if (k.startsWith(g.request) && o.ok) got.set(k, { ...o, body: g.edit(structuredClone(o.body) as Json) });
      return got;
    },
  };
  const resolver: DnsResolver = {
    url: dns!.url,
    resolve: async (name, type) => {
      const a = await dns!.resolve(name, type);
      const d = change.dns;
      return d && a.ok && `${type} ${name.toLowerCase()}` === d.lookup ? d.edit(a) : a;
    },
  };
  return runScan({
    controls,
    reader,
    dns: resolver,
    tool: { name: 'posture-lens-fuzz', version: '0', catalogVersion: '0' },
    cloud: 'global',
    clock: () => Date.parse('2026-11-24T12:00:00Z'),
  });
}

export const resultOf = (s: ScanResult, id: string): ControlResult => {
  const r = s.controls.find((c) => c.id === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};
