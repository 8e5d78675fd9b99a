import { sourceKey } from '../../graph/sources/define-source';
import { secureScoreControlProfiles } from '../../graph/sources/secure-score-control-profiles';
import { secureScores } from '../../graph/sources/secure-scores';

/** The two scan-level requests Microsoft's verdicts come from, and their permission, as results list them. */
export const SECURE_SCORE_SOURCES = {
  keys: [sourceKey(secureScores), sourceKey(secureScoreControlProfiles)],
  permissions: [secureScores.permission, secureScoreControlProfiles.permission],
} as const;
