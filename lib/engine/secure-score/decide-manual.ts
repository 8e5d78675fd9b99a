import type { ControlResult } from '../verdict/result';
import { borrowedVerdict } from './borrowed-verdict';
import type { MicrosoftVerdict } from './microsoft-verdict';
import { SECURE_SCORE_SOURCES } from './secure-score-sources';

/**
 * A manual control (Graph can't read its setting) that Microsoft scores: Microsoft's verdict decides
 * it, its fraction of points scaled to our maxScore. Left manual when Microsoft doesn't score it.
 */
export function decideManual(result: ControlResult, v: MicrosoftVerdict): ControlResult {
  if (v.status === 'notLicensed') return { ...result, microsoft: v };
  const { unknownReason: _previous, ...rest } = result;
  return {
    ...rest,
    ...borrowedVerdict(v, result.maxScore, 'Decided by Microsoft Secure Score'),
    sources: [...result.sources, ...SECURE_SCORE_SOURCES.keys],
    permissions: [...result.permissions, ...SECURE_SCORE_SOURCES.permissions],
    source: 'microsoft',
    microsoft: v,
  };
}
