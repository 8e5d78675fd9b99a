/**
 * Checks Microsoft Secure Score's answers need beyond shape.ts: points that can be a maximum, a
 * timestamp that parses, an id that names something. Secure Score's numbers decide verdicts, so a
 * `maxScore` of 0 or a date that doesn't parse is malformed, never a default.
 */
import type { Check } from './shape';

const got = (v: unknown): string =>
  v === undefined ? 'missing' : v === null ? 'null' : typeof v === 'number' ? String(v) : typeof v;

/** A finite number above 0: a control worth nothing can't be passed or failed. */
export const positivePoints: Check = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0
    ? null
    : { path, problem: `expected points above 0, got ${got(v)}` };

/** A finite number, 0 or more (a score; its upper bound is the profile's maxScore, checked by the merge). */
export const points: Check = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0
    ? null
    : { path, problem: `expected points of 0 or more, got ${got(v)}` };

/** An ISO 8601 date-time with a time zone, as Graph sends DateTimeOffset. */
export const isoDateTime: Check = (v, path) =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
  Number.isFinite(Date.parse(v))
    ? null
    : { path, problem: `expected an ISO date-time, got ${typeof v === 'string' ? `'${v.slice(0, 40)}'` : got(v)}` };

/** A non-blank string: an id or name that says which control a row is about. */
export const name: Check = (v, path) =>
  typeof v === 'string' && v.trim() !== '' ? null : { path, problem: `expected a name, got ${got(v)}` };
