import { manualCheckText } from './manual-control';
import type { ScanResult } from './run-scan';

const COLUMNS = [
  'id',
  'title',
  'category',
  'status',
  'score',
  'maxScore',
  'secureScore',
  'cis',
  'scuba',
  'reason',
  'adminUrl',
  'manualCheck',
] as const;

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a Graph string as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(scan: ScanResult): string {
  const rows = scan.controls.map((c) =>
    [
      c.id,
      c.title,
      c.category,
      c.status,
      c.score,
      c.maxScore,
      c.refs.secureScore ?? '',
      c.refs.cis ?? '',
      c.refs.scuba ?? '',
      c.reason,
      c.adminUrl,
      c.manualCheck ? manualCheckText(c.manualCheck) : '',
    ]
      .map(csvCell)
      .join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
