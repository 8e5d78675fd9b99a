import type { ScanResult } from '../lib/engine/run-scan';
import { categories } from '../lib/engine/status';

const LABEL = {
  pass: 'PASS',
  partial: 'PART',
  fail: 'FAIL',
  unknown: '??? ',
  notLicensed: 'N/L ',
  manual: 'MAN ',
} as const;

/** Strip terminal control sequences: Graph strings are attacker-controlled and must not drive the terminal. */
export function plain(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}

/** The score line, category subtotals, then what to fix, most points first. */
export function toTable(scan: ScanResult): string {
  const out: string[] = [];
  const s = scan.score;
  out.push(`Posture Lens — ${plain(scan.tenant.displayName)} (${plain(scan.tenant.id)}, ${plain(scan.tenant.cloud)})`);
  out.push(
    `Score ${s.percent}%  ·  ${s.achieved} of ${s.available} points given your licences  ·  scanned ${scan.scannedAt}`,
  );
  if (scan.failure) out.push(`! ${scan.failure.message}`);
  out.push('');
  for (const c of categories) {
    const p = scan.summary.byCategory[c];
    if (p.available > 0) out.push(`  ${c.padEnd(9)} ${String(p.percent).padStart(3)}%  ${p.achieved}/${p.available}`);
  }
  for (const u of scan.summary.unlock)
    out.push(`  +${u.points} points could be unlocked with ${u.licence} (${u.controls.length} controls)`);
  const cov = scan.summary.coverage;
  out.push(
    `  ${cov.decided} decided · ${cov.unknown} couldn't be decided · ${cov.notLicensed} not licensed · ${cov.manual} manual`,
  );

  const todo = scan.controls
    .filter((c) => c.status === 'fail' || c.status === 'partial' || c.status === 'unknown')
    .sort((a, b) => b.maxScore - b.score - (a.maxScore - a.score) || a.id.localeCompare(b.id));
  if (todo.length) {
    out.push('', 'To fix, most points first:');
    for (const c of todo) {
      out.push(`  ${LABEL[c.status]} ${String(`${c.score}/${c.maxScore}`).padStart(7)}  ${c.title}`);
      out.push(`       ${plain(c.reason)}`);
      out.push(`       ${c.adminUrl}`);
    }
  }
  const passing = scan.controls.filter((c) => c.status === 'pass').length;
  out.push(
    '',
    `${passing} of ${scan.controls.length} controls pass. Graph: ${scan.stats.graphRequests} requests in ${scan.stats.httpCalls} HTTP calls, ${scan.stats.roundTrips} round trips, ${scan.stats.durationMs} ms.`,
  );
  return out.join('\n') + '\n';
}
