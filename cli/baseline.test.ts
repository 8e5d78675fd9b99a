import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBaselineTenant, parseBaseline, readBaselineFile, type Baseline } from './baseline';
import { UsageError } from './scan-args';

const NOW = Date.parse('2026-03-01T10:00:00Z');

const report = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    tool: { name: 'posture-lens', version: '0.1.0', catalogVersion: 'x' },
    tenant: { id: 'tenant-1', displayName: 'Contoso', cloud: 'global' },
    scannedAt: '2026-02-20T09:30:00Z',
    score: { percent: 40, achieved: 4, available: 10 },
    controls: [{ id: 'mfa', title: 'MFA', status: 'fail', score: 0 }],
    ...over,
  });

/** The sentence `--baseline FILE` exits 2 with, for this file content. */
function refusal(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'posture-lens-baseline-'));
  const file = join(dir, 'last.json');
  writeFileSync(file, text);
  try {
    readBaselineFile(file, NOW);
  } catch (err) {
    if (err instanceof UsageError) return err.message.replace(file, 'FILE');
    throw err;
  }
  throw new Error('expected the baseline to be refused');
}

describe('parseBaseline', () => {
  test("reads the date, tenant, score and each control's status and points of a --format json report", () => {
    expect(parseBaseline(report(), NOW)).toEqual({
      scannedAt: '2026-02-20T09:30:00Z',
      tenantId: 'tenant-1',
      percent: 40,
      achieved: 4,
      controls: [{ id: 'mfa', title: 'MFA', status: 'fail', score: 0 }],
    });
  });

  test('an older report without tool, microsoft, declarations or row titles still compares', () => {
    const old = JSON.parse(report({ controls: [{ id: 'mfa', status: 'pass', score: 10 }] })) as Record<string, unknown>;
    delete old.tool;
    const b = parseBaseline(JSON.stringify(old), NOW) as Baseline;
    expect(b.controls).toEqual([{ id: 'mfa', title: 'mfa', status: 'pass', score: 10 }]);
  });

  test('rows with an unknown status or no score are left out, so they read as new rather than compared', () => {
    const rows = [
      { id: 'green', status: 'green', score: 1 },
      { id: 'unscored', status: 'pass' },
      { id: 'ok', status: 'partial', score: 2.5 },
    ];
    expect((parseBaseline(report({ controls: rows }), NOW) as Baseline).controls.map((c) => c.id)).toEqual(['ok']);
  });
});

describe('readBaselineFile: a file that cannot be a baseline is a usage error naming it and the problem', () => {
  test.each([
    ['CSV', 'id,title\n', '--baseline FILE: not JSON; pass a report written by --format json.'],
    [
      'JSON of something else',
      '{"controls": []}',
      '--baseline FILE: not a Posture Lens JSON report (no scannedAt, score or controls).',
    ],
    [
      "another tool's report",
      report({ tool: { name: 'maester' } }),
      '--baseline FILE: not a Posture Lens JSON report (written by "maester").',
    ],
    [
      'a date that is none',
      report({ scannedAt: 'yesterday' }),
      "--baseline FILE: scannedAt 'yesterday' is not a date.",
    ],
    [
      'a scan later than now',
      report({ scannedAt: '2026-03-02T00:00:00Z' }),
      '--baseline FILE: scannedAt 2026-03-02T00:00:00Z is later than now; pass the report of an earlier scan.',
    ],
    [
      "nobody's tenant",
      report({ tenant: { id: '', displayName: 'Unidentified tenant' } }),
      "--baseline FILE: names no tenant (its scan couldn't identify it), so it can't be compared with this one.",
    ],
    ['no score', report({ score: { available: 3 } }), '--baseline FILE: score.percent or score.achieved is missing.'],
  ])('%s', (_, text, sentence) => {
    expect(refusal(text)).toBe(sentence);
  });

  test('a missing file or a folder cannot be read; a good file reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-baseline-'));
    expect(() => readBaselineFile(join(dir, 'nope.json'), NOW)).toThrow(
      new UsageError(`--baseline ${join(dir, 'nope.json')}: cannot read it (ENOENT).`),
    );
    expect(() => readBaselineFile(dir, NOW)).toThrow(new UsageError(`--baseline ${dir}: cannot read it (EISDIR).`));
    writeFileSync(join(dir, 'last.json'), report());
    expect(readBaselineFile(join(dir, 'last.json'), NOW).tenantId).toBe('tenant-1');
  });
});

describe('checkBaselineTenant', () => {
  const baseline = parseBaseline(report(), NOW) as Baseline;

  test("another tenant's report is a usage error naming both tenants", () => {
    expect(() =>
      checkBaselineTenant('last.json', baseline, { tenant: { id: 'tenant-2', displayName: 'F', cloud: 'global' } }),
    ).toThrow(
      new UsageError(
        '--baseline last.json: a report of tenant tenant-1, not of the scanned tenant tenant-2; pass a report of the same tenant.',
      ),
    );
  });

  test('the same tenant passes; an unidentified scan is left to fail on its own', () => {
    expect(() =>
      checkBaselineTenant('last.json', baseline, { tenant: { id: 'tenant-1', displayName: 'C', cloud: 'global' } }),
    ).not.toThrow();
    expect(() =>
      checkBaselineTenant('last.json', baseline, { tenant: { id: '', displayName: 'U', cloud: 'global' } }),
    ).not.toThrow();
  });
});
