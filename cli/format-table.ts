import { declarationsSentence } from '../lib/engine/scan/declarations-summary';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { categories } from '../lib/engine/verdict/status';
import { shownReason, statusTag } from '../lib/engine/verdict/status-words';
import { differenceLines, microsoftScoreLines, sourceTag } from './format-microsoft';
import { plain } from './plain-text';

export { plain } from './plain-text';

/** The score line, category subtotals, then what to fix, most points first. */
export function toTable(scan: ScanResult): string {
  const out: string[] = [];
  const s = scan.score;
  const id = scan.tenant.id ? plain(scan.tenant.id) : 'no tenant id';
  out.push(`Posture Lens — ${plain(scan.tenant.displayName)} (${id}, ${plain(scan.tenant.cloud)})`);
  out.push(
    `Score ${s.percent}%  ·  ${s.achieved} of ${s.available} points given your licences  ·  scanned ${scan.scannedAt}`,
  );
  if (scan.failure) out.push(`! ${scan.failure.message}`);
  out.push(...microsoftScoreLines(scan));
  // Which exclusions were accepted depends on these: say it before any verdict.
  out.push(plain(declarationsSentence(scan.declarations)));
  out.push('');
  for (const c of categories) {
    const p = scan.summary.byCategory[c];
    if (p.available > 0) out.push(`  ${c.padEnd(9)} ${String(p.percent).padStart(3)}%  ${p.achieved}/${p.available}`);
  }
  for (const u of scan.summary.unlock)
    out.push(
      `  +${u.points} points could be unlocked with ${u.licence} (${u.controls.length === 1 ? '1 control' : `${u.controls.length} controls`})`,
    );
  const cov = scan.summary.coverage;
  out.push(
    `  ${cov.decided} decided · ${cov.unknown} couldn't be decided · ${cov.notApplicable} not applicable · ${cov.notLicensed} not licensed · ${cov.manual} manual`,
  );

  const todo = scan.controls
    .filter((c) => c.status === 'fail' || c.status === 'partial' || c.status === 'unknown')
    .sort((a, b) => b.maxScore - b.score - (a.maxScore - a.score) || a.id.localeCompare(b.id));
  if (todo.length) {
    out.push('', 'To fix, most points first:');
    for (const c of todo) {
      out.push(
        `  ${statusTag[c.status]} ${String(`${c.score}/${c.maxScore}`).padStart(7)}  ${plain(c.title)}${sourceTag(c, scan.scannedAt)}`,
      );
      out.push(`       ${plain(c.reason)}`);
      out.push(`       ${c.adminUrl}`);
    }
  }
  const byHand = scan.controls
    .filter((c) => c.status === 'manual' && c.manualCheck)
    .sort((a, b) => b.maxScore - a.maxScore || a.id.localeCompare(b.id));
  if (byHand.length) {
    out.push('', "To check by hand (Microsoft Graph can't read these):");
    for (const c of byHand) {
      const check = c.manualCheck!;
      out.push(`  ${statusTag.manual} ${String(`-/${c.maxScore}`).padStart(7)}  ${plain(c.title)}`);
      for (const w of check.what) out.push(`       - ${plain(w)}`);
      if (check.command) out.push(`       PowerShell: ${plain(check.command)}`);
      out.push(`       ${c.adminUrl}`);
    }
  }
  const notApplicable = scan.controls
    .filter((c) => c.status === 'notApplicable')
    .sort((a, b) => b.maxScore - a.maxScore || a.id.localeCompare(b.id));
  if (notApplicable.length) {
    out.push('', 'Not applicable (nothing to judge; no points either way):');
    for (const c of notApplicable) {
      // '—' as the dashboard and the printed report show it: a '-/7' still reads as points at stake.
      out.push(`  ${statusTag.notApplicable} ${'—'.padStart(7)}  ${plain(c.title)}`);
      out.push(`       ${plain(shownReason(c))}`);
    }
  }
  out.push(...differenceLines(scan));
  const passing = scan.controls.filter((c) => c.status === 'pass').length;
  out.push(
    '',
    `${passing} of ${scan.controls.length} controls pass. Graph: ${scan.stats.graphRequests} requests in ${scan.stats.httpCalls} HTTP calls, ${scan.stats.roundTrips} round trips, ${scan.stats.durationMs} ms.`,
  );
  return out.join('\n') + '\n';
}
