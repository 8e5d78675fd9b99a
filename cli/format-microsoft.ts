import type { ScanResult } from '../lib/engine/scan/run-scan';
import { ageOf, borrowedOf, measuredText } from '../lib/engine/secure-score/borrowed';
import { comparisonLabel, similarOrganisations } from '../lib/engine/secure-score/comparison-label';
import { measuredDay } from '../lib/engine/secure-score/microsoft-status';
import { wholePoints } from '../lib/engine/format/points';
import { plain } from './plain-text';
import { plural } from './terminal-text';

/** Microsoft Secure Score's line beside ours, and its new-controls notice. */
export function microsoftScoreLines(scan: ScanResult): string[] {
  const m = scan.microsoft;
  if (!m) return [];
  if (!m.available) return [`Microsoft Secure Score: ${plain(m.why)}`];
  const similar = similarOrganisations(m.comparisons);
  const vs = similar ? `  ·  ${comparisonLabel(similar.basis)} average ${similar.percent}%` : '';
  const age =
    m.stale === undefined ? ageOf(m.measuredAt, scan.scannedAt) : { ageDays: m.ageDays ?? null, stale: m.stale };
  const out = [
    `Microsoft Secure Score ${m.percent}%  ·  ${wholePoints(m.currentScore)} of ${wholePoints(m.maxScore)} points  ·  ${measuredText(m.measuredAt, age)}${vs}`,
  ];
  if (m.newControls.length)
    out.push(
      `Microsoft added ${plural(m.newControls.length, 'control')} (+${plural(m.newPoints, 'point')}) since ${measuredDay(m.comparedWith ?? '')}`,
    );
  return out;
}

/**
 * "[Microsoft, measured 23 Nov 2026]" after a control decided by Microsoft; ", STALE" when that was
 * more than 7 days before the scan, ", ATTESTED" when an admin's Secure Score state decided it.
 */
export function sourceTag(c: ScanResult['controls'][number], scannedAt: string): string {
  const b = borrowedOf(c, scannedAt);
  if (!b) return '';
  return `  [Microsoft, measured ${measuredDay(b.measuredAt)}${b.stale ? ', STALE' : ''}${b.attestation ? ', ATTESTED' : ''}]`;
}

const SAYS = {
  pass: 'PASS',
  partial: 'PART',
  fail: 'FAIL',
  unknown: '???',
  notLicensed: 'N/L',
  manual: 'MAN',
  notApplicable: 'N/A',
  attested: 'ATTESTED',
} as const;

/** Where our verdicts and Microsoft's disagree, each with its likely reason. */
export function differenceLines(scan: ScanResult): string[] {
  const m = scan.microsoft;
  if (!m?.available || m.differences.length === 0) return [];
  const out = ['', 'Differences with Microsoft:'];
  for (const d of m.differences) {
    out.push(`  ours ${SAYS[d.ours]} · Microsoft ${SAYS[d.theirs]}  ${plain(d.title)}`);
    out.push(`       ${plain(d.explanation)}`);
  }
  return out;
}
