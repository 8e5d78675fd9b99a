import type { AverageComparativeScore, ControlScore, SecureScore } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, collection, num, object, optional, str, type Need } from './shape';

/**
 * One control's score in a snapshot. Graph documents controlName, score, controlCategory and
 * description; live answers also carry implementationStatus, scoreInPercentage and lastSynced
 * (Microsoft's ZeroTrustAssessment reads them), so those are optional.
 */
export type ControlScoreRow = Need<ControlScore, 'controlName' | 'score'> &
  Pick<ControlScore, 'controlCategory' | 'description'> & {
    implementationStatus?: string | null;
    scoreInPercentage?: number | null;
    lastSynced?: string | null;
  };

export type ComparativeScoreRow = Need<AverageComparativeScore, 'basis' | 'averageScore'>;

export type SecureScoreRow = Need<SecureScore, 'createdDateTime' | 'currentScore' | 'maxScore'> & {
  averageComparativeScores?: ComparativeScoreRow[] | null;
  controlScores: ControlScoreRow[];
};

/** Snapshots Microsoft keeps, one a day, newest first (graph-sources.md §2.12). */
export const SECURE_SCORE_DAYS = 90;

/**
 * Microsoft Secure Score: today's snapshot and 90 days of history, newest first, in one request.
 * Read once per scan, not by any one control. https://learn.microsoft.com/graph/api/security-list-securescores
 */
export const secureScores = defineSource<SecureScoreRow[]>({
  id: 'secureScores',
  version: 'v1.0',
  path: '/security/secureScores',
  query: { $top: String(SECURE_SCORE_DAYS) },
  permission: 'SecurityEvents.Read.All',
  collection: true,
  parse: collection<SecureScoreRow>({
    createdDateTime: str,
    currentScore: num,
    maxScore: num,
    averageComparativeScores: optional(arrayOf(object<ComparativeScoreRow>({ basis: str, averageScore: num }))),
    controlScores: arrayOf(
      object<ControlScoreRow>({
        controlName: str,
        score: num,
        controlCategory: optional(str),
        description: optional(str),
        implementationStatus: optional(str),
        scoreInPercentage: optional(num),
        lastSynced: optional(str),
      }),
    ),
  }),
});
