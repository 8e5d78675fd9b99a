/** How a printed report ends: the exit code a CI gate reads, and a sentence on stderr for each gate it failed. */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { ReportChanges } from './changes';
import { shortTime } from './format-summary';
import { plain } from './plain-text';
import type { ScanArgs } from './scan-args';

export interface ExitOutcome {
  /** 0 scanned, 1 below --fail-under, 3 the scan failed, 4 a control regressed (--fail-on-regression). */
  readonly code: 0 | 1 | 3 | 4;
  /** One line each: why the scan failed, or which gates failed. */
  readonly messages: readonly string[];
}

/** Regressed control ids named in the message before "and N more". */
const NAMED = 5;

function regressionMessage(changes: ReportChanges): string {
  const ids = changes.controls.filter((c) => c.kind === 'regression').map((c) => plain(c.controlId));
  const named = ids.slice(0, NAMED).join(', ') + (ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '');
  const what = ids.length === 1 ? '1 control regressed' : `${ids.length} controls regressed`;
  return `${what} since ${shortTime(changes.since)} (--fail-on-regression): ${named}.`;
}

/**
 * A failed scan (3) outranks every gate: its score can't be trusted either way. Then a regression (4)
 * before a low score (1): a regression is an event someone should hear of now, and often what took the
 * score below the bar; both sentences are printed when both gates fail.
 */
export function exitOutcome(
  scan: Pick<ScanResult, 'failure' | 'score'>,
  args: Pick<ScanArgs, 'failUnder' | 'failOnRegression'>,
  changes: ReportChanges | undefined,
): ExitOutcome {
  if (scan.failure) return { code: 3, messages: [plain(scan.failure.message)] };
  const regressed = args.failOnRegression && changes !== undefined && changes.regressions > 0;
  const below = args.failUnder !== undefined && scan.score.percent < args.failUnder;
  const messages = [
    ...(regressed ? [regressionMessage(changes)] : []),
    ...(below ? [`Score ${scan.score.percent}% is below --fail-under ${args.failUnder}.`] : []),
  ];
  return { code: regressed ? 4 : below ? 1 : 0, messages };
}
