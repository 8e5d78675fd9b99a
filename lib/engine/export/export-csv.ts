import { dispositionLabel, type AppliedDisposition, type DisposedScan } from '../history/dispositions';
import { manualCheckText } from '../verdict/manual-control';
import { borrowedOf } from '../secure-score/borrowed';
import { outOfScoreWhy } from '../score/score';
import { kindOf, reviewLabel, type ReviewResult } from '../verdict/review-spec';

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
  'source',
  'disposition',
  'measuredAt',
  'stale',
  'kind',
  'review',
  'outOfScore',
] as const;

/** A review control's standing in words; the CSV's `kind` column already says it is an attestation. */
function reviewText(r: ReviewResult): string {
  const last = r.last ? `last reviewed by ${r.last.by} on ${r.last.at.slice(0, 10)}: ${r.last.note}` : '';
  switch (r.state) {
    case 'never':
      return `${reviewLabel.never} (${r.cadence})`;
    case 'current':
      return `${reviewLabel.current} (${r.cadence}, due ${r.dueAt?.slice(0, 10) ?? ''}); ${last}`;
    case 'due':
      return `${reviewLabel.due} (${r.cadence}, since ${r.dueAt?.slice(0, 10) ?? ''}); ${last}`;
  }
}

/** "Risk accepted: <reason> (review by …) — recorded by … on …": the score column already counts it. */
function dispositionText(d: AppliedDisposition): string {
  const why = d.reason ? `: ${d.reason}` : d.note ? `: ${d.note}` : '';
  const review = d.reviewBy ? ` (review by ${d.reviewBy}${d.reviewDue ? ', due' : ''})` : '';
  return `${dispositionLabel[d.kind]}${why}${review} — recorded by ${d.recordedBy} on ${d.recordedAt.slice(0, 10)}`;
}

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a Graph string as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per control. A scan scored with dispositions (lib/engine/history/dispositions.ts) names each one.
 * `measuredAt` is when the verdict was measured: the scan for ours, Microsoft's date for a borrowed
 * one; `stale` is true or false for a borrowed verdict (over 7 days before the scan), empty for ours;
 * `outOfScore` says why a control has no score ("needs Microsoft Entra ID P2", "check by hand"); `kind` is
 * `measured`, or `attestation` for a review control, whose `review` says where the review stands.
 */
export function toCsv(scan: DisposedScan): string {
  const rows = scan.controls.map((c) => {
    const borrowed = borrowedOf(c, scan.scannedAt);
    const why = outOfScoreWhy(c);
    return [
      c.id,
      c.title,
      c.category,
      c.status,
      // Out of the score (not licensed, by hand, not applicable): an empty score, never a 0 that reads as a
      // failure; the last column says why.
      why ? '' : c.score,
      c.maxScore,
      c.refs.secureScore ?? '',
      c.refs.cis ?? '',
      c.refs.scuba ?? '',
      c.status === 'notApplicable' ? `Not applicable — ${c.reason}` : c.reason,
      c.adminUrl,
      c.manualCheck ? manualCheckText(c.manualCheck) : '',
      c.source,
      c.disposition ? dispositionText(c.disposition) : '',
      borrowed ? borrowed.measuredAt : scan.scannedAt,
      borrowed ? String(borrowed.stale) : '',
      kindOf(c),
      c.review ? reviewText(c.review) : '',
      why ?? '',
    ]
      .map(csvCell)
      .join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
