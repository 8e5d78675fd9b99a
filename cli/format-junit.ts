import type { ScanResult } from '../lib/engine/run-scan';
import { BORROWED_FROM, borrowedOf, staleText } from '../lib/engine/secure-score/borrowed';

const xml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 cannot carry most control characters, even escaped.

    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** Each control is a test case, so CI systems can gate on posture: fail fails, unknown is an error, the rest skip. */
export function toJunit(scan: ScanResult): string {
  const failures = scan.controls.filter((c) => c.status === 'fail' || c.status === 'partial').length;
  const errors = scan.controls.filter((c) => c.status === 'unknown').length;
  const skipped = scan.controls.filter((c) => c.status === 'notLicensed' || c.status === 'manual').length;
  const cases = scan.controls.map((c) => {
    const name = `${c.id}: ${c.title}`;
    const head = `    <testcase classname="posture-lens.${xml(c.category)}" name="${xml(name)}">`;
    const borrowed = borrowedLine(c, scan.scannedAt);
    const detail = `${c.reason}\nScore ${c.score}/${c.maxScore}. Fix: ${c.adminUrl}${borrowed ? `\n${borrowed}` : ''}`;
    // A borrowed verdict says whose it is in every case, passing ones included.
    const out = borrowed ? `\n      <system-out>${xml(borrowed)}</system-out>` : '';
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
        return `${head}\n      <skipped message="${xml(c.reason)}"/>${out}\n    </testcase>`;
    }
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Posture Lens" tests="${scan.controls.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    `  <testsuite name="${xml(`${scan.tenant.displayName} (${scan.tenant.id})`)}" tests="${scan.controls.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" timestamp="${scan.scannedAt}">`,
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
