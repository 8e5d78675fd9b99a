import type { VerdictKit } from './control';
import type { UnknownReason } from './reasons';
import { describeReason } from './reasons';
import type { Verdict } from './verdict';

/** Points keep two decimals, as Secure Score's do. */
export const roundPoints = (n: number): number => Math.round(n * 100) / 100;

export function verdictKit(maxScore: number): VerdictKit {
  const unknown = (reason: UnknownReason, evidence: Verdict['evidence'] = []): Verdict => ({
    status: 'unknown',
    score: 0,
    reason: describeReason(reason),
    evidence,
    unknownReason: reason,
  });
  return {
    pass: (reason, evidence = [], affected) => ({
      status: 'pass',
      score: maxScore,
      reason,
      evidence,
      ...(affected ? { affected } : {}),
    }),
    fail: (reason, evidence = [], affected) => ({
      status: 'fail',
      score: 0,
      reason,
      evidence,
      ...(affected ? { affected } : {}),
    }),
    partial: (fraction, reason, evidence = [], affected) => {
      const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
      // Anything short of complete stays partial, however close: rounding never turns a gap into a pass.
      const status = f >= 1 ? 'pass' : f <= 0 ? 'fail' : 'partial';
      const score =
        status === 'pass'
          ? maxScore
          : status === 'fail'
            ? 0
            : Math.min(roundPoints(maxScore - 0.01), Math.max(0.01, roundPoints(maxScore * f)));
      return { status, score, reason, evidence, ...(affected ? { affected } : {}) };
    },
    notApplicable: (reason, evidence = []) => ({ status: 'notApplicable', score: 0, reason, evidence }),
    malformed: (source, path, problem) => unknown({ kind: 'malformedField', source, path, problem }),
    unknown,
  };
}
