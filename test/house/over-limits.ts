/**
 * What is over the house limits today, by name. This list only shrinks: `limits.test.ts` fails when an
 * entry grows past the length recorded here, and when it is back under the limit (remove it then).
 * Lengths measured on 2026-12-05, after lib/engine was grouped and the simulator moved to simulator/.
 */

/** A file over 300 lines, or (with `fn`) a function over 80 lines, as `measureFunctions` names it. */
export interface OverLimit {
  readonly file: string;
  readonly fn?: string;
  /** The length today: the entry may shrink, never grow. */
  readonly lines: number;
  readonly why: string;
}

export const overLimits: readonly OverLimit[] = [
  // Files over 300 lines.
  { file: 'lib/engine/scan/run-scan.ts', lines: 434, why: 'five jobs and a second fail-closed path (issue 13 §4)' },
  {
    file: 'lib/graph/client.ts',
    lines: 401,
    why: 'one factory closure with the whole batch scheduler inside (issue 13 §3)',
  },

  // Functions over 80 lines.
  { file: 'lib/graph/client.ts', fn: 'createGraphClient', lines: 289, why: 'a factory closure (issue 13 §3)' },
  {
    file: 'lib/graph/client.ts',
    fn: 'createGraphClient > getAll',
    lines: 264,
    why: 'the batch scheduler as one function (issue 13 §3)',
  },
  {
    file: 'lib/graph/client.ts',
    fn: 'createGraphClient > getAll > new Promise(…)',
    lines: 250,
    why: 'the body of getAll',
  },
  {
    file: 'controls/shared/excluded-people.ts',
    fn: 'resolveExclusions',
    lines: 104,
    why: 'walks users, groups, roles and guests in one pass',
  },
  { file: 'lib/store/scan-store.ts', fn: 'createScanStore', lines: 103, why: 'a factory closure over the scans store' },
  {
    file: 'lib/annotate/badge-element.ts',
    fn: 'badgeWithCard',
    lines: 93,
    why: 'builds the badge and its card in one DOM function',
  },
  {
    file: 'lib/store/scored-state.ts',
    fn: 'createScoredState',
    lines: 93,
    why: 'a factory closure over scans and dispositions',
  },
  {
    file: 'lib/engine/secure-score/microsoft-data.ts',
    fn: 'indexMicrosoftData',
    lines: 86,
    why: 'every tampering check on Secure Score data in one pass',
  },
  {
    file: 'lib/engine/scan/run-control.ts',
    fn: 'runControl',
    lines: 84,
    why: 'every way a control can fail closed, in one place',
  },
];
