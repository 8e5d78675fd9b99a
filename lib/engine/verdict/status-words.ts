/**
 * How each status reads wherever it is shown — the dashboard's labels, the admin-page badges, the CLI
 * table — kept in one place so the three never drift apart.
 */
import type { Status } from './status';

/** The status in a sentence: "8 pts · failing". */
export const statusWord: Readonly<Record<Status, string>> = {
  pass: 'passing',
  partial: 'partly passing',
  fail: 'failing',
  unknown: "couldn't tell",
  notLicensed: 'not licensed',
  manual: 'check by hand',
  notApplicable: 'not applicable',
};

/** The status on its own, as a label: "Failing". */
export const statusLabel: Readonly<Record<Status, string>> = Object.fromEntries(
  Object.entries(statusWord).map(([s, w]) => [s, w.charAt(0).toUpperCase() + w.slice(1)]),
) as Record<Status, string>;

/** Shown beside the word, so colour is never the only signal. */
export const statusIcon: Readonly<Record<Status, string>> = {
  pass: '✓',
  partial: '◐',
  fail: '✕',
  unknown: '?',
  notLicensed: '—',
  manual: '✎',
  notApplicable: '∅',
};

/** The CLI table's tag: four characters wide, so its columns line up. */
export const statusTag: Readonly<Record<Status, string>> = {
  pass: 'PASS',
  partial: 'PART',
  fail: 'FAIL',
  unknown: '??? ',
  notLicensed: 'N/L ',
  manual: 'MAN ',
  notApplicable: 'N/A ',
};

/** The reason as shown: a not-applicable verdict always says so first. */
export function shownReason(r: { readonly status: Status; readonly reason: string }): string {
  return r.status === 'notApplicable' ? `Not applicable — ${r.reason}` : r.reason;
}
