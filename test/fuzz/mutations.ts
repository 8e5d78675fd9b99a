/**
 * The mutations the fuzzer makes to one Graph answer or DNS answer, each sorted into a class that
 * says what must still hold after it:
 *
 * - `malformed`: data Graph never sends — a wrong JSON type, an unknown enum value, null where Graph
 *   never sends null, a key Graph always sends deleted, an extra level of nesting, a number far outside
 *   any Graph property's range or negative (every number the catalogue reads is a count, a quota, a
 *   duration or points), a zero Secure Score maximum; for DNS, a record the RFCs make invalid or
 *   ambiguous. It must never raise any control's status or points.
 * - `duplicate`: a list entry repeated (Graph paging can repeat an item). It must change nothing,
 *   except that refusing it (unknown) fails closed and is allowed.
 * - `emptySource`: a whole collection source emptied (no policies, no users, no domains) or a DNS
 *   name with no record. Nothing to check earns nothing: it must never raise any status or points.
 * - `valid`: data Graph may send that can legitimately change a verdict (an emptied nested list, a
 *   key Graph may leave out, null where Graph sends null). Any verdict may follow, but the evaluator
 *   must not crash on it.
 */
import type { DnsAnswer } from '../../lib/graph/sources/define-dns-source';
import type { GraphKnowledge } from './graph-knowledge';
import { editAt, isObject, patternOf, showPath, valueAt, type Json, type JsonPath } from './json-tree';

export type MutationClass = 'malformed' | 'duplicate' | 'emptySource' | 'valid';

export interface Mutation {
  readonly kind: string;
  readonly class: MutationClass;
  /** What was done, for people: `wrong type: the string "All" for an array`. */
  readonly what: string;
  readonly apply: (body: Json) => Json;
}

export interface DnsMutation {
  readonly kind: string;
  readonly class: MutationClass;
  readonly what: string;
  readonly apply: (answer: DnsAnswer & { ok: true }) => DnsAnswer;
}

/**
 * Keys whose strings are names, text or identifiers, never enum values; and open string collections
 * Graph documents as "can include" values Microsoft adds to (domain.supportedServices), where an
 * unfamiliar value is valid data, not a malformed one.
 */
const FREE_TEXT =
  /^(supportedServices|id|displayName|description|title|mail|mailNickname|userPrincipalName|givenName|surname|.*Name|.*Id|.*Url|.*Uri|.*DateTime|@odata\.(context|nextLink|id|etag))$/;
/** Enum members and keywords: `enabled`, `All`, `GuestsOrExternalUsers`, `exchangeActiveSync`, `true`. */
const ENUM_LIKE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const UNKNOWN_ENUM = 'FuzzUnknownValue';
export const UNKNOWN_ODATA_TYPE = '#microsoft.graph.fuzzUnknownType';
export const HUGE = [1e300, -1e300] as const;
/**
 * Numbers where zero is malformed, not merely low: a Secure Score maximum is the divisor of every
 * ratio Microsoft reports, and issue 12 §3 makes a zero one unknown. Elsewhere zero is valid data
 * (no devices, a quota of 0) that may legitimately change a verdict.
 */
const ZERO_IS_MALFORMED = new Set(['maxScore']);
/**
 * Keys Graph documents as null in some tenants the simulator doesn't model: `policyMigrationState` is
 * null in tenants that never had legacy MFA or SSPR method policies
 * (https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-methods-manage), and
 * entra-auth-methods-migration-complete judges that as not applicable. Null there is valid data.
 */
const DOCUMENTED_NULL = new Set(['policyMigrationState']);

const typeName = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const show = (v: Json): string => {
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** Values of a different JSON type than `v`: string for list, number for string, object for array … */
function wrongTypesFor(v: Json): Json[] {
  if (typeof v === 'string') return [42, true, {}];
  if (typeof v === 'number') return [String(v), true, {}];
  if (typeof v === 'boolean') return [String(v), v ? 1 : 0, {}];
  if (Array.isArray(v)) {
    const first = v.find((x): x is string => typeof x === 'string');
    return [first ?? 'fuzz', 7, {}];
  }
  if (isObject(v)) return ['fuzz', 7, []];
  return [];
}

function isEnumLike(path: JsonPath, v: Json): boolean {
  if (typeof v !== 'string' || !ENUM_LIKE.test(v)) return false;
  const key = [...path].reverse().find((s): s is string => typeof s === 'string');
  return key === undefined || !FREE_TEXT.test(key);
}

/**
 * `example` (an object seen where this answer holds null) with each of its lists in turn made a bare
 * keyword string, the others emptied: at most two lists, each with the keywords seen in any of the
 * object's lists (`AllTrusted` from `excludeLocations` given as `includeLocations`, where `.includes('All')`
 * would match it as a substring), or `All`.
 */
function wrongListsIn(
  example: Readonly<Record<string, Json>> | undefined,
  ctx: GraphMutationContext,
  pattern: string,
): Json[] {
  if (!example) return [];
  const lists = Object.keys(example).filter((k) => Array.isArray(example[k]));
  const keywords = [...new Set(lists.flatMap((k) => ctx.knowledge.itemsSeen(ctx.label, `${pattern}.${k}`)))].filter(
    (w) => ENUM_LIKE.test(w) && !/\d/.test(w),
  );
  const emptied = Object.fromEntries(Object.entries(example).map(([k, x]) => [k, Array.isArray(x) ? [] : x]));
  return lists
    .slice(0, 2)
    .flatMap((k) => (keywords.length ? keywords.slice(0, 2) : ['All']).map((w) => ({ ...emptied, [k]: w })));
}

export interface GraphMutationContext {
  /** The source's label, as knowledge was learnt under it. */
  readonly label: string;
  readonly knowledge: GraphKnowledge;
  /** The answer is a whole collection source (first wave, `{ value: [...] }`). */
  readonly wholeCollection: boolean;
}

/** Every mutation that applies at `path` of `body`, in a stable order. */
export function graphMutationsAt(body: Json, path: JsonPath, ctx: GraphMutationContext): Mutation[] {
  const v = valueAt(body, path);
  if (v === undefined) return [];
  const at = showPath(path);
  const replace = (to: Json) => (root: Json) =>
    path.length === 0
      ? to
      : editAt(root, path, (parent, step) => {
          (parent as Record<string | number, Json>)[step] = to;
        });
  const out: Mutation[] = [];
  const last = path[path.length - 1];
  const pattern = patternOf(path);

  if (typeof last === 'string') {
    const required = ctx.knowledge.isRequired(ctx.label, patternOf(path.slice(0, -1)), last);
    out.push({
      kind: 'deleteKey',
      class: required ? 'malformed' : 'valid',
      what: `deleted ${at}${required ? ', which Graph always sends' : ', which Graph may leave out'}`,
      apply: (root) =>
        editAt(root, path, (parent, step) => {
          delete (parent as Record<string, Json>)[step as string];
        }),
    });
  }
  if (v !== null) {
    const nullable =
      ctx.knowledge.isNullable(ctx.label, pattern) || (typeof last === 'string' && DOCUMENTED_NULL.has(last));
    out.push({
      kind: 'setNull',
      class: nullable ? 'valid' : 'malformed',
      what: `set ${at} (${typeName(v)}) to null${nullable ? ', as Graph does' : ', where Graph never sends null'}`,
      apply: replace(null),
    });
    // A list's own keywords as a bare string ("All" for ["All"], as issue 12 §2 found with
    // includeLocations): `.includes` on a string matches substrings, so these are the dangerous ones.
    const keywords = Array.isArray(v)
      ? ctx.knowledge
          .itemsSeen(ctx.label, pattern)
          .filter((k) => ENUM_LIKE.test(k))
          .slice(0, 4)
      : [];
    for (const to of [...wrongTypesFor(v), ...keywords.filter((k) => !wrongTypesFor(v).includes(k))])
      out.push({
        kind: 'wrongType',
        class: 'malformed',
        what: `wrong type at ${at}: ${typeName(to)} ${show(to)} for ${typeName(v)} ${show(v)}`,
        apply: replace(to),
      });
    for (const to of [{ value: v }, [v]] as Json[])
      out.push({
        kind: 'extraNesting',
        class: 'malformed',
        what: `extra nesting at ${at}: ${show(to)}`,
        apply: replace(to),
      });
  }
  // A null Graph fills in other tenants (a CA policy's `locations`), filled with the object seen there
  // but one of its lists as a bare keyword: `{ includeLocations: "AllTrusted", excludeLocations: [] }`,
  // issue 12 §2's own example, two steps from what this tenant holds. Its other lists are emptied.
  if (v === null)
    for (const to of wrongListsIn(ctx.knowledge.objectSeen(ctx.label, pattern), ctx, pattern))
      out.push({
        kind: 'insertWrongType',
        class: 'malformed',
        what: `filled the null at ${at} with ${show(to)}, a list given as a string`,
        apply: replace(to),
      });
  if (typeof v === 'string' && (last === '@odata.type' || isEnumLike(path, v))) {
    const to = last === '@odata.type' ? UNKNOWN_ODATA_TYPE : UNKNOWN_ENUM;
    out.push({
      kind: 'unknownEnum',
      class: 'malformed',
      what: `unknown value at ${at}: ${show(to)} for ${show(v)}`,
      apply: replace(to),
    });
  }
  if (typeof v === 'number' && v !== 0) {
    const malformed = typeof last === 'string' && ZERO_IS_MALFORMED.has(last);
    out.push({
      kind: 'zeroNumber',
      class: malformed ? 'malformed' : 'valid',
      what: `zero at ${at} for ${v}`,
      apply: replace(0),
    });
  }
  // Every number this catalogue reads is a count, a quota, a duration or points: none is negative.
  if (typeof v === 'number' && v > 0)
    out.push({
      kind: 'negativeNumber',
      class: 'malformed',
      what: `negative number at ${at}: -1 for ${v}`,
      apply: replace(-1),
    });
  if (typeof v === 'number')
    for (const to of HUGE)
      out.push({
        kind: 'hugeNumber',
        class: 'malformed',
        what: `huge number at ${at}: ${to} for ${v}`,
        apply: replace(to),
      });
  if (typeof last === 'number')
    out.push({
      kind: 'duplicateEntry',
      class: 'duplicate',
      what: `duplicated the entry ${at}`,
      apply: (root) =>
        editAt(root, path, (parent, step) => {
          (parent as Json[]).splice((step as number) + 1, 0, structuredClone((parent as Json[])[step as number]!));
        }),
    });
  if (Array.isArray(v) && v.length > 0) {
    const whole = ctx.wholeCollection && path.length === 1 && path[0] === 'value';
    out.push({
      kind: 'emptyList',
      class: whole ? 'emptySource' : 'valid',
      what: whole ? 'emptied the whole collection (value: [])' : `emptied the list ${at}`,
      apply: replace([]),
    });
  }
  if (isObject(v) && Object.keys(v).length > 0) {
    const required = Object.keys(v).some((k) => ctx.knowledge.isRequired(ctx.label, pattern, k));
    out.push({
      kind: 'emptyObject',
      class: required ? 'malformed' : 'valid',
      what: `emptied the object ${at}${required ? ', dropping keys Graph always sends' : ''}`,
      apply: replace({}),
    });
  }
  return out;
}

const SPF = /^v=spf1(\s|$)/i;
const DMARC = /^v=DMARC1\s*(;|$)/i;

/**
 * Mutations of one DNS answer's records. Every one is `malformed` (RFC 7208 and RFC 7489 give no
 * valid policy, or the weaker one) or `emptySource`:
 * - two SPF records are a permerror (RFC 7208 §4.5); two DMARC records mean no policy (RFC 7489 §6.6.3);
 * - an unknown version is not an SPF (§4.5) or DMARC (§6.3) record;
 * - mechanisms after `all` are never tested (RFC 7208 §5.1), so appending `-all` changes nothing;
 *   a repeated DMARC tag makes the record invalid, never "the last tag wins" (issue 12 §4);
 * - a term that is no valid mechanism or tag is a permerror (RFC 7208 §4.6) or invalid record;
 * - DNS never holds two identical records in one set (RFC 2181 §5), so a repeated record is malformed.
 */
export function dnsMutations(a: DnsAnswer & { ok: true }): DnsMutation[] {
  const out: DnsMutation[] = [];
  const recs = a.records;
  const set =
    (records: string[]) =>
    (x: DnsAnswer & { ok: true }): DnsAnswer => ({ ...x, records });
  if (recs.length > 0) {
    out.push({ kind: 'dnsEmpty', class: 'emptySource', what: 'no record (NOERROR, empty answer)', apply: set([]) });
    out.push({
      kind: 'dnsNxdomain',
      class: 'emptySource',
      what: 'the name does not exist (NXDOMAIN)',
      apply: (x) => ({ ...x, rcode: 'NXDOMAIN', records: [] }),
    });
  }
  recs.forEach((r, i) => {
    const at = `record ${i} ${show(r)}`;
    const with_ = (next: string) => recs.map((x, j) => (j === i ? next : x));
    out.push({
      kind: 'dnsDuplicateRecord',
      class: 'malformed',
      what: `repeated ${at}`,
      apply: set([...recs.slice(0, i + 1), r, ...recs.slice(i + 1)]),
    });
    const spf = SPF.test(r);
    const dmarc = DMARC.test(r);
    if (!spf && !dmarc) return;
    const strict = spf ? 'v=spf1 -all' : 'v=DMARC1; p=reject';
    out.push({
      kind: 'dnsSecondRecord',
      class: 'malformed',
      what: `added a second record ${show(strict)} beside ${at}`,
      apply: set([...recs, strict]),
    });
    const bumped = spf ? r.replace(/^v=spf1/i, 'v=spf9') : r.replace(/^v=DMARC1/i, 'v=DMARC9');
    out.push({
      kind: 'dnsUnknownVersion',
      class: 'malformed',
      what: `unknown version in ${at}: ${show(bumped)}`,
      apply: set(with_(bumped)),
    });
    const repeated = spf ? `${r} -all` : `${r.replace(/;\s*$/, '')}; p=reject`;
    out.push({
      kind: 'dnsRepeatedTerm',
      class: 'malformed',
      what: `repeated term in ${at}: ${show(repeated)}`,
      apply: set(with_(repeated)),
    });
    const terms = spf ? r.split(/\s+/) : r.split(/\s*;\s*/).filter((t) => t !== '');
    for (let t = 1; t < terms.length; t++) {
      const corrupt = terms.map((x, k) => (k === t ? 'bogus!term' : x)).join(spf ? ' ' : '; ');
      out.push({
        kind: 'dnsCorruptTerm',
        class: 'malformed',
        what: `invalid term in ${at}: ${show(corrupt)}`,
        apply: set(with_(corrupt)),
      });
    }
  });
  return out;
}
