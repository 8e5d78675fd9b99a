import type { ControlResult } from '../result';
import { verdictKit } from '../verdict-kit';
import { dayOf } from './microsoft-status';
import { microsoftSays } from './microsoft-data';
import type { MicrosoftVerdict } from './microsoft-verdict';
import { SECURE_SCORE_SOURCES } from './secure-score-sources';

/**
 * A manual control (Graph can't read its setting) that Microsoft scores: Microsoft's verdict decides
 * it, its fraction of points scaled to our maxScore. Left manual when Microsoft doesn't score it.
 */
export function decideManual(result: ControlResult, v: MicrosoftVerdict): ControlResult {
  if (v.status === 'notLicensed') return { ...result, microsoft: v };
  const fraction = v.maxScore > 0 ? v.score / v.maxScore : v.status === 'pass' ? 1 : 0;
  const reason = `Decided by Microsoft Secure Score, measured ${dayOf(v.measuredAt)}: ${microsoftSays(v)}`;
  const verdict = verdictKit(result.maxScore).partial(fraction, reason, [
    {
      source: 'secureScores',
      id: v.profileId,
      displayName: v.title,
      fields: { score: v.score, maxScore: v.maxScore, createdDateTime: v.measuredAt },
    },
  ]);
  return {
    ...result,
    ...verdict,
    sources: [...result.sources, ...SECURE_SCORE_SOURCES.keys],
    permissions: [...result.permissions, ...SECURE_SCORE_SOURCES.permissions],
    source: 'microsoft',
    microsoft: v,
  };
}
