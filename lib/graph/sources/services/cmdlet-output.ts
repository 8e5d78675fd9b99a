/**
 * Parsing what a cmdlet returns through InvokeCommand (issue 17): `{ value: [ {…PascalCase…} ] }`, all
 * pages merged by the transport. A cmdlet that returns one object (Get-OrganizationConfig) must return
 * exactly one: none or two is not an answer the cmdlet gives, so it is malformed, never a guess.
 */
import type { ParseResult } from '../source-def';
import { arrayOf, object, type Problem, type Shape } from '../shape';

function valueOf(body: unknown): unknown[] | Problem {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { path: 'value', problem: 'expected an object with a value array' };
  const value = (body as { value?: unknown }).value;
  return Array.isArray(value) ? value : { path: 'value', problem: 'missing, or not an array' };
}

/** The first object listed twice under one `Identity` (policies and rules are unique by it), or null. */
function repeatedIdentity(items: readonly unknown[]): Problem | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const identity = (items[i] as { Identity?: unknown }).Identity;
    if (typeof identity !== 'string') continue;
    const first = seen.get(identity);
    if (first !== undefined)
      return { path: `value[${i}].Identity`, problem: `'${identity}' is listed twice (also value[${first}])` };
    seen.set(identity, i);
  }
  return null;
}

/** A cmdlet returning every policy, rule or domain: each object must match `shape`. */
export function cmdletObjects<T>(shape: Shape<T>): (body: unknown) => ParseResult<T[]> {
  const check = arrayOf(object(shape));
  return (body) => {
    const value = valueOf(body);
    if (!Array.isArray(value)) return { ok: false, ...value };
    const problem = check(value, 'value') ?? repeatedIdentity(value);
    return problem ? { ok: false, ...problem } : { ok: true, value: value as T[] };
  };
}

/** A cmdlet returning the tenant's one settings object (Get-OrganizationConfig, Get-TransportConfig …). */
export function cmdletObject<T>(shape: Shape<T>): (body: unknown) => ParseResult<T> {
  const many = cmdletObjects(shape);
  return (body) => {
    const parsed = many(body);
    if (!parsed.ok) return parsed;
    if (parsed.value.length !== 1)
      return { ok: false, path: 'value', problem: `expected exactly one object, got ${parsed.value.length}` };
    return { ok: true, value: parsed.value[0]! };
  };
}
