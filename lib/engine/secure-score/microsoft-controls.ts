import type { ControlResult } from '../result';
import { categoryOf, dayOf, levelOf, safeActionUrl } from './microsoft-status';
import { microsoftSays, verdictOf, type MicrosoftData } from './microsoft-data';
import { SECURE_SCORE_SOURCES } from './secure-score-sources';

/** Where a person reads how Secure Score works. */
export const SECURE_SCORE_LEARN = 'https://learn.microsoft.com/defender-xdr/microsoft-secure-score';

/** The id a Microsoft-only control carries in results: our ids are kebab-case, so these never collide. */
export const microsoftControlId = (profileId: string): string => `microsoft-${profileId}`;

/**
 * Every live profile that no Posture Lens control carries in `refs.secureScore`, as a result of its
 * own with `source: 'microsoft'`: Microsoft's points and verdict, measured on Microsoft's date.
 */
export function microsoftOnlyControls(data: MicrosoftData, ourIds: ReadonlySet<string>): ControlResult[] {
  return data.profiles
    .filter((p) => !ourIds.has(p.id))
    .map((p): ControlResult => {
      const v = verdictOf(p, data);
      const decided = v.status !== 'notLicensed';
      return {
        id: microsoftControlId(p.id),
        title: p.title,
        category: categoryOf(p.controlCategory),
        status: v.status,
        score: v.score,
        maxScore: v.maxScore,
        userImpact: levelOf(p.userImpact),
        refs: { secureScore: p.id, learn: SECURE_SCORE_LEARN },
        reason: decided
          ? `Microsoft Secure Score, measured ${dayOf(v.measuredAt)}: ${microsoftSays(v)}`
          : microsoftSays(v),
        evidence: [
          {
            source: 'secureScores',
            id: p.id,
            displayName: p.title,
            fields: decided
              ? { score: v.score, maxScore: v.maxScore, createdDateTime: v.measuredAt }
              : { controlScores: `no entry for ${p.id}` },
          },
        ],
        sources: SECURE_SCORE_SOURCES.keys,
        permissions: SECURE_SCORE_SOURCES.permissions,
        adminUrl: safeActionUrl(p.actionUrl),
        source: 'microsoft',
        microsoft: v,
      };
    });
}
