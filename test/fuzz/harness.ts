/**
 * The fuzz harness: each simulator tenant scanned once through the real Graph client and DNS
 * resolver, every answer recorded as delivered to the engine; then mutated scans replay those answers
 * through the engine's own injected seams (`GraphReader`, `DnsResolver`), with one answer mutated and
 * only the controls that read it, compared with the same controls over the unmutated answers.
 */
import { catalogue } from '../../controls';
import { sourceOf, type AnyControl, type SourceMap } from '../../lib/engine/verdict/control';
import type { ControlResult } from '../../lib/engine/verdict/result';
import { readSource } from '../../lib/engine/scan/run-control';
import { scoreOf } from '../../lib/engine/score/score';
import { collectSecondWave } from '../../lib/engine/scan/collect-sources';
import type { GraphReader } from '../../lib/engine/scan/graph-reader';
import { runScan, type ScanResult } from '../../lib/engine/scan/run-scan';
import type { GraphGet, GraphOutcome } from '../../lib/graph/sources/graph-request';
import type { DnsAnswer, DnsRecordType, DnsResolver } from '../../lib/graph/sources/define-dns-source';
import {
  anySourceKey,
  isDerived,
  isDnsSource,
  isServiceSource,
  sourceKey,
} from '../../lib/graph/sources/define-source';
import { organization } from '../../lib/graph/sources/organization';
import { secureScoreControlProfiles } from '../../lib/graph/sources/secure-score-control-profiles';
import { secureScores } from '../../lib/graph/sources/secure-scores';
import { subscribedSkus } from '../../lib/graph/sources/subscribed-skus';
import { scanReaders } from '../../lib/scanner/scan-tenant';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import { tenants, type TenantName } from '../../simulator/tenants/index';
import { learnGraphKnowledge, type GraphKnowledge } from './graph-knowledge';
import type { Json } from './json-tree';
import type { DnsMutation, Mutation, MutationClass } from './mutations';
import { rankOf } from './status-rank';

/** `large` is left out: one scan of it takes longer than the whole bounded run may. */
export const FUZZ_TENANTS: readonly TenantName[] = ['contoso', 'freshDefaults', 'hardenedE5'];

/** Secure Score, licences and the tenant itself feed every control: mutating them rescans them all. */
const SCAN_LEVEL = new Set([organization, subscribedSkus, secureScores, secureScoreControlProfiles].map(sourceKey));
/**
 * Secure Score's answers are the biggest by far (90 daily snapshots) and only decide manual controls
 * and Microsoft's own: a scan of other sources' controls leaves them out, before and after alike.
 */
const SECURE_SCORE = new Set([secureScores, secureScoreControlProfiles].map(sourceKey));
const LEFT_OUT: GraphOutcome = { ok: false, status: 404, message: 'left out by the fuzzer' };

export type Target =
  | {
      readonly kind: 'graph';
      readonly tenant: TenantName;
      /** The request's key, e.g. `GET /v1.0/groups/…/members?…`. */
      readonly key: string;
      /** The source it answers, for people and for grouping: a request template for follow-ups. */
      readonly label: string;
      readonly body: Json;
      readonly controls: readonly AnyControl[];
      readonly wholeCollection: boolean;
      /** Secure Score, licences or the tenant: every control reads it. */
      readonly scanLevel: boolean;
    }
  | {
      readonly kind: 'dns';
      readonly tenant: TenantName;
      /** `TXT _dmarc.contoso.com`. */
      readonly key: string;
      readonly label: string;
      readonly answer: DnsAnswer & { ok: true };
      readonly controls: readonly AnyControl[];
    };

interface Recorded {
  readonly tenant: TenantName;
  readonly outcomes: Map<string, GraphOutcome>;
  readonly answers: Map<string, DnsAnswer>;
  readonly live: { readonly reader: GraphReader; readonly dns: DnsResolver };
}

export interface FuzzWorld {
  readonly controls: readonly AnyControl[];
  readonly tenants: readonly TenantName[];
  /** Targets per tenant, grouped by source label (so each source is picked as often, however many requests it makes). */
  readonly targets: ReadonlyMap<TenantName, ReadonlyArray<readonly Target[]>>;
  readonly knowledge: GraphKnowledge;
  readonly recorded: ReadonlyMap<TenantName, Recorded>;
  /** Baseline scans of a target's controls over the unmutated answers, by target. */
  readonly baselines: Map<Target, Promise<ScanResult>>;
}

const TOOL = { name: 'posture-lens-fuzz', version: '0', catalogVersion: '0' };
const CLOCK = () => Date.parse('2026-11-24T12:00:00Z');
const lookupKey = (type: DnsRecordType, name: string): string => `${type} ${name.toLowerCase().replace(/\.$/, '')}`;

async function record(tenant: TenantName, controls: readonly AnyControl[]): Promise<Recorded> {
  const model = tenants[tenant]();
  const sim = createGraphSimulator(model);
  const { client, dns } = scanReaders({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('fuzz-token'),
    doh: { url: 'https://dns.test/dns-query', fetch: createDnsSimulator(model).fetch },
    sleep: () => Promise.resolve(),
  });
  const live = { reader: client, dns: dns! };
  const outcomes = new Map<string, GraphOutcome>();
  const answers = new Map<string, DnsAnswer>();
  const reader: GraphReader = {
    stats: client.stats,
    getAll: async (requests, onProgress) => {
      const got = await client.getAll(requests, onProgress);
      for (const [k, o] of got) outcomes.set(k, o);
      return got;
    },
  };
  const resolver: DnsResolver = {
    url: live.dns.url,
    resolve: async (name, type) => {
      const a = await live.dns.resolve(name, type);
      answers.set(lookupKey(type, name), a);
      return a;
    },
  };
  await runScan({ controls, reader, dns: resolver, tool: TOOL, cloud: 'global', clock: CLOCK });
  return { tenant, outcomes, answers, live };
}

const reads = (c: AnyControl, pred: (s: ReturnType<typeof sourceOf>) => boolean): boolean =>
  Object.values(c.sources as SourceMap).some((spec) => pred(sourceOf(spec)));

function targetsOf(rec: Recorded, controls: readonly AnyControl[]): Target[] {
  const out: Target[] = [];
  const followUps = new Map<string, { label: string; controls: Set<AnyControl> }>();
  for (const d of collectSecondWave(controls).derived) {
    const parent = readSource(d.from, rec.outcomes.get(sourceKey(d.from)));
    if (!parent.ok) continue;
    const readers = controls.filter((c) => reads(c, (s) => isDerived(s) && s.id === d.id));
    for (const r of d.requests(parent.value)) {
      const key = sourceKey({ version: d.version, path: r.path, ...(r.query ? { query: r.query } : {}) });
      const f = followUps.get(key) ?? { label: anySourceKey(d), controls: new Set() };
      readers.forEach((c) => f.controls.add(c));
      followUps.set(key, f);
    }
  }
  for (const [key, o] of rec.outcomes) {
    if (!o.ok) continue;
    const follow = followUps.get(key);
    const scanLevel = SCAN_LEVEL.has(key);
    const mine = follow
      ? [...follow.controls]
      : scanLevel
        ? controls
        : controls.filter((c) =>
            reads(c, (s) =>
              isServiceSource(s)
                ? anySourceKey(s) === key
                : isDerived(s) || isDnsSource(s)
                  ? sourceKey(s.from) === key
                  : sourceKey(s) === key,
            ),
          );
    if (mine.length === 0 && !scanLevel) continue;
    const body = o.body as Json;
    out.push({
      kind: 'graph',
      tenant: rec.tenant,
      key,
      label: follow?.label ?? key,
      body,
      controls: mine,
      wholeCollection: !follow && typeof body === 'object' && body !== null && 'value' in body,
      scanLevel,
    });
  }
  for (const d of collectSecondWave(controls).dns) {
    const parent = readSource(d.from, rec.outcomes.get(sourceKey(d.from)));
    if (!parent.ok) continue;
    const readers = controls.filter((c) => reads(c, (s) => isDnsSource(s) && s.id === d.id));
    for (const q of d.queries(parent.value)) {
      const key = lookupKey(q.type, q.name);
      const answer = rec.answers.get(key);
      if (!answer?.ok) continue;
      const had = out.find((t) => t.kind === 'dns' && t.key === key);
      if (had) (had.controls as AnyControl[]).push(...readers);
      else out.push({ kind: 'dns', tenant: rec.tenant, key, label: anySourceKey(d), answer, controls: [...readers] });
    }
  }
  return out;
}

/** Records every tenant once and learns Graph's shapes from all of them. */
export async function buildWorld(
  opts: {
    controls?: readonly AnyControl[];
    tenants?: readonly TenantName[];
    /** Leave out the tenant, licence and Secure Score answers (to aim at the controls' own sources). */
    ownSourcesOnly?: boolean;
  } = {},
): Promise<FuzzWorld> {
  const controls = opts.controls ?? catalogue;
  const names = opts.tenants ?? FUZZ_TENANTS;
  const recorded = new Map<TenantName, Recorded>();
  for (const t of names) recorded.set(t, await record(t, controls));
  const targets = new Map<TenantName, Target[][]>();
  const all: Target[] = [];
  for (const [t, rec] of recorded) {
    const mine = targetsOf(rec, controls).filter((x) => !opts.ownSourcesOnly || x.kind === 'dns' || !x.scanLevel);
    all.push(...mine);
    const byLabel = new Map<string, Target[]>();
    for (const x of mine) byLabel.set(x.label, [...(byLabel.get(x.label) ?? []), x]);
    targets.set(
      t,
      [...byLabel.values()].sort((a, b) => a[0]!.label.localeCompare(b[0]!.label)),
    );
  }
  const knowledge = learnGraphKnowledge(
    all.flatMap((t) => (t.kind === 'graph' ? [{ label: t.label, body: t.body }] : [])),
  );
  return { controls, tenants: names, targets, knowledge, recorded, baselines: new Map() };
}

/** A scan of `target`'s controls over the recorded answers, with the target's answer replaced if asked. */
async function replay(
  world: FuzzWorld,
  target: Target,
  replaced?: { body: Json } | { answer: DnsAnswer },
): Promise<ScanResult> {
  const rec = world.recorded.get(target.tenant)!;
  const reader: GraphReader = {
    stats: { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 },
    getAll: async (requests) => {
      const out = new Map<string, GraphOutcome>();
      const missing: GraphGet[] = [];
      for (const r of requests) {
        const o = rec.outcomes.get(r.key);
        if (target.kind === 'dns' || !target.scanLevel) {
          if (SECURE_SCORE.has(r.key)) {
            out.set(r.key, LEFT_OUT);
            continue;
          }
        }
        if (!o) missing.push(r);
        else if (replaced && 'body' in replaced && target.kind === 'graph' && r.key === target.key && o.ok)
          out.set(r.key, { ...o, body: replaced.body });
        else out.set(r.key, o);
      }
      // A mutated parent can ask for follow-ups the baseline never made: the simulator answers them.
      if (missing.length) for (const [k, o] of await rec.live.reader.getAll(missing)) out.set(k, o);
      return out;
    },
  };
  const dns: DnsResolver = {
    url: rec.live.dns.url,
    resolve: (name, type) => {
      const key = lookupKey(type, name);
      if (replaced && 'answer' in replaced && target.kind === 'dns' && key === target.key)
        return Promise.resolve(replaced.answer);
      const a = rec.answers.get(key);
      return a ? Promise.resolve(a) : rec.live.dns.resolve(name, type);
    },
  };
  return runScan({ controls: target.controls, reader, dns, tool: TOOL, cloud: 'global', clock: CLOCK });
}

export function baselineOf(world: FuzzWorld, target: Target): Promise<ScanResult> {
  let b = world.baselines.get(target);
  if (!b) {
    b = replay(world, target);
    world.baselines.set(target, b);
  }
  return b;
}

export interface Violation {
  readonly control: string;
  readonly before: string;
  readonly after: string;
  readonly broke: string;
}

const showResult = (r: ControlResult): string => `${r.status} ${r.score}/${r.maxScore}`;
const EPS = 1e-9;

/** What the invariant of `cls` says about `before` → `after`; the first breach, or null. */
export function check(cls: MutationClass, before: ScanResult, after: ScanResult): Violation | null {
  const was = new Map(before.controls.map((r) => [r.id, r]));
  for (const r of after.controls) {
    const b = was.get(r.id);
    if (!b) continue;
    rankOf(b.status);
    const crashed = r.unknownReason?.kind === 'evaluatorError' && b.unknownReason?.kind !== 'evaluatorError';
    // Graph never repeats an entry on purpose: refusing it as malformed (unknown) fails closed and is allowed.
    const refused = r.status === 'unknown' && r.score === 0;
    if (cls === 'duplicate' && !refused && (r.status !== b.status || Math.abs(r.score - b.score) > EPS))
      return {
        control: r.id,
        before: showResult(b),
        after: showResult(r),
        broke: 'a repeated entry changed the verdict',
      };
    if (
      (cls === 'malformed' || cls === 'emptySource') &&
      (rankOf(r.status) > rankOf(b.status) || r.score > b.score + EPS)
    )
      return {
        control: r.id,
        before: showResult(b),
        after: showResult(r),
        broke: cls === 'malformed' ? 'malformed data raised the verdict' : 'nothing to check raised the verdict',
      };
    if (cls !== 'malformed' && crashed)
      return {
        control: r.id,
        before: showResult(b),
        after: `${showResult(r)} (${r.reason})`,
        broke: 'the evaluator crashed on valid data',
      };
  }
  const a0 = before.score.achieved;
  const a1 = after.score.achieved;
  if (cls !== 'valid' && a1 > a0 + EPS)
    return { control: '(score)', before: `achieved ${a0}`, after: `achieved ${a1}`, broke: 'the score rose' };
  // Malformed data is unknown, which stays in the available points: a control leaving them (not
  // licensed, not applicable) raises the percent without a point earned. Nothing to check may leave.
  // Judged over the controls both scans hold: Microsoft's own controls exist only while Secure Score's
  // list of them can be read, so an unreadable list drops them from the scan (as a 403 does), and for
  // those the test is the headline: the percent must not rise (FOUND.md class 8).
  if (cls !== 'malformed') return null;
  const show = (s: ScanResult): string =>
    `${s.score.achieved} of ${s.score.available} available (${s.score.percent} %)`;
  const kept = new Set(after.controls.map((r) => r.id));
  const v0 = scoreOf(before.controls.filter((r) => kept.has(r.id))).available;
  const v1 = scoreOf(after.controls.filter((r) => was.has(r.id))).available;
  if (v1 < v0 - EPS)
    return {
      control: '(score)',
      before: show(before),
      after: show(after),
      broke: 'malformed data took points out of the available ones',
    };
  if (after.score.percent > before.score.percent)
    return { control: '(score)', before: show(before), after: show(after), broke: 'malformed data raised the percent' };
  return null;
}

export type Resolved =
  | {
      readonly target: Target & { kind: 'graph' };
      readonly path: ReadonlyArray<string | number>;
      readonly mutation: Mutation;
    }
  | { readonly target: Target & { kind: 'dns' }; readonly mutation: DnsMutation };

/** Runs one mutation: null when the invariant held. */
export async function runCase(world: FuzzWorld, c: Resolved): Promise<Violation | null> {
  const before = await baselineOf(world, c.target);
  const after =
    c.target.kind === 'graph'
      ? await replay(world, c.target, { body: (c.mutation as Mutation).apply(c.target.body) })
      : await replay(world, c.target, { answer: (c.mutation as DnsMutation).apply(c.target.answer) });
  return check(c.mutation.class, before, after);
}
