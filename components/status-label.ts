import type { Status } from '../lib/engine/status';

export const statusLabel: Record<Status, string> = {
  pass: 'Passing',
  partial: 'Partly passing',
  fail: 'Failing',
  unknown: "Couldn't tell",
  notLicensed: 'Not licensed',
  manual: 'Check by hand',
};

export const statusIcon: Record<Status, string> = {
  pass: '✓',
  partial: '◐',
  fail: '✕',
  unknown: '?',
  notLicensed: '—',
  manual: '✎',
};
