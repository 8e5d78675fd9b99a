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

/** Parse a collection response `{ value: [...] }` into its items. */
export function collection<T>(shape: Shape<T>): (body: unknown) => ParseResult<T[]> {
  const check = arrayOf(object(shape));
  return (body) => {
    if (typeof body !== 'object' || body === null) return { ok: false, ...bad('value', 'object', body) };
    const value = (body as { value?: unknown }).value;
    const problem = check(value, 'value');
    return problem ? { ok: false, ...problem } : { ok: true, value: value as T[] };
  };
}
