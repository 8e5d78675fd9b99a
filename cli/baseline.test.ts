import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { parseBaseline, statusChanges, type Baseline } from './baseline';

const report = (controls: unknown[]) =>
  JSON.stringify({
    scannedAt: '2026-02-20T09:30:00Z',
    tenant: { id: 'tenant-1' },
    score: { percent: 40, achieved: 4 },
    controls,
  });

describe('parseBaseline', () => {
  test('reads the score and each control status of a --format json report', () => {
    const b = parseBaseline(report([{ id: 'mfa', status: 'fail', title: 'MFA' }])) as Baseline;
    expect(b.percent).toBe(40);
    expect(b.tenantId).toBe('tenant-1');
    expect([...b.statuses]).toEqual([['mfa', 'fail']]);
  });

  test('anything else is refused with a sentence saying what is wrong', () => {
    expect(parseBaseline('id,title\n')).toBe('not JSON; pass a report written by --format json.');
    expect(parseBaseline('{"controls": []}')).toBe('not a Posture Lens JSON report (no scannedAt, score or controls).');
    expect(parseBaseline(JSON.stringify({ scannedAt: 'x', score: {}, controls: [] }))).toBe(
      'score.percent or score.achieved is missing.',
    );
  });

  test('rows with an unknown status are ignored, never compared', () => {
    const b = parseBaseline(report([{ id: 'mfa', status: 'green' }])) as Baseline;
    expect(b.statuses.size).toBe(0);
  });
});

describe('statusChanges', () => {
  test('names controls in both reports whose status changed; new and unchanged ones are not changes', () => {
    const b = parseBaseline(
      report([
        { id: 'mfa', status: 'fail' },
        { id: 'same', status: 'pass' },
      ]),
    ) as Baseline;
    const scan = scanWith([
      controlResult({ id: 'mfa', status: 'pass', score: 10 }),
      controlResult({ id: 'same', status: 'pass', score: 10 }),
      controlResult({ id: 'new', status: 'fail' }),
    ]);
    expect(statusChanges(b, scan)).toEqual([{ id: 'mfa', title: 'Control mfa', from: 'fail', to: 'pass' }]);
  });
});
