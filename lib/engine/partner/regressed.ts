/**
 * What "a tenant regressed" means, once, for the popup's "3 tenants regressed" line and the Tenants
 * overview alike: its latest scan, scored with its dispositions, lost score against the scan before it
 * (`change` < 0), or any control regressed (lost points or went to a worse status, lib/engine/history/diff.ts).
 */
import { diffScans, type DiffedControl } from '../history/diff';
import type { Points } from '../score/score';

/** A tenant's latest scan against its previous one, as TenantRow holds it. */
export interface LatestChange {
  /** Percentage points since the scan before the latest; null with fewer than two scans. */
  readonly change: number | null;
  /** Controls that regressed in the latest scan against the previous. */
  readonly regressions: number;
}

/** The tenants that regressed: how many, and their names (the worst first, at most NAMED_AT_MOST). */
export interface RegressedTenants {
  readonly count: number;
  readonly names: readonly string[];
}

/** Enough names for the popup to name one tenant, or a few in a tooltip; the count says how many in all. */
export const NAMED_AT_MOST = 5;

export const noneRegressed: RegressedTenants = { count: 0, names: [] };

/** The one definition: score down since the previous scan, or any control regressed. */
export function hasRegressed(t: LatestChange): boolean {
  return (t.change !== null && t.change < 0) || t.regressions > 0;
}

interface ScoredScan {
  readonly score: Points;
  readonly controls: readonly DiffedControl[];
}

/** The latest scan against the one before it (both already scored with their dispositions); null: only one scan. */
export function latestChange(latest: ScoredScan, previous: ScoredScan | null): LatestChange {
  if (!previous) return { change: null, regressions: 0 };
  return {
    change: latest.score.percent - previous.score.percent,
    regressions: diffScans(previous, latest).filter((c) => c.kind === 'regression').length,
  };
}

/** The tenants among `tenants` that regressed, the largest drop first, then by name. */
export function regressedTenants(tenants: readonly (LatestChange & { readonly name: string })[]): RegressedTenants {
  const regressed = tenants
    .filter(hasRegressed)
    .sort((a, b) => (a.change ?? 0) - (b.change ?? 0) || b.regressions - a.regressions || a.name.localeCompare(b.name));
  return { count: regressed.length, names: regressed.slice(0, NAMED_AT_MOST).map((t) => t.name) };
}
