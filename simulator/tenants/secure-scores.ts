import type * as Graph from '@microsoft/microsoft-graph-types';
import { createRandom, hashString } from '../seeded-random';
import { scoreRequirements } from './secure-score-profiles';
import type { ScoreRequirement } from './secure-score-profiles';
import { daysBefore } from './well-known';

export interface SecureScoreSpec {
  readonly tenantId: string;
  readonly profiles: readonly Graph.SecureScoreControlProfile[];
  /** What the tenant licenses; other controls are left out of `controlScores` ("not applicable"). */
  readonly licensed: ReadonlySet<ScoreRequirement>;
  /** Controls whose state the tenant story fixes: the fraction of points earned today (0–1). */
  readonly earned: Readonly<Record<string, number>>;
  /**
   * Controls Microsoft measures from what the tenant's admin services hold (simulator/services/data),
   * pinned to agree with it: the fraction earned today, applied after the seeded roll so that pinning one
   * leaves every other control's roll, and so the demo's story, as it was.
   */
  readonly measured?: Readonly<Record<string, number>>;
  /** Fraction for every other applicable control, decided per control by a seeded roll. */
  readonly otherwiseEarnedWithChance: number;
  readonly licensedUserCount: number;
  readonly activeUserCount: number;
  readonly enabledServices: readonly string[];
  readonly days?: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * 90 daily snapshots, newest first, as `GET /security/secureScores` returns them. Each earned control
 * has a day it was first earned, so the history climbs toward today's score. Implemented ⇔
 * `score == maxScore` (graph-sources.md §3).
 */
export function secureScoreHistory(spec: SecureScoreSpec): Graph.SecureScore[] {
  const random = createRandom(hashString(spec.tenantId));
  const applicable = spec.profiles.filter(
    (p) => !p.deprecated && spec.licensed.has(scoreRequirements.get(p.id ?? '') ?? 'core'),
  );
  const today = applicable.map((p) => {
    const id = p.id ?? '';
    const rolled = spec.earned[id] ?? (random.chance(spec.otherwiseEarnedWithChance) ? 1 : 0);
    const fraction = spec.measured?.[id] ?? rolled;
    // Earned up to a year ago; a fraction of controls flipped within the 90-day window.
    const since = random.chance(0.3) ? random.int(90) : 90 + random.int(275);
    return { profile: p, fraction, since };
  });
  const maxScore = round2(applicable.reduce((s, p) => s + (p.maxScore ?? 0), 0));
  const days = spec.days ?? 90;
  const history: Graph.SecureScore[] = [];
  for (let ago = 0; ago < days; ago++) {
    const created = daysBefore(ago);
    const controlScores: Graph.ControlScore[] = today.map(({ profile, fraction, since }) => ({
      controlCategory: profile.controlCategory ?? null,
      controlName: profile.id ?? null,
      description: profile.title ?? null,
      score: round2(since >= ago ? (profile.maxScore ?? 0) * fraction : 0),
    }));
    const currentScore = round2(controlScores.reduce((s, c) => s + (c.score ?? 0), 0));
    history.push({
      id: `${spec.tenantId}_${created.slice(0, 10)}`,
      azureTenantId: spec.tenantId,
      activeUserCount: spec.activeUserCount,
      licensedUserCount: spec.licensedUserCount,
      createdDateTime: created,
      currentScore,
      maxScore,
      enabledServices: [...spec.enabledServices],
      averageComparativeScores: [
        { basis: 'AllTenants', averageScore: round2(maxScore * 0.42) },
        { basis: 'TotalSeats', averageScore: round2(maxScore * 0.45) },
        { basis: 'IndustryTypes', averageScore: round2(maxScore * 0.4) },
      ],
      controlScores,
      vendorInformation: { provider: 'SecureScore', providerVersion: null, subProvider: null, vendor: 'Microsoft' },
    });
  }
  return history;
}
