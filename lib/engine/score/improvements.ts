import type { DisposedControl } from '../history/dispositions';
import type { Level } from '../verdict/status';

export interface Improvement {
  readonly id: string;
  readonly title: string;
  readonly gain: number;
  readonly reason: string;
  readonly adminUrl: string;
  readonly userImpact: Level;
  /** The admin marked it planned: still an action, listed after the unplanned ones. */
  readonly planned?: boolean;
}

const IMPACT_WEIGHT: Record<Level, number> = { low: 1, moderate: 1.5, high: 2.5 };
const value = (i: Improvement): number => i.gain / IMPACT_WEIGHT[i.userImpact];

/**
 * The next best actions: controls with points still to gain, most points per unit of user impact
 * first. Unknown controls are left out — they may already pass; their fix is a permission, not a setting.
 * Dispositions: a risk accepted is a decision not to act, so it drops out (as do third party and
 * alternate mitigation, which earn their points); planned ones sink below the unplanned.
 */
export function topImprovements(results: readonly DisposedControl[], limit = 5): Improvement[] {
  const planned = (r: DisposedControl): boolean => r.disposition?.kind === 'planned';
  return results
    .filter((r) => (r.status === 'fail' || r.status === 'partial') && r.maxScore > r.score)
    .filter((r) => !(r.disposition?.applies && r.disposition.kind === 'riskAccepted'))
    .map((r) => ({
      id: r.id,
      title: r.title,
      gain: Math.round((r.maxScore - r.score) * 100) / 100,
      reason: r.reason,
      adminUrl: r.adminUrl,
      userImpact: r.userImpact,
      ...(planned(r) ? { planned: true } : {}),
    }))
    .sort(
      (a, b) =>
        Number(a.planned ?? false) - Number(b.planned ?? false) || value(b) - value(a) || a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}
