import type { ControlResult } from '../verdict/result';
import { borrowedVerdict } from './borrowed-verdict';
import { actionUrlOf, categoryOf, levelOf, secureScoreActionUrl } from './microsoft-status';
import { microsoftSays, verdictOf, type MicrosoftData } from './microsoft-data';
import { SECURE_SCORE_SOURCES } from './secure-score-sources';

/** Where a person reads how Secure Score works. */
export const SECURE_SCORE_LEARN = 'https://learn.microsoft.com/defender-xdr/microsoft-secure-score';

/** The id a Microsoft-only control carries in results: our ids are kebab-case, so these never collide. */
export const microsoftControlId = (profileId: string): string => `microsoft-${profileId}`;

/** The one result standing for profiles Microsoft listed without a usable id. */
export const UNIDENTIFIED_ID = 'microsoft-unidentified-profiles';

/**
 * Every live profile that no Posture Lens control carries in `refs.secureScore`, as a result of its
 * own with `source: 'microsoft'`: Microsoft's points and verdict, measured on Microsoft's date.
 */
export function microsoftOnlyControls(data: MicrosoftData, ourIds: ReadonlySet<string>): ControlResult[] {
  const controls = data.profiles
    .filter((p) => !ourIds.has(p.id))
    .map((p): ControlResult => {
      const v = verdictOf(p, data);
      const verdict =
        v.status === 'notLicensed'
          ? {
              status: 'notLicensed' as const,
              score: 0,
              reason: microsoftSays(v),
              evidence: [
                {
                  source: 'secureScores',
                  id: p.id,
                  displayName: p.title,
                  fields: { controlScores: `no entry for ${p.id}` },
                },
              ],
            }
          : borrowedVerdict(v, v.maxScore, 'Microsoft Secure Score');
      return {
        id: microsoftControlId(p.id),
        title: p.title,
        category: categoryOf(p.controlCategory),
        ...verdict,
        maxScore: v.maxScore,
        userImpact: levelOf(p.row?.userImpact),
        implementationCost: levelOf(p.row?.implementationCost),
        refs: { secureScore: p.id, learn: SECURE_SCORE_LEARN },
        sources: SECURE_SCORE_SOURCES.keys,
        permissions: SECURE_SCORE_SOURCES.permissions,
        adminUrl: actionUrlOf(p.row?.actionUrl, p.id),
        source: 'microsoft',
        microsoft: v,
      };
    });
  return data.unidentified.paths.length > 0 ? [...controls, unidentified(data)] : controls;
}

/** Profiles without a usable id: which controls they are is unknown, so they count as couldn't tell. */
function unidentified(data: MicrosoftData): ControlResult {
  const { paths, maxScore } = data.unidentified;
  const why = `Couldn't decide: Microsoft Secure Score listed ${paths.length === 1 ? 'a profile' : `${paths.length} profiles`} without a usable id (${paths.slice(0, 3).join('; ')}${paths.length > 3 ? '; …' : ''}), so Posture Lens can't tell which controls ${paths.length === 1 ? 'it is' : 'they are'}.`;
  return {
    id: UNIDENTIFIED_ID,
    title: 'Secure Score controls Microsoft listed without an id',
    category: 'apps',
    status: 'unknown',
    score: 0,
    maxScore,
    userImpact: 'moderate',
    refs: { learn: SECURE_SCORE_LEARN },
    reason: why,
    evidence: [],
    unknownReason: { kind: 'notEvaluated', why },
    sources: SECURE_SCORE_SOURCES.keys,
    permissions: SECURE_SCORE_SOURCES.permissions,
    adminUrl: secureScoreActionUrl(),
    source: 'microsoft',
  };
}
