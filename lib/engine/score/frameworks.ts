import type { ControlRefs } from '../verdict/control';
import type { ControlResult } from '../verdict/result';
import { scoreOf, type Points } from './score';

/** The benchmarks a scan can be read through; each is a key of `ControlRefs`. */
export const frameworks = [
  { id: 'secureScore', label: 'Microsoft Secure Score', short: 'Secure Score' },
  { id: 'cis', label: 'CIS M365', short: 'CIS' },
  { id: 'scuba', label: 'CISA SCuBA', short: 'SCuBA' },
] as const satisfies ReadonlyArray<{ id: keyof ControlRefs; label: string; short: string }>;

export type FrameworkId = (typeof frameworks)[number]['id'];
/** A lens on the results: every control, or those one framework references. */
export type Lens = 'all' | FrameworkId;

/** The control's id in that framework, e.g. CIS '5.2.2.3'; undefined when it has none. */
export function frameworkRef(result: ControlResult, lens: Lens): string | undefined {
  return lens === 'all' ? undefined : result.refs[lens];
}

/** The controls a lens shows: all of them, or those with a reference in that framework. */
export function throughLens(results: readonly ControlResult[], lens: Lens): ControlResult[] {
  return lens === 'all' ? [...results] : results.filter((r) => Boolean(r.refs[lens]));
}

/** The lens's score, by the same scoring as the whole scan (`scoreOf` over that subset). */
export function lensScore(results: readonly ControlResult[], lens: Lens): Points {
  const { achieved, available, percent } = scoreOf(throughLens(results, lens));
  return { achieved, available, percent };
}
