/**
 * A DNS-over-HTTPS resolver stand-in that answers from a tenant's `publicDns`, in the JSON format
 * Cloudflare serves (`GET …/dns-query?name=&type=` with `Accept: application/dns-json`): quoted TXT
 * strings split at 255 characters, trailing dots, CNAME chains followed, NXDOMAIN for unknown names.
 * Pure and web-standard like the Graph simulator: in-process for demo mode and tests, and behind
 * serve-http at `/dns-query`.
 */
import type { DnsRecordType } from '../lib/graph/sources/define-dns-source';
import { DNS_JSON, DNS_TYPE_CODES, RCODE, txtData, type DohJson, type DohJsonRecord } from '../lib/dns/doh-json';
import type { SimResponse } from './graph-response';
import type { PublicDnsEntry, TenantModel } from './tenant-model';

/**
 * Failures to inject for a name (exact, case-insensitive; `*` for every name, or a RegExp) and
 * optionally one record type: a DNS status in a 200 (`rcode` 2 is SERVFAIL), the usual answer marked
 * truncated (`TC`), an HTTP status, a body that isn't DoH JSON (or any body), or no answer at all
 * (`offline`: the fetch rejects, the HTTP server hangs up).
 */
export type DnsFault = { readonly name: string | RegExp; readonly type?: DnsRecordType } & (
  | { readonly kind: 'rcode'; readonly rcode: number }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'malformed'; readonly body: string }
  | { readonly kind: 'offline' }
);

export interface DnsSimulatorOptions {
  readonly faults?: readonly DnsFault[];
}

export interface DnsSimulatorStats {
  /** Lookups received, by `TYPE name`. */
  byQuery: Record<string, number>;
  queries: number;
}

export interface DnsSimulator {
  /** The answer to one HTTP request, or null to hang up without one (an `offline` fault). */
  handle(req: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
  }): SimResponse | null;
  /** A fetch-compatible adapter over `handle`, for any URL whose path ends in `/dns-query`. */
  readonly fetch: typeof fetch;
  readonly stats: Readonly<DnsSimulatorStats>;
}

/** Where the DoH endpoint sits below a simulator's root: `${root}/dns-query`. */
export const DNS_QUERY_PATH = '/dns-query';

const TYPES_BY_CODE = new Map(Object.entries(DNS_TYPE_CODES).map(([t, c]) => [c, t as DnsRecordType]));
const MAX_CNAME_CHAIN = 8;

const fqdn = (name: string): string => `${name}.`;
const normal = (name: string): string => name.toLowerCase().replace(/\.$/, '');

function typeOf(param: string | null): { code: number; type: DnsRecordType | null } | null {
  if (param === null || param === '') return { code: 1, type: null }; // A, as Cloudflare defaults
  const upper = param.toUpperCase();
  if (upper in DNS_TYPE_CODES) return { code: DNS_TYPE_CODES[upper as DnsRecordType], type: upper as DnsRecordType };
  if (/^\d{1,5}$/.test(param)) return { code: Number(param), type: TYPES_BY_CODE.get(Number(param)) ?? null };
  if (/^[A-Z0-9]{1,10}$/.test(upper)) return { code: 0, type: null }; // a type we don't hold records of
  return null;
}

function matches(fault: DnsFault, name: string, type: DnsRecordType | null): boolean {
  if (fault.type && fault.type !== type) return false;
  if (fault.name instanceof RegExp) {
    fault.name.lastIndex = 0;
    return fault.name.test(name);
  }
  return fault.name === '*' || normal(fault.name) === name;
}

function json(status: number, body: unknown): SimResponse {
  return { status, headers: { 'content-type': DNS_JSON, 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

function zone(tenant: Pick<TenantModel, 'publicDns'>): Map<string, PublicDnsEntry> {
  return new Map(Object.entries(tenant.publicDns).map(([name, entry]) => [normal(name), entry]));
}

function records(owner: string, type: DnsRecordType, entry: PublicDnsEntry): DohJsonRecord[] {
  return (entry[type] ?? []).map((value) => ({
    name: fqdn(owner),
    type: DNS_TYPE_CODES[type],
    TTL: 3600,
    data: type === 'TXT' ? txtData(value) : fqdn(normal(value)),
  }));
}

/** The DoH JSON answer for one name from the tenant's zone, CNAME chains followed (a null type: no records). */
function answer(
  tenant: Pick<TenantModel, 'publicDns'>,
  name: string,
  code: number,
  type: DnsRecordType | null,
): DohJson {
  const dns = zone(tenant);
  const answers: DohJsonRecord[] = [];
  let owner = name;
  let status: number = RCODE.nameError;
  for (let depth = 0; depth < MAX_CNAME_CHAIN; depth++) {
    const entry = dns.get(owner);
    if (!entry) {
      status = RCODE.nameError;
      break;
    }
    status = RCODE.noError;
    const cname = entry.CNAME?.[0];
    if (type !== 'CNAME' && cname !== undefined) {
      answers.push(...records(owner, 'CNAME', entry));
      owner = normal(cname);
      continue;
    }
    if (type) answers.push(...records(owner, type, entry));
    break;
  }
  return {
    Status: status,
    TC: false,
    RD: true,
    RA: true,
    AD: false,
    CD: false,
    Question: [{ name: fqdn(name), type: code }],
    ...(answers.length > 0 ? { Answer: answers } : {}),
  };
}

interface DnsQuestion {
  readonly name: string;
  readonly code: number;
  readonly type: DnsRecordType | null;
}

/** The question a DoH JSON request asks, or the error response a resolver gives for a bad request. */
function readQuestion(req: Parameters<DnsSimulator['handle']>[0]): DnsQuestion | SimResponse {
  const url = new URL(req.url, 'http://dns.simulator.invalid');
  if (!url.pathname.endsWith(DNS_QUERY_PATH)) return json(404, { error: 'Not found: DoH JSON is at /dns-query.' });
  if (req.method.toUpperCase() !== 'GET') return json(405, { error: 'Only GET is supported.' });
  const accept = Object.entries(req.headers).find(([k]) => k.toLowerCase() === 'accept')?.[1] ?? '';
  if (!accept.includes(DNS_JSON) && url.searchParams.get('ct') !== DNS_JSON)
    return json(400, { error: `Ask for ${DNS_JSON} (Accept header or ct parameter).` });
  const rawName = url.searchParams.get('name');
  if (!rawName || rawName.length > 253) return json(400, { error: "Invalid DNS name: the 'name' parameter." });
  const t = typeOf(url.searchParams.get('type'));
  if (!t) return json(400, { error: "Invalid DNS type: the 'type' parameter." });
  return { name: normal(rawName), code: t.code, type: t.type };
}

/** What an injected fault answers instead of the zone (null: hang up). */
function faultAnswer(fault: DnsFault, tenant: Pick<TenantModel, 'publicDns'>, q: DnsQuestion): SimResponse | null {
  switch (fault.kind) {
    case 'offline':
      return null;
    case 'http':
      return { status: fault.status, headers: { 'content-type': 'text/plain' }, body: 'Simulated failure' };
    case 'malformed':
      return { status: 200, headers: { 'content-type': DNS_JSON }, body: fault.body };
    case 'rcode':
      return json(200, { ...answer(tenant, q.name, q.code, null), Status: fault.rcode });
    case 'truncated':
      return json(200, { ...answer(tenant, q.name, q.code, q.type), TC: true });
  }
}

/** A fetch-compatible adapter over `handle`; a hang-up rejects as an unreachable server does. */
function fetchOver(handle: DnsSimulator['handle']): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const res = handle({ method: request.method, url: request.url, headers });
    if (res === null) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED (simulated)') });
    return Promise.resolve(new Response(res.body, { status: res.status, headers: res.headers }));
  };
}

export function createDnsSimulator(
  tenant: Pick<TenantModel, 'publicDns'>,
  options: DnsSimulatorOptions = {},
): DnsSimulator {
  const faults = options.faults ?? [];
  const stats: DnsSimulatorStats = { byQuery: {}, queries: 0 };

  const handle: DnsSimulator['handle'] = (req) => {
    const q = readQuestion(req);
    if ('status' in q) return q;
    stats.queries++;
    const label = `${q.type ?? q.code} ${q.name}`;
    stats.byQuery[label] = (stats.byQuery[label] ?? 0) + 1;
    const fault = faults.find((f) => matches(f, q.name, q.type));
    return fault ? faultAnswer(fault, tenant, q) : json(200, answer(tenant, q.name, q.code, q.type));
  };

  return {
    handle,
    fetch: fetchOver(handle),
    get stats() {
      return stats;
    },
  };
}
