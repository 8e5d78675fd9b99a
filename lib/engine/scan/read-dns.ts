/**
 * The second wave's DNS half: each DNS source's lookups, planned from its parent's parsed data,
 * de-duplicated across sources, run at most `DNS_CONCURRENCY` at a time, and assembled per source —
 * failing as a whole when the parent or any lookup failed. NXDOMAIN and "no such record" are answers.
 */
import type { GraphOutcome } from '../../graph/sources/graph-request';
import type { DnsAnswer, DnsQuery, DnsResolver, DnsSourceDef } from '../../graph/sources/define-dns-source';
import { anySourceKey } from '../../graph/sources/define-source';
import { inPool } from './in-pool';
import { readParents } from './read-parents';
import type { Read } from './run-control';

/** Lookups in flight at once: public resolvers rate-limit, and a scan needs only a handful. */
export const DNS_CONCURRENCY = 4;
/** Most lookups one DNS source may make (one or two per mail domain); beyond it the source is unknown. */
export const MAX_DNS_LOOKUPS = 250;

type DnsSource = DnsSourceDef<unknown, unknown>;

/** The lookups a source plans from its parent, or its read when it needs none or can't make them. */
function planLookups(d: DnsSource, parent: unknown, resolver: DnsResolver | undefined): readonly DnsQuery[] | Read {
  const queries = d.queries(parent);
  // Nothing to look up (say, only onmicrosoft.com domains) needs no resolver.
  if (queries.length === 0) return { ok: true, value: {} };
  if (!resolver) return { ok: false, reason: { kind: 'noDnsResolver', source: anySourceKey(d) } };
  if (queries.length <= MAX_DNS_LOOKUPS) return queries;
  const why = `Couldn't check ${anySourceKey(d)}: it needs ${queries.length} DNS lookups, more than the ${MAX_DNS_LOOKUPS} a scan makes for one check.`;
  return { ok: false, reason: { kind: 'notEvaluated', why } };
}

/** One name and type, however it is spelt: looked up once for every source asking. */
const lookupKey = (q: DnsQuery): string => `${q.type} ${q.name.toLowerCase().replace(/\.$/, '')}`;

/** Every distinct lookup, answered by its key; a resolver that throws is a failed lookup, never a failed scan. */
async function lookUpAll(queries: readonly DnsQuery[], resolver: DnsResolver): Promise<ReadonlyMap<string, DnsAnswer>> {
  const unique = new Map<string, DnsQuery>();
  for (const q of queries) if (!unique.has(lookupKey(q))) unique.set(lookupKey(q), q);
  const entries = [...unique];
  const answered = await inPool(entries, DNS_CONCURRENCY, ([, q]) =>
    Promise.resolve()
      .then(() => resolver.resolve(q.name, q.type))
      .catch((err: unknown): DnsAnswer => ({
        ok: false,
        problem: `the lookup failed (${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')})`,
      })),
  );
  return new Map(entries.map(([k], i) => [k, answered[i]!] as const));
}

/** A source's value from its answers, keyed by query key; the first failed or unparsable answer fails it. */
function assemble(
  d: DnsSource,
  queries: readonly DnsQuery[],
  answers: ReadonlyMap<string, DnsAnswer>,
  resolver: DnsResolver,
): Read {
  const value: Record<string, unknown> = {};
  for (const q of queries) {
    const a = answers.get(lookupKey(q));
    if (!a || !a.ok) {
      const problem = a ? a.problem : 'no answer';
      return { ok: false, reason: { kind: 'dnsFailed', name: q.name, type: q.type, resolver: resolver.url, problem } };
    }
    const parsed = d.parse({ rcode: a.rcode, records: a.records }, q);
    if (!parsed.ok) {
      const path = parsed.path ? `${q.name} ${parsed.path}` : q.name;
      return { ok: false, reason: { kind: 'malformedField', source: anySourceKey(d), path, problem: parsed.problem } };
    }
    value[q.key] = parsed.value;
  }
  return { ok: true, value };
}

/** Every DNS source's read by id, and how many lookups were made. */
export async function readDns(
  sources: readonly DnsSource[],
  first: ReadonlyMap<string, GraphOutcome>,
  resolver: DnsResolver | undefined,
): Promise<{ reads: Map<string, Read>; lookups: number }> {
  const { failed: reads, ready } = readParents(sources, first);
  const plans: Array<{ d: DnsSource; queries: readonly DnsQuery[] }> = [];
  for (const { source: d, parent } of ready) {
    const planned = planLookups(d, parent, resolver);
    if ('ok' in planned) reads.set(d.id, planned);
    else plans.push({ d, queries: planned });
  }
  if (!resolver || plans.length === 0) return { reads, lookups: 0 };
  const answers = await lookUpAll(
    plans.flatMap((p) => p.queries),
    resolver,
  );
  for (const { d, queries } of plans) reads.set(d.id, assemble(d, queries, answers, resolver));
  return { reads, lookups: answers.size };
}
