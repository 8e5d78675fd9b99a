import type { ScanResult } from '../lib/engine/scan/run-scan';
import { outOfScore, outOfScoreWhy } from '../lib/engine/score/score';
import { BORROWED_FROM, borrowedOf, staleText } from '../lib/engine/secure-score/borrowed';
import type { ReportChanges } from './changes';
import { changeSentence } from './format-changes';

/**
 * Everything outside XML 1.0's Char production (§2.2): C0 controls but tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF. Escaping can't carry them (`&#1;` is as illegal as the character), so they go.
 * https://www.w3.org/TR/xml/#charsets
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xml = (s: string): string =>
  s
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Given a baseline, each changed control's sentence (kind, statuses, points, who), by control id. */
function changeNotes(changes: ReportChanges | undefined): ReadonlyMap<string, string> {
  if (!changes) return new Map();
  return new Map(changes.controls.map((c) => [c.controlId, changeSentence(c, changes.since)]));
}

/**
 * Each control is a test case, so CI systems can gate on posture: fail fails, unknown is an error, the
 * rest (not licensed, manual, not applicable) skip with the reason. Given a baseline, a changed control
 * says so in its `system-out`; names and outcomes stay, so a CI's test history keeps following them.
 */
export function toJunit(scan: ScanResult, changes?: ReportChanges): string {
  const notes = changeNotes(changes);
  const failures = scan.controls.filter((c) => c.status === 'fail' || c.status === 'partial').length;
  const errors = scan.controls.filter((c) => c.status === 'unknown').length;
  const skipped = scan.controls.filter((c) => outOfScore(c.status)).length;
  const cases = scan.controls.map((c) => {
    const name = `${c.id}: ${c.title}`;
    const head = `    <testcase classname="posture-lens.${xml(c.category)}" name="${xml(name)}">`;
    const borrowed = borrowedLine(c, scan.scannedAt);
    const detail = `${c.reason}\nScore ${c.score}/${c.maxScore}. Fix: ${c.adminUrl}${borrowed ? `\n${borrowed}` : ''}`;
    // A borrowed verdict says whose it is in every case, passing ones included; so does a change.
    const said = [notes.get(c.id), borrowed].filter((l) => l !== undefined).join('\n');
    const out = said ? `\n      <system-out>${xml(said)}</system-out>` : '';
    switch (c.status) {
      case 'pass':
        return out ? `${head}${out}\n    </testcase>` : `${head}</testcase>`;
      case 'fail':
      case 'partial':
        return `${head}\n      <failure message="${xml(c.reason)}" type="${c.status}">${xml(detail)}</failure>${out}\n    </testcase>`;
      case 'unknown':
        return `${head}\n      <error message="${xml(c.reason)}" type="unknown">${xml(detail)}</error>${out}\n    </testcase>`;
      case 'notLicensed':
      case 'manual':
        return `${head}\n      <skipped message="${xml(skipMessage(c))}"/>${out}\n    </testcase>`;
      case 'notApplicable':
        return `${head}\n      <skipped message="${xml(`Not applicable — ${c.reason}`)}"/>${out}\n    </testcase>`;
    }
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Posture Lens" tests="${scan.controls.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    `  <testsuite name="${xml(`${scan.tenant.displayName} (${scan.tenant.id})`)}" tests="${scan.controls.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" timestamp="${xml(scan.scannedAt)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** "Verdict by Microsoft Secure Score, measured 2026-11-23 (STALE: …)" for a control Microsoft decided. */
function borrowedLine(c: ScanResult['controls'][number], scannedAt: string): string | undefined {
  const b = borrowedOf(c, scannedAt);
  if (!b) return undefined;
  const stale = b.stale ? ` (STALE — ${staleText(b)})` : '';
  return `Verdict by ${BORROWED_FROM}, measured ${b.measuredAt}${stale}.${b.attestation ? ` ${b.attestation}` : ''}`;
}

/** "Check by hand — <reason>": why the control is out of the score first, unless the reason says it already. */
function skipMessage(c: ScanResult['controls'][number]): string {
  const why = outOfScoreWhy(c);
  if (!why || c.reason.toLowerCase().startsWith(why.toLowerCase())) return c.reason;
  return `${why.charAt(0).toUpperCase()}${why.slice(1)} — ${c.reason}`;
}
