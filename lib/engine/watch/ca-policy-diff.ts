/**
 * A Conditional Access policy's change, in words. The audit log keeps the whole policy before and
 * after as JSON text in one modified property, "ConditionalAccessPolicy"; we compare the two field by
 * field and name what a reviewer cares about ("State: On → Report-only", "Excluded groups: + CA -
 * Legacy Auth Exceptions"). Fields we have no words for still show, by their JSON path: a change is
 * never hidden because it is unfamiliar.
 */
import type { AuditFieldChange } from './audit-event';

/** Names for directory ids (users, groups, roles, apps), from what the scan read; absent: the id. */
export type NameOf = (id: string) => string | null;

const STATE_WORDS: Readonly<Record<string, string>> = {
  enabled: 'On',
  disabled: 'Off',
  enabledForReportingButNotEnforced: 'Report-only',
};

/** Paths with words of their own; the value lists name ids through `nameOf`. */
const LABELS: Readonly<Record<string, string>> = {
  displayName: 'Name',
  state: 'State',
  'conditions.users.includeUsers': 'Included users',
  'conditions.users.excludeUsers': 'Excluded users',
  'conditions.users.includeGroups': 'Included groups',
  'conditions.users.excludeGroups': 'Excluded groups',
  'conditions.users.includeRoles': 'Included roles',
  'conditions.users.excludeRoles': 'Excluded roles',
  'conditions.applications.includeApplications': 'Included apps',
  'conditions.applications.excludeApplications': 'Excluded apps',
  'conditions.applications.includeUserActions': 'User actions',
  'conditions.clientAppTypes': 'Client apps',
  'conditions.locations.includeLocations': 'Included locations',
  'conditions.locations.excludeLocations': 'Excluded locations',
  'conditions.platforms.includePlatforms': 'Included platforms',
  'conditions.platforms.excludePlatforms': 'Excluded platforms',
  'conditions.userRiskLevels': 'User risk levels',
  'conditions.signInRiskLevels': 'Sign-in risk levels',
  'grantControls.operator': 'Grant: require',
  'grantControls.builtInControls': 'Grant controls',
  'grantControls.authenticationStrength.displayName': 'Authentication strength',
};

/** Book-keeping the service changes on every save: not a change anyone made. */
const IGNORED = new Set(['id', 'createdDateTime', 'modifiedDateTime', 'templateId']);
const ID_LISTS = /\.(include|exclude)(Users|Groups|Roles|Applications|Locations)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Leaf paths of a JSON value; arrays are leaves (compared as sets of items). */
function leaves(value: Json | undefined, path: string, out: Map<string, Json>): Map<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else if (value !== undefined && path !== '') out.set(path, value);
  return out;
}

const text = (v: Json | undefined): string =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

function words(path: string, v: Json | undefined, nameOf: NameOf): string {
  if (path === 'state' && typeof v === 'string') return STATE_WORDS[v] ?? v;
  if (path === 'grantControls.operator' && typeof v === 'string') return v === 'AND' ? 'all of' : 'one of';
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    const named = ID_LISTS.test(path);
    return v.map((item) => (named && typeof item === 'string' ? (nameOf(item) ?? item) : text(item))).join(', ');
  }
  return text(v);
}

const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions of a policy (either may be null: added or deleted). */
export function diffCaPolicy(before: Json, after: Json, nameOf: NameOf): AuditFieldChange[] {
  const old = leaves(before, '', new Map());
  const now = leaves(after, '', new Map());
  const paths = [...new Set([...old.keys(), ...now.keys()])].filter((p) => !IGNORED.has(p));
  const known = Object.keys(LABELS);
  // The labelled fields first, in the order a reviewer reads a policy; the rest by path.
  paths.sort((a, b) => rank(a, known) - rank(b, known) || a.localeCompare(b));
  return paths
    .filter((p) => !same(old.get(p), now.get(p)) && !(isEmpty(old.get(p)) && isEmpty(now.get(p))))
    .map((p) => ({ field: LABELS[p] ?? p, before: words(p, old.get(p), nameOf), after: words(p, now.get(p), nameOf) }));
}

const rank = (path: string, known: readonly string[]): number => {
  const i = known.indexOf(path);
  return i < 0 ? known.length : i;
};

/** Absent, null and [] all mean "none" in a policy: going from one to another is not a change. */
const isEmpty = (v: Json | undefined): boolean => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** A modified property's value: JSON text, parsed; text that isn't JSON stays text. */
export function parseLogged(value: string | null | undefined): Json {
  if (value === null || value === undefined || value === '') return null;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}
