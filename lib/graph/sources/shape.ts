/**
 * Small runtime checks that turn Graph's unknown JSON into the typed fields an evaluator reads, or
 * name the first field that is missing or malformed. A `Shape<T>` must list every key of `T`, and `T`
 * is built from @microsoft/microsoft-graph-types, so an invented field fails to compile and a field
 * the evaluator reads is always checked at run time.
 */
import type { ParseResult } from './define-source';

/** Returns a problem description, or null when the value is acceptable. */
export type Check = (value: unknown, path: string) => Problem | null;
export interface Problem {
  path: string;
  problem: string;
}

/** Every key of T, required, each with its check. */
export type Shape<T> = { [K in keyof T]-?: Check };

/** `T` with the keys K present and non-null: what a parse guarantees. */
export type Need<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], null | undefined> };

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const bad = (path: string, expected: string, v: unknown): Problem => ({
  path,
  problem: v === undefined ? 'missing' : `expected ${expected}, got ${describe(v)}`,
});

export const str: Check = (v, p) => (typeof v === 'string' ? null : bad(p, 'string', v));
export const bool: Check = (v, p) => (typeof v === 'boolean' ? null : bad(p, 'boolean', v));
export const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : bad(p, 'number', v));

/** Graph's Int32 and the largest Int64 JavaScript holds exactly (Edm.Int64 goes further; no count does). */
const INT32_MAX = 2_147_483_647;
const INT64_SAFE_MAX = Number.MAX_SAFE_INTEGER;

/**
 * A whole number in [min, max]: Graph's counts, quotas, intervals and totals are Int32 or Int64, so a
 * negative, fractional or astronomically large one isn't an answer Graph sends, and must not decide a
 * verdict (a quota of -1 is not "a tight quota"; a total of 1e300 is not "every member registered").
 */
export function wholeNumber(min: number, max: number): Check {
  return (v, p) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : {
          path: p,
          problem:
            v === undefined
              ? 'missing'
              : `expected a whole number from ${min} to ${max}, got ${typeof v === 'number' ? String(v) : describe(v)}`,
        };
}

/**
 * A count, quota or total Graph documents as Int32: 0 to 2147483647. `count.int64` for one documented
 * as Int64 (report totals, `@odata.count`).
 */
export const count: Check & { int64: Check } = Object.assign(wholeNumber(0, INT32_MAX), {
  int64: wholeNumber(0, INT64_SAFE_MAX),
});

/** An Int32 that must be at least 1: an interval or frequency of 0 repeats nothing. */
export const positiveInt: Check = wholeNumber(1, INT32_MAX);

/** Accepted without inspection (kept in evidence only). */
export const anything: Check = () => null;

export function oneOf(values: readonly string[]): Check {
  return (v, p) => (typeof v === 'string' && values.includes(v) ? null : bad(p, `one of ${values.join(' | ')}`, v));
}

/**
 * A Graph enum. Graph answers `unknownFutureValue` for members added after the caller's schema (the
 * evolvable-enum sentinel, https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations),
 * so it is accepted here and every evaluator must treat it as "not a value we can credit". Any other
 * value Graph doesn't document is malformed.
 */
export function graphEnum(values: readonly string[]): Check {
  return oneOf(values.includes('unknownFutureValue') ? values : [...values, 'unknownFutureValue']);
}

/**
 * A Graph flags enum: members joined by commas ("deviceCodeFlow,authenticationTransfer"), each one a
 * documented member or `unknownFutureValue`.
 */
export function graphFlags(values: readonly string[]): Check {
  const one = graphEnum(values);
  return (v, p) => {
    if (typeof v !== 'string' || v.trim() === '') return bad(p, `comma-separated ${values.join(' | ')}`, v);
    for (const part of v.split(',')) {
      const problem = one(part.trim(), p);
      if (problem) return { path: p, problem: `'${part.trim()}' is not one of ${values.join(' | ')}` };
    }
    return null;
  };
}

/** The members of a flags value checked by `graphFlags`. */
export const flagsOf = (v: string): string[] => v.split(',').map((s) => s.trim());

/**
 * A key Graph always sends, as `null` when unset: null passes, absent is malformed (an answer without
 * it isn't the documented one, and "absent means unset" would let a truncated answer pass).
 */
export function present(check: Check): Check {
  return (v, p) => (v === undefined ? bad(p, 'a value or null', v) : v === null ? null : check(v, p));
}

export function nullable(check: Check): Check {
  return (v, p) => (v === null ? null : check(v, p));
}

/**
 * Absent or null is fine; present must pass. Only for keys Graph may leave out (newer properties,
 * `$select`-less optional ones); a key Graph always sends takes `present` instead.
 */
export function optional(check: Check): Check {
  return (v, p) => (v === null || v === undefined ? null : check(v, p));
}

export function arrayOf(check: Check): Check {
  return (v, p) => {
    if (!Array.isArray(v)) return bad(p, 'array', v);
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

export const strings: Check = arrayOf(str);

export function object<T>(shape: Shape<T>): Check {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(p, 'object', v);
    const o = v as Record<string, unknown>;
    for (const [key, check] of Object.entries<Check>(shape)) {
      const problem = check(o[key], p ? `${p}.${key}` : key);
      if (problem) return problem;
    }
    return null;
  };
}

/** Parse a single entity. */
export function entity<T>(shape: Shape<T>): (body: unknown) => ParseResult<T> {
  const check = object(shape);
  return (body) => {
    const problem = check(body, '');
    return problem ? { ok: false, ...problem } : { ok: true, value: body as T };
  };
}

/**
 * The first entity listed twice (same `id`) in `items`, or null. Graph's entity sets have unique ids,
 * so a repeat is not an answer Graph sends: counted twice it would move a coverage ratio (a mail domain
 * twice shifts DKIM coverage) or look like a second thing (a PIM assignment twice reads as a standing
 * one). Refused rather than de-duplicated: two entries under one id may disagree, and choosing one
 * would let a verdict rest on whichever came first.
 */
export function repeatedId(items: readonly unknown[], path: string): Problem | null {
  const first = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    const seen = first.get(id);
    if (seen !== undefined)
      return { path: `${path}[${i}].id`, problem: `'${id}' is listed twice (also ${path}[${seen}])` };
    first.set(id, i);
  }
  return null;
}

/**
 * Parse a collection response `{ value: [...] }` into its items. Every collection the catalogue reads
 * is an entity set keyed by `id`, so when the shape declares `id` an id listed twice is malformed.
 */
export function collection<T>(shape: Shape<T>): (body: unknown) => ParseResult<T[]> {
  const check = arrayOf(object(shape));
  const keyed = 'id' in shape;
  return (body) => {
    if (typeof body !== 'object' || body === null) return { ok: false, ...bad('value', 'object', body) };
    const value = (body as { value?: unknown }).value;
    const problem = check(value, 'value') ?? (keyed ? repeatedId(value as unknown[], 'value') : null);
    return problem ? { ok: false, ...problem } : { ok: true, value: value as T[] };
  };
}
