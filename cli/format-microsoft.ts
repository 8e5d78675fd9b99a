import type { ScanResult } from '../lib/engine/run-scan';
import { comparisonLabel, similarOrganisations } from '../lib/engine/secure-score/comparison-label';
import { dayOf } from '../lib/engine/secure-score/microsoft-status';
import { plain } from './plain-text';

/** Microsoft Secure Score's line beside ours, and its new-controls notice. */
export function microsoftScoreLines(scan: ScanResult): string[] {
  const m = scan.microsoft;
  if (!m) return [];
  if (!m.available) return [`Microsoft Secure Score: ${plain(m.why)}`];
  const similar = similarOrganisations(m.comparisons);
  const vs = similar ? `  ·  ${comparisonLabel(similar.basis)} average ${similar.percent}%` : '';
  const out = [
    `Microsoft Secure Score ${m.percent}%  ·  ${m.currentScore} of ${m.maxScore} points  ·  measured ${dayOf(m.measuredAt)}${vs}`,
  ];
  if (m.newControls.length)
    out.push(
      `Microsoft added ${m.newControls.length} controls (+${m.newPoints} points) since ${dayOf(m.comparedWith ?? '')}`,
    );
  return out;
}

/** "[Microsoft, measured 2026-11-23]" after a control decided by Microsoft. */
export function sourceTag(c: ScanResult['controls'][number]): string {
  return c.source === 'microsoft' && c.microsoft ? `  [Microsoft, measured ${dayOf(c.microsoft.measuredAt)}]` : '';
}

const SAYS = {
  pass: 'PASS',
  partial: 'PART',
  fail: 'FAIL',
  unknown: '???',
  notLicensed: 'N/L',
  manual: 'MAN',
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
