/** One row per control in the table: tag, points, title, then its reason and where to fix it. */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { borrowedOf } from '../lib/engine/secure-score/borrowed';
import { measuredDay } from '../lib/engine/secure-score/microsoft-status';
import type { ControlResult } from '../lib/engine/verdict/result';
import { shownReason, statusTag } from '../lib/engine/verdict/status-words';
import { reviewTag } from '../lib/engine/verdict/review-spec';
import { sourceTag } from './format-microsoft';
import { serviceTag, serviceWhy } from './format-service';
import { paintTag } from './format-summary';
import { plain } from './plain-text';
import { outOfScoreWhy, pointsText } from '../lib/engine/score/score';

import { clipLines, wrapIndented, type Paint } from './terminal-text';

/** The reason, link and checks sit under the title at this indent. */
const BODY = '       ';

export interface RowOptions {
  readonly width: number;
  readonly paint: Paint;
  /** Reason lines shown before "…"; the full reason when undefined. */
  readonly reasonLines?: number;
}

/**
 * "  FAIL    0/9  Title", wrapped; "—" and why when out of the score; `tag` after the title (by default
 * the admin service that decided it: "(read from Exchange Online)").
 */
export function titleLines(c: ControlResult, opts: RowOptions, tag = serviceTag(c), url?: string): string[] {
  // A not-applicable row's reason already opens with "Not applicable —".
  const why = c.status === 'notApplicable' ? undefined : outOfScoreWhy(c);
  // A review is attested, not measured: its own tag and words, never PASS or FAIL.
  const kind = c.review ? ` (${c.review.cadence} review: attested, not measured)` : '';
  const head = `  ${c.review ? reviewTag[c.review.state] : statusTag[c.status]} ${pointsText(c).padStart(6)}  `;
  const title = `${plain(c.title)}${tag}${kind}${why ? ` (${why})` : ''}`;
  const lines = wrapIndented(title, opts.width, ' '.repeat(head.length), head);
  // Where the terminal has colour the title opens the admin page (OSC 8): a link without a line of its own.
  const first = lines[0]!.slice(head.length);
  const linked = url && lines.length === 1 ? opts.paint.link(first, plain(url)) : first;
  lines[0] = `  ${paintTag(c.status, opts.paint, c.review && reviewTag[c.review.state])} ${pointsText(c).padStart(6)}  ${linked}`;
  return lines;
}

/**
 * "Microsoft, measured 2026-11-23, stale: In the Intune admin center, …": a borrowed row says whose and when,
 * then what to do in Microsoft's words, on one line (the title and the link say the rest).
 */
function borrowedText(c: ControlResult, scannedAt: string): string | undefined {
  const b = borrowedOf(c, scannedAt);
  if (!b) return undefined;
  const said = [
    `measured ${measuredDay(b.measuredAt)}`,
    ...(b.stale ? ['stale'] : []),
    ...(b.attestation ? ['attested'] : []),
  ];
  const fix = c.microsoft?.remediation && !b.attestation ? `: ${c.microsoft.remediation}` : '.';
  return `Microsoft, ${said.join(', ')}${fix}`;
}

/**
 * A failing, partial or undecided control. In full: title, reason and the admin page's URL. In brief
 * (the default view): the title, linked where the terminal can, and the reason in at most
 * `reasonLines` lines; the URLs are in --all and the JSON report.
 */
export function actionLines(c: ControlResult, scannedAt: string, opts: RowOptions): string[] {
  const reason = wrapIndented(plain(shownReason(c)), opts.width, BODY);
  if (opts.reasonLines === undefined)
    return [
      ...titleLines(c, opts, sourceTag(c, scannedAt) + serviceTag(c)),
      ...reason,
      ...notReadLines(c, opts),
      `${BODY}${plain(c.adminUrl)}`,
    ];
  const borrowed = borrowedText(c, scannedAt);
  // No source tags: the borrowed line says Microsoft's, the summary which admin services were read live.
  return [
    ...titleLines(c, opts, '', c.adminUrl),
    ...(borrowed
      ? clipLines(wrapIndented(plain(borrowed), opts.width, BODY), 1, opts.width)
      : clipLines(reason, opts.reasonLines, opts.width)),
  ];
}

/** Why a control that reads an admin service wasn't read live ("… no --exo-token given."). */
function notReadLines(c: ControlResult, opts: RowOptions): string[] {
  const why = serviceWhy(c);
  return why ? wrapIndented(plain(why), opts.width, BODY) : [];
}

/** A control to check by hand: what to look at, the read-only PowerShell, and where. */
export function byHandLines(c: ControlResult, opts: RowOptions): string[] {
  const check = c.manualCheck;
  return [
    ...titleLines(c, opts),
    ...notReadLines(c, opts),
    ...(check?.what ?? []).flatMap((w) => wrapIndented(plain(w), opts.width, `${BODY}  `, `${BODY}- `)),
    // Whole, like a URL: a command wrapped over two lines would paste as two commands.
    ...(check?.command ? [`${BODY}PowerShell: ${plain(check.command)}`] : []),
    `${BODY}${plain(c.adminUrl)}`,
  ];
}

/** A control with nothing to judge: its title and why. */
export function notApplicableLines(c: ControlResult, opts: RowOptions): string[] {
  return [...titleLines(c, opts), ...wrapIndented(plain(shownReason(c)), opts.width, BODY)];
}

/** Controls to check by hand, most points first. */
export const byHandInOrder = (scan: ScanResult): ControlResult[] =>
  scan.controls
    .filter((c) => c.status === 'manual' && c.manualCheck)
    .sort((a, b) => b.maxScore - a.maxScore || a.id.localeCompare(b.id));

/** Not-applicable controls, most points first. */
export const notApplicableInOrder = (scan: ScanResult): ControlResult[] =>
  scan.controls
    .filter((c) => c.status === 'notApplicable')
    .sort((a, b) => b.maxScore - a.maxScore || a.id.localeCompare(b.id));
