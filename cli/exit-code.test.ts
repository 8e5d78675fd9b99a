import { describe, expect, test } from 'vitest';
import type { ReportChanges } from './changes';
import { exitOutcome } from './exit-code';

const changes = (regressed: string[]): ReportChanges => ({
  since: '2026-02-28T10:00:00.000Z',
  score: { before: { percent: 60, achieved: 18 }, after: { percent: 50, achieved: 15 }, points: -3 },
  auditLog: { status: 'notRead' },
  regressions: regressed.length,
  improvements: 1,
  controls: [
    ...regressed.map((id) => ({
      controlId: id,
      title: id,
      kind: 'regression' as const,
      before: { status: 'pass' as const, score: 3 },
      after: { status: 'fail' as const, score: 0 },
      points: -3,
      auditEvents: null,
    })),
    {
      controlId: 'better',
      title: 'better',
      kind: 'improvement',
      before: { status: 'fail', score: 0 },
      after: { status: 'pass', score: 3 },
      points: 3,
      auditEvents: null,
    },
  ],
});
const scored = (percent: number) => ({ score: { percent, achieved: 0, available: 0 } });
const gates = { failUnder: undefined, failOnRegression: false };

describe('exitOutcome', () => {
  test('0 when no gate is asked for, or none fails; improvements never fail', () => {
    expect(exitOutcome(scored(50), gates, changes(['mfa']))).toEqual({ code: 0, messages: [] });
    expect(exitOutcome(scored(50), { ...gates, failOnRegression: true }, changes([]))).toEqual({
      code: 0,
      messages: [],
    });
  });

  test('4 when a control regressed and --fail-on-regression asks, naming the controls', () => {
    expect(exitOutcome(scored(50), { ...gates, failOnRegression: true }, changes(['mfa']))).toEqual({
      code: 4,
      messages: ['1 control regressed since 28 Feb 2026, 10:00 UTC (--fail-on-regression): mfa.'],
    });
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(exitOutcome(scored(50), { ...gates, failOnRegression: true }, changes(many)).messages).toEqual([
      '7 controls regressed since 28 Feb 2026, 10:00 UTC (--fail-on-regression): a, b, c, d, e and 2 more.',
    ]);
  });

  test('1 below --fail-under alone; both failing: 4, with both sentences', () => {
    expect(exitOutcome(scored(50), { ...gates, failUnder: 60 }, changes([]))).toEqual({
      code: 1,
      messages: ['Score 50% is below --fail-under 60.'],
    });
    expect(exitOutcome(scored(50), { failUnder: 60, failOnRegression: true }, changes(['mfa']))).toEqual({
      code: 4,
      messages: [
        '1 control regressed since 28 Feb 2026, 10:00 UTC (--fail-on-regression): mfa.',
        'Score 50% is below --fail-under 60.',
      ],
    });
    expect(exitOutcome(scored(60), { failUnder: 60, failOnRegression: true }, changes(['mfa'])).code).toBe(4);
  });

  test('3 when the scan failed, whatever the gates say: its score and changes are not to be trusted', () => {
    const failed = {
      ...scored(90),
      failure: { kind: 'unidentified' as const, message: 'The tenant could not be identified.' },
    };
    expect(exitOutcome(failed, { failUnder: 10, failOnRegression: true }, changes(['mfa']))).toEqual({
      code: 3,
      messages: ['The tenant could not be identified.'],
    });
  });
});
