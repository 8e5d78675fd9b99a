/** The table's opening: whose tenant, the score, Microsoft's, the declarations and the counts by status. */
import { declarationsSentence } from '../lib/engine/scan/declarations-summary';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { Status } from '../lib/engine/verdict/status';
import { statusTag } from '../lib/engine/verdict/status-words';
import { reviewLabel } from '../lib/engine/verdict/review-spec';
import { microsoftScoreLines } from './format-microsoft';
import { servicesReadLine } from './format-service';
import { plain } from './plain-text';
import { wrapIndented, type Paint } from './terminal-text';
import { shownDate, UTC_TEXT } from '../lib/engine/format/dates';
import { wholePoints } from '../lib/engine/format/points';

/** "5 Dec 2026, 05:26 UTC": the product's date style, in UTC so a log reads the same anywhere. */
export function shortTime(iso: string): string {
  return plain(shownDate(iso, UTC_TEXT));
}

/** Each line wrapped to `width`, continuing at its own indent. */
export function fitLines(lines: readonly string[], width: number): string[] {
  return lines.flatMap((l) => {
    if (l.length <= width) return [l];
    const indent = /^ */.exec(l)![0];
    return wrapIndented(l.slice(indent.length), width, indent);
  });
}

/** Each status as the counts line says it, shortest first-glance words (statusWord is for sentences). */
const COUNTED: Readonly<Record<Status, string>> = {
  pass: 'pass',
  partial: 'partial',
  fail: 'fail',
  unknown: "couldn't tell",
  notLicensed: 'not licensed',
  manual: 'by hand',
  notApplicable: 'not applicable',
};

/** "71 pass · 5 partial · 75 fail · …", leaving out the statuses no control has; wrapped between counts. */
export function countsLines(scan: Pick<ScanResult, 'controls'>, width: number): string[] {
  // Reviews are attested, not measured: counted by where the review stands, never as pass or fail.
  const measured = scan.controls.filter((c) => !c.review);
  const counts = [
    ...(Object.keys(COUNTED) as Status[]).map(
      (s) => [COUNTED[s], measured.filter((c) => c.status === s).length] as const,
    ),
    ...(['never', 'current', 'due'] as const).map(
      (s) => [reviewLabel[s].toLowerCase(), scan.controls.filter((c) => c.review?.state === s).length] as const,
    ),
  ]
    .filter(([, n]) => n > 0)
    .map(([word, n]) => `${n} ${word}`);
  const lines: string[] = [];
  for (const c of counts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + c.length <= width) lines[lines.length - 1] = `${last} · ${c}`;
    else lines.push(c);
  }
  return lines;
}

/** The status tag (or `text` in its place), coloured by how it reads: red failing, yellow partial or undecided, green passing. */
export function paintTag(s: Status, paint: Paint, text?: string): string {
  const tag = text ?? statusTag[s];
  if (s === 'fail') return paint.bad(tag);
  if (s === 'partial' || s === 'unknown') return paint.warn(tag);
  if (s === 'pass') return paint.good(tag);
  return tag;
}

/** Tenant, score, Microsoft's score, declarations and counts by status. */
export function summaryLines(scan: ScanResult, opts: { width: number; paint: Paint }): string[] {
  const s = scan.score;
  const id = scan.tenant.id ? plain(scan.tenant.id) : 'no tenant id';
  const services = servicesReadLine(scan, opts.width);
  const out = fitLines(
    [
      `Posture Lens — ${plain(scan.tenant.displayName)} (${id}, ${plain(scan.tenant.cloud)})`,
      // The date beside the score it dates: '· scanned 14 Dec 2026, 07:14 UTC' at the end ran past 80 columns.
      `Score ${s.percent}% on ${shortTime(scan.scannedAt)} · ${wholePoints(s.achieved)} of ${wholePoints(s.available)} points given your licences`,
      ...(scan.failure ? [`! ${plain(scan.failure.message)}`] : []),
      ...microsoftScoreLines(scan),
      // Which exclusions were accepted depends on these: say it before any verdict.
      plain(declarationsSentence(scan.declarations)),
      // Likewise whether a mail, Purview or Teams verdict is live or a check by hand.
      ...(services ? [services] : []),
    ],
    opts.width,
  );
  out.push(...countsLines(scan, opts.width));
  const score = `Score ${s.percent}%`;
  const at = out.findIndex((l) => l.startsWith(score));
  if (at >= 0) out[at] = opts.paint.bold(score) + out[at]!.slice(score.length);
  return out;
}
