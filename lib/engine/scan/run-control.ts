/**
 * Runs one control, deciding "couldn't tell" in one place: a licence the tenant lacks, a refused,
 * failed, throttled or malformed source all become a verdict before `evaluate` runs, so evaluators
 * only ever see complete, typed data — and nothing missing can turn into a pass.
 */
import type { GraphOutcome } from '../../graph/sources/graph-request';
import {
  anySourceKey,
  isDerived,
  isDnsSource,
  isServiceSource,
  sourceKey,
  type AnySource,
  type SourceDef,
} from '../../graph/sources/define-source';
import type { AdminService } from '../../graph/sources/admin-services';
import { servicePermission } from '../../graph/sources/define-service-source';
import { isManualControl, manualReason } from '../verdict/manual-control';
import { readServiceSource } from './read-service';
import { noServices, type ServiceReader } from './service-reader';
import { isOptionalSource, sourceOf, type AnyControl, type ScanContext, type SourceMap } from '../verdict/control';
import { hasLicence, type LicenceState } from './licences';
import { describeReason, type UnknownReason } from '../verdict/reasons';
import type { ControlResult, ServiceRead } from '../verdict/result';
import type { Verdict } from '../verdict/verdict';
import type { VerdictKit } from '../verdict/control';
import { verdictKit } from '../verdict/verdict-kit';

/** Graph's codes for "this tenant has no licence for that API". */
export const LICENCE_CODES = new Set([
  'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
  'AadPremiumLicenseRequired',
  'Request_InvalidLicense',
]);

/** A source's data, parsed, or the reason it can't be used. */
export type Read<T = unknown> = { ok: true; value: T } | { ok: false; reason: UnknownReason };

/** The message of a source that got no outcome at all: nothing was asked of Graph, or nothing came back. */
export const NOT_READ_MESSAGE = 'no response';

/** One static source's outcome, parsed, or the reason it can't be used. */
export function readSource<T>(source: SourceDef<T>, outcome: GraphOutcome | undefined): Read<T> {
  const key = sourceKey(source);
  if (!outcome)
    return {
      ok: false,
      reason: { kind: 'requestFailed', source: key, status: 'offline', message: NOT_READ_MESSAGE },
    };
  if (!outcome.ok) {
    // PIM answers 400 AadPremiumLicenseRequired, the others 403: the code, not the status, says "no licence".
    if (
      (outcome.status === 403 || outcome.status === 400) &&
      source.licence &&
      outcome.code &&
      LICENCE_CODES.has(outcome.code)
    ) {
      return { ok: false, reason: { kind: 'notLicensed', feature: source.licence.name, source: key } };
    }
    if (outcome.status === 403)
      return { ok: false, reason: { kind: 'missingPermission', permission: source.permission, source: key } };
    if (outcome.status === 429) return { ok: false, reason: { kind: 'throttled', source: key } };
    return {
      ok: false,
      reason: { kind: 'requestFailed', source: key, status: outcome.status, message: outcome.message },
    };
  }
  const parsed = source.parse(outcome.body);
  if (!parsed.ok)
    return { ok: false, reason: { kind: 'malformedField', source: key, path: parsed.path, problem: parsed.problem } };
  return { ok: true, value: parsed.value };
}

/** What every result of this control says about the control itself, whatever its verdict. */
function resultBase(control: AnyControl) {
  const specs = Object.values(control.sources as SourceMap);
  return {
    id: control.id,
    title: control.title,
    category: control.category,
    maxScore: control.maxScore,
    userImpact: control.userImpact,
    implementationCost: control.implementationCost,
    refs: control.refs,
    sources: specs.map((s) => anySourceKey(sourceOf(s))),
    // DNS lookups need no Graph permission; their parent source is listed on its own.
    permissions: specs.flatMap((spec) => {
      const s = sourceOf(spec);
      if (isServiceSource(s)) return [servicePermission(s.service)];
      return isDnsSource(s) ? [] : [s.permission];
    }),
    ...(control.licence ? { licence: control.licence.name } : {}),
    adminUrl: control.fixAt.url,
    ...(control.manualCheck ? { manualCheck: control.manualCheck } : {}),
    ...(control.review ? { review: { ...control.review, state: 'never' as const } } : {}),
    source: 'posture-lens' as const,
  };
}

/** Which admin services the scan reads, for controls read from one (issue 17). */
type ServiceAccessOf = ServiceReader['access'];

/**
 * One declared source's read: static ones from their outcome, derived and DNS ones as the scan
 * assembled them, admin-service ones from their outcome unless the scan doesn't read that service.
 */
function readDeclared(
  source: AnySource,
  outcomes: ReadonlyMap<string, GraphOutcome>,
  derived: ReadonlyMap<string, Read>,
  access: ServiceAccessOf,
): Read | { ok: 'fallback'; why: string } {
  if (isServiceSource(source))
    return readServiceSource(source, outcomes.get(anySourceKey(source)), access(source.service));
  if (!isDerived(source) && !isDnsSource(source)) return readSource(source, outcomes.get(sourceKey(source)));
  return (
    derived.get(source.id) ?? {
      ok: false,
      reason: { kind: 'notEvaluated', why: `Couldn't decide: ${anySourceKey(source)} was not read.` },
    }
  );
}

type Inputs =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly unread: Record<string, UnknownReason> }
  | { readonly ok: false; readonly verdict: Verdict; readonly fallback?: string };

/** The admin services a control reads, in the order it declares them. */
function servicesOf(control: AnyControl): AdminService[] {
  const sources = Object.values(control.sources as SourceMap).map(sourceOf);
  return [...new Set(sources.filter(isServiceSource).map((s) => s.service))];
}

/** Back to the check by hand, because a service wasn't read: why first, then what to check. */
function fallbackVerdict(control: AnyControl, why: string, kit: VerdictKit): Verdict {
  if (!control.manualCheck) return kit.unknown({ kind: 'notEvaluated', why });
  return {
    status: 'manual',
    score: 0,
    reason: `${why} ${manualReason(control.manualCheck, control.fixAt.title)}`,
    evidence: [],
  };
}

/**
 * Every source the control declares, read: an optional one that failed arrives as `undefined` with its
 * reason; any other failure is the verdict (not licensed when the control needs that licence, else unknown).
 */
function readInputs(
  control: AnyControl,
  outcomes: ReadonlyMap<string, GraphOutcome>,
  derived: ReadonlyMap<string, Read>,
  access: ServiceAccessOf,
): Inputs {
  const data: Record<string, unknown> = {};
  const unread: Record<string, UnknownReason> = {};
  const kit = verdictKit(control.maxScore);
  for (const [name, spec] of Object.entries(control.sources as SourceMap)) {
    const read = readDeclared(sourceOf(spec), outcomes, derived, access);
    // A service not read is never a reason to guess: the whole control goes back to its check by hand.
    if (read.ok === 'fallback')
      return { ok: false, verdict: fallbackVerdict(control, read.why, kit), fallback: read.why };
    if (read.ok) data[name] = read.value;
    else if (isOptionalSource(spec)) {
      data[name] = undefined;
      unread[name] = read.reason;
    } else if (read.reason.kind === 'notLicensed' && control.licence) {
      const verdict: Verdict = {
        status: 'notLicensed',
        score: 0,
        reason: describeReason(read.reason),
        evidence: [],
        unknownReason: read.reason,
      };
      return { ok: false, verdict };
    } else return { ok: false, verdict: kit.unknown(read.reason) };
  }
  return { ok: true, data, unread };
}

/**
 * @param derived reads of derived and DNS sources by source id, assembled by run-scan from their
 *   follow-ups and lookups
 */
export function runControl(
  control: AnyControl,
  outcomes: ReadonlyMap<string, GraphOutcome>,
  licences: LicenceState,
  ctx: ScanContext,
  derived: ReadonlyMap<string, Read> = new Map(),
  access: ServiceAccessOf = noServices.access,
): ControlResult {
  const base = resultBase(control);
  let read: ServiceRead | undefined;
  const finish = (v: Verdict): ControlResult => ({ ...base, ...(read ? { serviceRead: read } : {}), ...v });
  const kit = verdictKit(control.maxScore);

  if (control.licence && hasLicence(licences, control.licence) === false) {
    return finish({
      status: 'notLicensed',
      score: 0,
      reason: `Needs ${control.licence.name}, which this tenant doesn't have.`,
      evidence: [],
    });
  }

  const inputs = readInputs(control, outcomes, derived, access);
  const services = servicesOf(control);
  if (services.length > 0) {
    const fallback = inputs.ok ? undefined : inputs.fallback;
    read = { services, live: fallback === undefined, ...(fallback ? { why: fallback } : {}) };
  }
  if (!inputs.ok) return finish(inputs.verdict);

  // A setting can be on without the licence that enforces it: with the licences unreadable (and no source
  // saying which), a control that needs one is never scored from the setting alone.
  // (A manual control is never scored, so it stays a check by hand.)
  if (control.licence && !isManualControl(control) && hasLicence(licences, control.licence) === undefined) {
    const why = licences.known ? '' : licences.why;
    return finish(
      kit.unknown({
        kind: 'notEvaluated',
        why: `Couldn't tell whether this tenant has ${control.licence.name} (${why}), which this setting needs to take effect.`,
      }),
    );
  }

  try {
    const own = { ...ctx, controlId: control.id };
    const context = Object.keys(inputs.unread).length > 0 ? { ...own, unread: inputs.unread } : own;
    return finish(checked(control.evaluate(inputs.data, kit, context), control.maxScore));
  } catch (err) {
    return finish(kit.unknown({ kind: 'evaluatorError', message: err instanceof Error ? err.message : String(err) }));
  }
}

/** An evaluator's verdict must be internally consistent; a bug shows as unknown, never as points. */
function checked(v: Verdict, maxScore: number): Verdict {
  const inRange = v.score >= 0 && v.score <= maxScore;
  const consistent =
    (v.status === 'pass' && v.score === maxScore) ||
    ((v.status === 'fail' || v.status === 'unknown' || v.status === 'manual' || v.status === 'notApplicable') &&
      v.score === 0) ||
    (v.status === 'partial' && v.score > 0 && v.score < maxScore);
  if (inRange && consistent && v.reason.trim() !== '') return v;
  const message = `verdict ${v.status} with score ${v.score} of ${maxScore}`;
  return verdictKit(maxScore).unknown({ kind: 'evaluatorError', message });
}
