import type { AccessReviewDefinition } from '../../lib/graph/sources/access-reviews';

/** Every `query` string anywhere in a review's scope (query scopes, principal and resource scopes). */
export function scopeQueries(scope: unknown): string[] {
  if (Array.isArray(scope)) return scope.flatMap(scopeQueries);
  if (typeof scope !== 'object' || scope === null) return [];
  return Object.entries(scope).flatMap(([k, v]) => (k === 'query' && typeof v === 'string' ? [v] : scopeQueries(v)));
}

/** CIS 5.3.2 and 5.3.3: monthly or more often. */
export function monthlyOrMoreOften(d: AccessReviewDefinition): boolean {
  const p = d.settings.recurrence?.pattern;
  if (!p) return false;
  if (p.type === 'daily') return p.interval <= 31;
  if (p.type === 'weekly') return p.interval <= 4;
  if (p.type === 'absoluteMonthly' || p.type === 'relativeMonthly') return p.interval <= 1;
  return false;
}

/** "absoluteMonthly every 1", or "one-time". */
export function describePattern(d: AccessReviewDefinition): string {
  const p = d.settings.recurrence?.pattern;
  return p ? `${p.type} every ${p.interval}` : 'one-time';
}
