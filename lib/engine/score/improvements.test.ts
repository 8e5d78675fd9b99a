import { describe, expect, test } from 'vitest';
import { topImprovements } from './improvements';
import type { ControlResult } from '../verdict/result';
import type { Level, Status } from '../verdict/status';

function result(id: string, status: Status, score: number, maxScore: number, userImpact: Level = 'low'): ControlResult {
  return {
    id,
    title: `Control ${id}`,
    category: 'identity',
    status,
    score,
    maxScore,
    userImpact,
    refs: { learn: 'https://learn.microsoft.com/' },
    reason: `Reason for ${id}.`,
    evidence: [],
    sources: [],
    permissions: [],
    adminUrl: `https://entra.microsoft.com/#${id}`,
    source: 'posture-lens',
  };
}

describe('topImprovements', () => {
  test('lists failing and partial controls with the points still to gain, reason and fix link', () => {
    expect(topImprovements([result('mfa', 'partial', 6.25, 9, 'moderate')])).toEqual([
      {
        id: 'mfa',
        title: 'Control mfa',
        gain: 2.75,
        reason: 'Reason for mfa.',
        adminUrl: 'https://entra.microsoft.com/#mfa',
        userImpact: 'moderate',
      },
    ]);
  });

  test('leaves out passing, unknown, not licensed and manual controls', () => {
    const ids = topImprovements([
      result('pass', 'pass', 10, 10),
      result('unknown', 'unknown', 0, 10),
      result('licence', 'notLicensed', 0, 10),
      result('manual', 'manual', 0, 10),
      result('fail', 'fail', 0, 1),
    ]).map((i) => i.id);
    expect(ids).toEqual(['fail']);
  });

  test('leaves out a control with no points left to gain', () => {
    expect(topImprovements([result('zero', 'fail', 0, 0)])).toEqual([]);
  });

  test('puts the most points per unit of user impact first', () => {
    const ids = topImprovements([
      result('easy-small', 'fail', 0, 2, 'low'), // 2 / 1
      result('hard-big', 'fail', 0, 10, 'high'), // 10 / 2.5 = 4
      result('medium', 'fail', 0, 9, 'moderate'), // 9 / 1.5 = 6
      result('easy-big', 'fail', 0, 8, 'low'), // 8 / 1
    ]).map((i) => i.id);
    expect(ids).toEqual(['easy-big', 'medium', 'hard-big', 'easy-small']);
  });

  test('a disruptive fix ranks below an equally valuable painless one', () => {
    const ids = topImprovements([result('painful', 'fail', 0, 5, 'high'), result('painless', 'fail', 0, 5, 'low')]).map(
      (i) => i.id,
    );
    expect(ids).toEqual(['painless', 'painful']);
  });

  test('ties are broken by id, so the order is stable', () => {
    const ids = topImprovements([result('b', 'fail', 0, 3), result('a', 'fail', 0, 3)]).map((i) => i.id);
    expect(ids).toEqual(['a', 'b']);
  });

  test('returns five by default, or the limit asked for', () => {
    const many = Array.from({ length: 8 }, (_, i) => result(`c${i}`, 'fail', 0, i + 1));
    expect(topImprovements(many)).toHaveLength(5);
    expect(topImprovements(many, 2).map((i) => i.id)).toEqual(['c7', 'c6']);
    expect(topImprovements(many, 0)).toEqual([]);
  });
});
