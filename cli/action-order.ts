import type { ScanResult } from '../lib/engine/scan/run-scan';
import { compareIds, rankedImprovements } from '../lib/engine/score/improvements';
import type { ControlResult } from '../lib/engine/verdict/result';

/**
 * What to fix, in the order the CLI lists it: the engine's one ranking (the popup's and the
 * dashboard's: points to gain, user impact, cost; Microsoft's rows a minority of any top N), then the
 * controls we couldn't tell, most points at stake first — they need a look, not a fix.
 */
export function actionsInOrder(scan: Pick<ScanResult, 'controls'>): ControlResult[] {
  const byId = new Map(scan.controls.map((c) => [c.id, c]));
  const ranked = rankedImprovements(scan).flatMap((i) => byId.get(i.id) ?? []);
  const undecided = scan.controls
    .filter((c) => c.status === 'unknown')
    .sort((a, b) => b.maxScore - a.maxScore || compareIds(a.id, b.id));
  return [...ranked, ...undecided];
}
