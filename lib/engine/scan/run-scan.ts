/**
 * A whole scan: collect the sources of every control, de-duplicate them, read them in one go
 * through the injected reader (batched by the Graph client), then run every control. Pure apart from
 * the reader and the clock it is given, so it runs the same in the extension and in Node.
 */
import type { GraphGet, GraphOutcome, GraphProgress, GraphStats } from '../../graph/sources/graph-request';
import type { DnsAnswer, DnsQuery, DnsResolver, DnsSourceDef } from '../../graph/sources/define-dns-source';
import {
  anySourceKey,
  isDerived,
  isDnsSource,
  NOT_LICENSED,
  sourceKey,
  sourceUrl,
  type DerivedSourceDef,
  type FollowUpRequest,
  type SourceDef,
} from '../../graph/sources/define-source';
import { organization } from '../../graph/sources/organization';
import { secureScoreControlProfiles } from '../../graph/sources/secure-score-control-profiles';
import { secureScores } from '../../graph/sources/secure-scores';
import { subscribedSkus } from '../../graph/sources/subscribed-skus';
import { sourceOf, type AnyControl, type EvalContext, type SourceMap } from '../verdict/control';
import { noDeclarations, type Declarations } from './declarations';
import { licenceStateOf, type LicenceState } from './licences';
import type { ControlResult } from '../verdict/result';
import { LICENCE_CODES, readSource, runControl, type Read } from './run-control';
import { scoreOf, type ScoreSummary } from '../score/score';
import { tenantIdentityOf, unidentifiedSentence } from './tenant-identity';
import { progressAcrossWaves } from './wave-progress';
import { mergeSecureScore, type PreviousScan } from '../secure-score/merge-secure-score';
import type { MicrosoftSection } from '../secure-score/microsoft-verdict';

export interface GraphReader {
  getAll(requests: readonly GraphGet[], onProgress?: (p: GraphProgress) => void): Promise<Map<string, GraphOutcome>>;
  readonly stats: GraphStats;
}

export interface ScanOptions {
  readonly controls: readonly AnyControl[];
  readonly reader: GraphReader;
  readonly tool: { readonly name: string; readonly version: string; readonly catalogVersion: string };
  readonly cloud: string;
  /** Milliseconds since the epoch; injected so the engine never reads the clock itself. */
  readonly clock: () => number;
  readonly onProgress?: (p: GraphProgress) => void;
  /** Looks up DNS sources' names; without it, controls that read DNS are unknown. */
  readonly dns?: DnsResolver;
  /** The tenant's previous scan, for Microsoft's new controls and stale-verdict explanations. */
  readonly previous?: PreviousScan | null;
  /** What the admin declared (emergency accounts, exemptions, privileged roles); absent: nothing declared. */
  readonly declarations?: Declarations;
}

export interface ScanResult {
  readonly tool: ScanOptions['tool'];
  /**
   * Whose scan it is. `id` is '' when the organization read failed (then `failure.kind` is
   * 'unidentified'): never a made-up id. `initialDomain` (`contoso.onmicrosoft.com`) names the tenant's
   * SharePoint admin host; absent in older scans and when Graph didn't say.
   */
  readonly tenant: {
    readonly id: string;
    readonly displayName: string;
    readonly cloud: string;
    readonly initialDomain?: string;
  };
  readonly scannedAt: string;
  readonly score: { readonly achieved: number; readonly available: number; readonly percent: number };
  readonly summary: ScoreSummary;
  readonly licences: { readonly known: boolean; readonly skus: readonly string[]; readonly why?: string };
  readonly controls: readonly ControlResult[];
  readonly stats: GraphStats & {
    readonly durationMs: number;
    /** DNS lookups made (each distinct name and type once), when the scan had a resolver. */
    readonly dnsLookups?: number;
  };
  /**
   * The scan could not authenticate or reach Graph at all (results are all unknown), or could not tell
   * whose tenant it read ('unidentified': the results may be measured, but they are nobody's history).
   * A scan with a failure is never saved.
   */
  readonly failure?: { readonly kind: 'unauthenticated' | 'unreachable' | 'unidentified'; readonly message: string };
  /** Microsoft Secure Score beside ours; absent in scans stored before it was read. */
  readonly microsoft?: MicrosoftSection;
  /** Made by "Rescan this control": only these controls were read again; the rest carry over from `basedOn`. */
  readonly rescan?: { readonly controlIds: readonly string[]; readonly basedOn: string };
  /**
   * The declarations every verdict was judged against, so an accepted exclusion traces back to its
   * declaration and reason; absent in scans stored before they were recorded (judged as none declared).
   */
  readonly declarations?: Declarations;
}

/** Every distinct static source the controls read (derived sources' parents included), plus the tenant's identity and licences. */
export function collectSources(controls: readonly AnyControl[]): SourceDef<unknown>[] {
  const byKey = new Map<string, SourceDef<unknown>>();
  const scanLevel = [organization, subscribedSkus, secureScores, secureScoreControlProfiles] as SourceDef<unknown>[];
  for (const s of scanLevel) byKey.set(sourceKey(s), s);
  for (const c of controls) {
    for (const spec of Object.values(c.sources as SourceMap)) {
      const s = sourceOf(spec);
      const stat = isDerived(s) || isDnsSource(s) ? s.from : s;
      byKey.set(sourceKey(stat), stat);
    }
  }
  return [...byKey.values()];
}

/** Every distinct DNS source the controls read. */
export function collectDnsSources(controls: readonly AnyControl[]): DnsSourceDef<unknown, unknown>[] {
  const byId = new Map<string, DnsSourceDef<unknown, unknown>>();
  for (const c of controls) {
    for (const spec of Object.values(c.sources as SourceMap)) {
      const s = sourceOf(spec);
      if (isDnsSource(s)) byId.set(s.id, s);
    }
  }
  return [...byId.values()];
}

/** Every distinct derived source the controls read. */
export function collectDerived(controls: readonly AnyControl[]): DerivedSourceDef<unknown, unknown>[] {
  const byId = new Map<string, DerivedSourceDef<unknown, unknown>>();
  for (const c of controls) {
    for (const spec of Object.values(c.sources as SourceMap)) {
      const s = sourceOf(spec);
      if (isDerived(s)) byId.set(s.id, s);
    }
  }
  return [...byId.values()];
}

export function toGraphGet(
  s: Pick<SourceDef<unknown>, 'version' | 'path' | 'query' | 'headers' | 'collection'>,
): GraphGet {
  return {
    key: sourceKey(s),
    version: s.version,
    url: sourceUrl(s),
    collection: s.collection,
    ...(s.headers ? { headers: s.headers } : {}),
  };
}

/**
 * The second wave: derived sources' follow-up requests, made from their parents' parsed data, read in
 * one go, and assembled per source — failing as a whole when the parent or any follow-up failed, with
 * the reason naming what the follow-up was about. Sources that plan more follow-ups from what came
 * back (nested groups) get further waves, batched together, up to their `maxWaves`: a scan with
 * nothing nested makes no extra wave.
 */
async function readDerived(
  derived: readonly DerivedSourceDef<unknown, unknown>[],
  first: ReadonlyMap<string, GraphOutcome>,
  opts: ScanOptions,
  nextProgress: () => ((p: GraphProgress) => void) | undefined,
): Promise<Map<string, Read>> {
  const reads = new Map<string, Read>();
  interface Plan {
    readonly d: DerivedSourceDef<unknown, unknown>;
    readonly value: Record<string, unknown>;
    failed?: Read;
    waves: number;
  }
  interface Item {
    readonly plan: Plan;
    readonly r: FollowUpRequest;
    readonly get: GraphGet;
    readonly source: SourceDef<unknown>;
  }
  const itemOf = (plan: Plan, r: FollowUpRequest): Item => {
    const d = plan.d;
    const licence = r.licence ?? d.licence;
    const source: SourceDef<unknown> = {
      id: d.id,
      version: d.version,
      path: r.path,
      permission: r.permission ?? d.permission,
      collection: r.collection,
      parse: (body) => d.parse(body, r.key),
      ...(r.query ? { query: r.query } : {}),
      ...(r.headers ? { headers: r.headers } : {}),
      ...(licence ? { licence } : {}),
    };
    return { plan, r, get: toGraphGet(source), source };
  };
  const plans: Plan[] = [];
  let pending: Item[] = [];
  for (const d of derived) {
    const parent = readSource(d.from, first.get(sourceKey(d.from)));
    if (!parent.ok) {
      reads.set(d.id, parent);
      continue;
    }
    const plan: Plan = { d, value: {}, waves: 1 };
    plans.push(plan);
    pending.push(...d.requests(parent.value).map((r) => itemOf(plan, r)));
  }
  let progress = opts.onProgress;
  while (pending.length > 0) {
    const gets = new Map(pending.map((i) => [i.get.key, i.get] as const));
    const outcomes = await opts.reader.getAll([...gets.values()], progress);
    progress = nextProgress();
    for (const i of pending) {
      if (i.plan.failed) continue;
      const r = readFollowUp(i.source, i.r, outcomes.get(i.get.key));
      if (r.ok) i.plan.value[i.r.key] = r.value;
      else if (!i.r.cosmetic) i.plan.failed = r;
    }
    const more: Item[] = [];
    for (const plan of new Set(pending.map((i) => i.plan))) {
      if (plan.failed || !plan.d.next || plan.waves >= (plan.d.maxWaves ?? 1)) continue;
      plan.waves += 1;
      const seen = new Set<string>();
      for (const r of plan.d.next(plan.value)) {
        if (r.key in plan.value || seen.has(r.key)) continue;
        seen.add(r.key);
        more.push(itemOf(plan, r));
      }
    }
    pending = more;
  }
  for (const p of plans) reads.set(p.d.id, p.failed ?? { ok: true, value: p.value });
  return reads;
}

/** One follow-up's outcome, parsed; a failure names what it was about, a documented "no licence" is an answer. */
function readFollowUp(source: SourceDef<unknown>, r: FollowUpRequest, outcome: GraphOutcome | undefined): Read {
  const read = readSource(source, outcome);
  if (read.ok) return read;
  // PIM answers 400 AadPremiumLicenseRequired, other APIs 403 with a licence code: either way, Graph's word.
  const notLicensed = outcome && !outcome.ok && outcome.code !== undefined && LICENCE_CODES.has(outcome.code);
  if (notLicensed && r.notLicensedIsAnAnswer) {
    const parsed = source.parse(NOT_LICENSED);
    if (parsed.ok) return { ok: true, value: parsed.value };
  }
  if (!r.about || !('source' in read.reason)) return read;
  return { ok: false, reason: { ...read.reason, source: `${r.about} (${read.reason.source})` } };
}

/** Lookups in flight at once: public resolvers rate-limit, and a scan needs only a handful. */
export const DNS_CONCURRENCY = 4;
/** Most lookups one DNS source may make (one or two per mail domain); beyond it the source is unknown. */
export const MAX_DNS_LOOKUPS = 250;

/**
 * The second wave's DNS half: each DNS source's lookups, planned from its parent's parsed data,
 * de-duplicated across sources, run at most `DNS_CONCURRENCY` at a time, and assembled per source —
 * failing as a whole when the parent or any lookup failed. NXDOMAIN and "no such record" are answers.
 */
async function readDns(
  sources: readonly DnsSourceDef<unknown, unknown>[],
  first: ReadonlyMap<string, GraphOutcome>,
  resolver: DnsResolver | undefined,
): Promise<{ reads: Map<string, Read>; lookups: number }> {
  const reads = new Map<string, Read>();
  const plans: Array<{ d: DnsSourceDef<unknown, unknown>; queries: readonly DnsQuery[] }> = [];
  for (const d of sources) {
    const parent = readSource(d.from, first.get(sourceKey(d.from)));
    if (!parent.ok) {
      reads.set(d.id, parent);
      continue;
    }
    const queries = d.queries(parent.value);
    // Nothing to look up (say, only onmicrosoft.com domains) needs no resolver.
    if (queries.length === 0) reads.set(d.id, { ok: true, value: {} });
    else if (!resolver) reads.set(d.id, { ok: false, reason: { kind: 'noDnsResolver', source: anySourceKey(d) } });
    else if (queries.length <= MAX_DNS_LOOKUPS) plans.push({ d, queries });
    else {
      const why = `Couldn't check ${anySourceKey(d)}: it needs ${queries.length} DNS lookups, more than the ${MAX_DNS_LOOKUPS} a scan makes for one check.`;
      reads.set(d.id, { ok: false, reason: { kind: 'notEvaluated', why } });
    }
  }
  if (!resolver || plans.length === 0) return { reads, lookups: 0 };

  const lookupKey = (q: DnsQuery): string => `${q.type} ${q.name.toLowerCase().replace(/\.$/, '')}`;
  const unique = new Map<string, DnsQuery>();
  for (const p of plans) for (const q of p.queries) if (!unique.has(lookupKey(q))) unique.set(lookupKey(q), q);
  const entries = [...unique];
  // A resolver that throws is a failed lookup, never a failed scan.
  const answered = await inPool(entries, DNS_CONCURRENCY, ([, q]) =>
    Promise.resolve()
      .then(() => resolver.resolve(q.name, q.type))
      .catch((err: unknown): DnsAnswer => ({
        ok: false,
        problem: `the lookup failed (${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')})`,
      })),
  );
  const answers = new Map(entries.map(([k], i) => [k, answered[i]!] as const));

  for (const { d, queries } of plans) {
    const value: Record<string, unknown> = {};
    let failed: Read | undefined;
    for (const q of queries) {
      const a = answers.get(lookupKey(q));
      if (!a || !a.ok) {
        const problem = a ? a.problem : 'no answer';
        failed = {
          ok: false,
          reason: { kind: 'dnsFailed', name: q.name, type: q.type, resolver: resolver.url, problem },
        };
        break;
      }
      const parsed = d.parse({ rcode: a.rcode, records: a.records }, q);
      if (!parsed.ok) {
        const path = parsed.path ? `${q.name} ${parsed.path}` : q.name;
        failed = {
          ok: false,
          reason: { kind: 'malformedField', source: anySourceKey(d), path, problem: parsed.problem },
        };
        break;
      }
      value[q.key] = parsed.value;
    }
    reads.set(d.id, failed ?? { ok: true, value });
  }
  return { reads, lookups: entries.length };
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function inPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function runScan(opts: ScanOptions): Promise<ScanResult> {
  const started = opts.clock();
  const sources = collectSources(opts.controls);
  const waves = progressAcrossWaves(opts.onProgress);
  const outcomes = await opts.reader.getAll(sources.map(toGraphGet), waves.next());
  // The second wave: Graph follow-ups and DNS lookups, side by side.
  const secondWave = waves.next();
  const [graphDerived, dns] = await Promise.all([
    readDerived(
      collectDerived(opts.controls),
      outcomes,
      { ...opts, ...(secondWave ? { onProgress: secondWave } : {}) },
      () => waves.next(),
    ),
    readDns(collectDnsSources(opts.controls), outcomes, opts.dns),
  ]);
  const derived = new Map([...graphDerived, ...dns.reads]);

  const org = readEngineSource(organization, outcomes);
  const skus = readEngineSource(subscribedSkus, outcomes);
  const licences: LicenceState = skus.ok ? licenceStateOf(skus.value) : { known: false, why: skus.why };
  const identity = tenantIdentityOf(org);

  const scannedAt = new Date(started).toISOString();
  const declarations = opts.declarations ?? noDeclarations;
  const ctx: EvalContext = { now: scannedAt, tenantId: identity.ok ? identity.id : '', declared: declarations };
  const ours = opts.controls.map((c) => runControl(c, outcomes, licences, ctx, derived));
  const { controls, microsoft } = mergeSecureScore({
    results: ours,
    scores: readSource(secureScores, outcomes.get(sourceKey(secureScores))),
    profiles: readSource(secureScoreControlProfiles, outcomes.get(sourceKey(secureScoreControlProfiles))),
    scannedAt,
    // Only a tenant id the organization read returned can confirm Secure Score's answer is this tenant's.
    tenantId: identity.ok ? identity.id : undefined,
    ...(opts.previous ? { previous: opts.previous } : {}),
  });
  const summary = scoreOf(controls);
  // Graph unreachable or refusing says more than the missing identity it causes.
  const failure =
    scanFailure(outcomes) ??
    (identity.ok ? undefined : { kind: 'unidentified' as const, message: unidentifiedSentence(identity.why) });

  return {
    tool: opts.tool,
    tenant: identity.ok
      ? {
          id: identity.id,
          displayName: identity.displayName,
          cloud: opts.cloud,
          ...(identity.initialDomain ? { initialDomain: identity.initialDomain } : {}),
        }
      : { id: '', displayName: 'Unidentified tenant', cloud: opts.cloud },
    scannedAt,
    score: { achieved: summary.achieved, available: summary.available, percent: summary.percent },
    summary,
    licences: licences.known ? { known: true, skus: licences.skus } : { known: false, skus: [], why: licences.why },
    controls,
    stats: {
      ...opts.reader.stats,
      ...(opts.dns ? { dnsLookups: dns.lookups } : {}),
      durationMs: Math.max(0, opts.clock() - started),
    },
    ...(failure ? { failure } : {}),
    microsoft,
    declarations,
  };
}

type EngineRead<T> = { ok: true; value: T } | { ok: false; why: string };

function readEngineSource<T>(source: SourceDef<T>, outcomes: ReadonlyMap<string, GraphOutcome>): EngineRead<T> {
  const o = outcomes.get(sourceKey(source));
  if (!o) return { ok: false, why: `${sourceKey(source)} was not read` };
  if (!o.ok)
    return {
      ok: false,
      why: `${sourceKey(source)} failed with HTTP ${o.status}${o.status === 403 ? ` (needs ${source.permission})` : ''}`,
    };
  const parsed = source.parse(o.body);
  return parsed.ok ? parsed : { ok: false, why: `${sourceKey(source)} returned a malformed '${parsed.path}'` };
}

/** When every request failed the same way, the scan as a whole failed: say so once. */
function scanFailure(outcomes: ReadonlyMap<string, GraphOutcome>): ScanResult['failure'] {
  const all = [...outcomes.values()];
  if (all.length === 0 || all.some((o) => o.ok)) return undefined;
  if (all.every((o) => !o.ok && o.status === 401)) {
    return {
      kind: 'unauthenticated',
      message: 'Microsoft Graph refused the sign-in (HTTP 401): the token is missing, expired or for another cloud.',
    };
  }
  if (all.every((o) => !o.ok && o.status === 'offline')) {
    return {
      kind: 'unreachable',
      message: 'Microsoft Graph could not be reached: check the network or the Graph URL.',
    };
  }
  return undefined;
}
