/** `--format table`: for a person at a terminal. JSON, CSV and JUnit are for programs and don't change. */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { categories } from '../lib/engine/verdict/status';
import type { ReportChanges } from './changes';
import { actionsInOrder } from './action-order';
import { changesBlock } from './format-changes';
import { actionLines, byHandInOrder, byHandLines, notApplicableInOrder, notApplicableLines } from './format-actions';
import { differenceLines } from './format-microsoft';
import { serviceStatsLines } from './format-service';
import { fitLines, summaryLines } from './format-summary';
import { paintFor, plural } from './terminal-text';
import { wholePoints } from '../lib/engine/format/points';

export { plain } from './plain-text';

export interface TableOptions {
  /** Actions listed by default (`--top`). */
  readonly top?: number;
  /** Every action, the checks by hand, the not-applicable controls and the differences (`--all`). */
  readonly all?: boolean;
  /** Terminal columns; 80 when stdout is not a terminal. */
  readonly width?: number;
  readonly colour?: boolean;
  /** What changed since `--baseline`: printed first, regressions leading. */
  readonly changes?: ReportChanges;
}

/** Category subtotals and the licences that would unlock points: detail for --all. */
function breakdownLines(scan: ScanResult): string[] {
  const out: string[] = [];
  for (const c of categories) {
    const p = scan.summary.byCategory[c];
    if (p.available > 0)
      out.push(
        `  ${c.padEnd(9)} ${String(p.percent).padStart(3)}%  ${wholePoints(p.achieved)}/${wholePoints(p.available)}`,
      );
  }
  for (const u of scan.summary.unlock)
    out.push(
      `  +${wholePoints(u.points)} points could be unlocked with ${u.licence} (${plural(u.controls.length, 'control')})`,
    );
  return out;
}

/** What Graph cost; in full, how many controls pass first (the brief view's counts line said so). */
function statsLine(scan: ScanResult, all: boolean): string {
  const passing = scan.controls.filter((c) => c.status === 'pass').length;
  const n = scan.controls.length;
  const st = scan.stats;
  const graph = `Graph: ${plural(st.graphRequests, 'request')} in ${plural(st.httpCalls, 'HTTP call')}, ${plural(st.roundTrips, 'round trip')}, ${st.durationMs} ms.`;
  return all ? `${passing} of ${n} ${n === 1 ? 'control passes' : 'controls pass'}. ${graph}` : graph;
}

/** What the default view left out, and how to see it. */
function moreLine(scan: ScanResult, shown: number): string | undefined {
  const actions = actionsInOrder(scan).length - shown;
  const byHand = byHandInOrder(scan).length;
  const notApplicable = notApplicableInOrder(scan).length;
  const differences = scan.microsoft?.available ? scan.microsoft.differences.length : 0;
  const left = [
    actions > 0 ? plural(actions, 'more action') : '',
    byHand ? plural(byHand, 'check by hand', 'checks by hand') : '',
    notApplicable ? `${notApplicable} not applicable` : '',
    differences ? plural(differences, 'difference with Microsoft', 'differences with Microsoft') : '',
  ].filter(Boolean);
  return left.length ? `Also ${left.join(', ')}: --all lists them, with every admin link.` : undefined;
}

/**
 * Given a baseline, what changed since (regressions first, with who changed them); then the summary, then
 * the top actions (the engine's ranking), each wrapped to the width; with `all`, every action in full and
 * everything else the scan found.
 */
export function toTable(scan: ScanResult, opts: TableOptions = {}): string {
  const width = opts.width ?? 80;
  const paint = paintFor(opts.colour ?? false);
  const all = opts.all ?? false;
  const out = opts.changes ? [...changesBlock(opts.changes, { width, paint, all }), ''] : [];
  out.push(...summaryLines(scan, { width, paint }));
  if (all) out.push('', ...fitLines(breakdownLines(scan), width));

  const actions = actionsInOrder(scan);
  const shown = all ? actions : actions.slice(0, opts.top ?? 10);
  const row = { width, paint, ...(all ? {} : { reasonLines: 2 }) };
  if (shown.length) {
    const heading =
      all || shown.length === actions.length ? 'To fix' : `Top ${shown.length} of ${actions.length} to fix`;
    out.push('', paint.bold(`${heading}, ranked:`));
    for (const c of shown) out.push(...actionLines(c, scan.scannedAt, row));
  }
  if (all) {
    const byHand = byHandInOrder(scan);
    if (byHand.length) out.push('', "To check by hand (Microsoft Graph can't read these):");
    for (const c of byHand) out.push(...byHandLines(c, row));
    const na = notApplicableInOrder(scan);
    if (na.length) out.push('', 'Not applicable (nothing to judge; no points either way):');
    for (const c of na) out.push(...notApplicableLines(c, row));
    out.push(...fitLines(differenceLines(scan), width));
  }
  out.push('');
  const more = all ? undefined : moreLine(scan, shown.length);
  // What each admin service cost is detail: the summary already said which were read.
  const services = all ? serviceStatsLines(scan) : [];
  out.push(...fitLines([...(more ? [more] : []), statsLine(scan, all), ...services], width));
  return out.join('\n') + '\n';
}
