import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { ControlResult } from '../lib/engine/verdict/result';

/**
 * What to fix, in the order the CLI lists it: failing, partial and undecided controls, most points
 * missing first, then by id. Kept in this one function so the engine's shared ranking (issue 14 §3)
 * can replace it in one place.
 */
export function actionsInOrder(scan: Pick<ScanResult, 'controls'>): ControlResult[] {
  return scan.controls
    .filter((c) => c.status === 'fail' || c.status === 'partial' || c.status === 'unknown')
    .sort((a, b) => b.maxScore - b.score - (a.maxScore - a.score) || a.id.localeCompare(b.id));
}
