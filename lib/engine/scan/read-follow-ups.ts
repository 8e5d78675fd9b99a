/**
 * The second wave's Graph half: derived sources' follow-up requests, made from their parents' parsed
 * data, read in one go, and assembled per source — failing as a whole when the parent or any follow-up
 * failed, with the reason naming what the follow-up was about (a documented "no licence" or a 404 the
 * source expects is an answer, not a failure). Sources that plan more follow-ups from
 * what came back (nested groups) get further waves, batched together, up to their `maxWaves`: a scan
 * with nothing nested makes no extra wave.
 */
import type { GraphGet, GraphOutcome } from '../../graph/sources/graph-request';
import {
  NOT_FOUND,
  NOT_LICENSED,
  type DerivedSourceDef,
  type FollowUpRequest,
  type SourceDef,
} from '../../graph/sources/define-source';
import { toGraphGet } from './collect-sources';
import type { GraphReader, WaveReporters } from './graph-reader';
import { readParents } from './read-parents';
import { LICENCE_CODES, readSource, type Read } from './run-control';

/** One derived source being assembled: the follow-ups read so far, by key. */
interface Plan {
  readonly d: DerivedSourceDef<unknown, unknown>;
  readonly value: Record<string, unknown>;
  failed?: Read;
  waves: number;
}

/** One follow-up to read, as the Graph request and as a source of its own (so it is read like any other). */
interface Item {
  readonly plan: Plan;
  readonly r: FollowUpRequest;
  readonly get: GraphGet;
  readonly source: SourceDef<unknown>;
}

function itemOf(plan: Plan, r: FollowUpRequest): Item {
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
}

/** One follow-up's outcome, parsed; a failure names what it was about, a documented "no licence" is an answer. */
export function readFollowUp(source: SourceDef<unknown>, r: FollowUpRequest, outcome: GraphOutcome | undefined): Read {
  const read = readSource(source, outcome);
  if (read.ok) return read;
  // PIM answers 400 AadPremiumLicenseRequired, other APIs 403 with a licence code: either way, Graph's word.
  const notLicensed = outcome && !outcome.ok && outcome.code !== undefined && LICENCE_CODES.has(outcome.code);
  if (notLicensed && r.notLicensedIsAnAnswer) {
    const parsed = source.parse(NOT_LICENSED);
    if (parsed.ok) return { ok: true, value: parsed.value };
  }
  if (r.notFoundIsAnAnswer && outcome && !outcome.ok && outcome.status === 404) {
    const parsed = source.parse(NOT_FOUND);
    if (parsed.ok) return { ok: true, value: parsed.value };
  }
  if (!r.about || !('source' in read.reason)) return read;
  return { ok: false, reason: { ...read.reason, source: `${r.about} (${read.reason.source})` } };
}

/** A wave's outcomes into their plans: the first failure that matters fails its plan; cosmetic ones are skipped. */
function settle(wave: readonly Item[], outcomes: ReadonlyMap<string, GraphOutcome>): void {
  for (const i of wave) {
    if (i.plan.failed) continue;
    const r = readFollowUp(i.source, i.r, outcomes.get(i.get.key));
    if (r.ok) i.plan.value[i.r.key] = r.value;
    else if (!i.r.cosmetic) i.plan.failed = r;
  }
}

/** The next wave: what each plan still standing asks for after this one, keys already read left out. */
function nextWave(wave: readonly Item[]): Item[] {
  const more: Item[] = [];
  for (const plan of new Set(wave.map((i) => i.plan))) {
    if (plan.failed || !plan.d.next || plan.waves >= (plan.d.maxWaves ?? 1)) continue;
    plan.waves += 1;
    const seen = new Set<string>();
    for (const r of plan.d.next(plan.value)) {
      if (r.key in plan.value || seen.has(r.key)) continue;
      seen.add(r.key);
      more.push(itemOf(plan, r));
    }
  }
  return more;
}

/** Every derived source's read by id, each wave batched in one `getAll` with its own progress reporter. */
export async function readFollowUps(
  derived: readonly DerivedSourceDef<unknown, unknown>[],
  first: ReadonlyMap<string, GraphOutcome>,
  reader: GraphReader,
  waves: WaveReporters,
): Promise<Map<string, Read>> {
  const { failed: reads, ready } = readParents(derived, first);
  const plans = ready.map(({ source }): Plan => ({ d: source, value: {}, waves: 1 }));
  let pending = ready.flatMap(({ source, parent }, n) => source.requests(parent).map((r) => itemOf(plans[n]!, r)));
  while (pending.length > 0) {
    const gets = new Map(pending.map((i) => [i.get.key, i.get] as const));
    settle(pending, await reader.getAll([...gets.values()], waves.next()));
    pending = nextWave(pending);
  }
  for (const p of plans) reads.set(p.d.id, p.failed ?? { ok: true, value: p.value });
  return reads;
}
