import type { ControlResult } from './result';
import type { Level } from './status';

export interface Improvement {
  readonly id: string;
  readonly title: string;
  readonly gain: number;
  readonly reason: string;
  readonly adminUrl: string;
  readonly userImpact: Level;
}

const IMPACT_WEIGHT: Record<Level, number> = { low: 1, moderate: 1.5, high: 2.5 };
const value = (i: Improvement): number => i.gain / IMPACT_WEIGHT[i.userImpact];

/**
 * The next best actions: controls with points still to gain, most points per unit of user impact
 * first. Unknown controls are left out — they may already pass; their fix is a permission, not a setting.
 */
export function topImprovements(results: readonly ControlResult[], limit = 5): Improvement[] {
  return results
    .filter((r) => (r.status === 'fail' || r.status === 'partial') && r.maxScore > r.score)
    .map((r) => ({
      id: r.id,
      title: r.title,
      gain: Math.round((r.maxScore - r.score) * 100) / 100,
      reason: r.reason,
      adminUrl: r.adminUrl,
      userImpact: r.userImpact,
    }))
    .sort((a, b) => value(b) - value(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
