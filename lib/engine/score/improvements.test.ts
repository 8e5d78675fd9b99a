import { describe, expect, test } from 'vitest';
import { compareImprovements, rankedImprovements, topImprovements, type Improvement } from './improvements';
import { controlResult } from '../../../test/fixtures/scan-result';
import type { ControlResult } from '../verdict/result';
import type { Level, Status } from '../verdict/status';

function result(
  id: string,
  status: Status,
  score: number,
  maxScore: number,
  userImpact: Level = 'low',
  over: Partial<ControlResult> = {},
): ControlResult {
  return controlResult({ id, status, score, maxScore, userImpact, implementationCost: 'low', ...over });
}
/** A failing control worth `points`, with the impact and cost given. */
const fail = (id: string, points: number, userImpact: Level = 'low', implementationCost: Level = 'low') =>
  result(id, 'fail', 0, points, userImpact, { implementationCost });
/** A row Microsoft Secure Score decided, failing, worth `points`. */
const borrowed = (id: string, points: number) => result(id, 'fail', 0, points, 'low', { source: 'microsoft' });
const ids = (items: readonly Improvement[]) => items.map((i) => i.id);
const ranked = (...controls: ControlResult[]) => ids(rankedImprovements({ controls }));

describe('rankedImprovements: which controls', () => {
  test('an action carries the points to gain, impact, cost, reason and fix link', () => {
    expect(rankedImprovements({ controls: [result('mfa', 'partial', 6.25, 9, 'moderate')] })).toEqual([
      {
        id: 'mfa',
        title: 'Control mfa',
        pointsToGain: 2.75,
        userImpact: 'moderate',
        implementationCost: 'low',
        reason: 'Reason for mfa.',
        adminUrl: 'https://entra.microsoft.com/#mfa',
        borrowed: false,
      },
    ]);
  });

  test('only fail and partial can gain points: pass, unknown, not applicable, not licensed and manual are left out', () => {
    expect(
      ranked(
        result('pass', 'pass', 10, 10),
        result('unknown', 'unknown', 0, 10),
        result('not-applicable', 'notApplicable', 0, 10),
        result('licence', 'notLicensed', 0, 10),
        result('manual', 'manual', 0, 10),
        result('partial', 'partial', 4, 10),
        result('fail', 'fail', 0, 1),
      ),
    ).toEqual(['partial', 'fail']);
  });

  test('a control with no points left to gain is left out', () => {
    expect(ranked(result('zero', 'fail', 0, 0), result('full', 'partial', 3, 3))).toEqual([]);
  });

  test('a scan stored before results carried a cost ranks it after a high cost and says null', () => {
    const { implementationCost: _cost, ...old } = fail('old', 5);
    const items = rankedImprovements({ controls: [old, fail('costly', 5, 'low', 'high')] });
    expect(ids(items)).toEqual(['costly', 'old']);
    expect(items[1]?.implementationCost).toBeNull();
  });
});

describe('rankedImprovements: the order', () => {
  test('most points to gain first, whatever the impact or cost', () => {
    expect(ranked(fail('small', 2), fail('big-but-hard', 9, 'high', 'high'), fail('medium', 5))).toEqual([
      'big-but-hard',
      'medium',
      'small',
    ]);
  });

  test('equal points: low user impact before moderate before high', () => {
    expect(ranked(fail('high', 5, 'high'), fail('low', 5, 'low'), fail('moderate', 5, 'moderate'))).toEqual([
      'low',
      'moderate',
      'high',
    ]);
  });

  test('equal points and impact: low implementation cost before moderate before high', () => {
    expect(
      ranked(
        fail('high', 5, 'moderate', 'high'),
        fail('moderate', 5, 'moderate', 'moderate'),
        fail('low', 5, 'moderate', 'low'),
      ),
    ).toEqual(['low', 'moderate', 'high']);
  });

  test('user impact outranks cost', () => {
    expect(ranked(fail('cheap-disruptive', 5, 'high', 'low'), fail('costly-painless', 5, 'low', 'high'))).toEqual([
      'costly-painless',
      'cheap-disruptive',
    ]);
  });

  test('a full tie is broken by control id, in the same order in any locale and input order', () => {
    const order = ['Zeta', 'alpha', 'beta'];
    expect(ranked(fail('beta', 3), fail('alpha', 3), fail('Zeta', 3))).toEqual(order);
    expect(ranked(fail('alpha', 3), fail('Zeta', 3), fail('beta', 3))).toEqual(order);
  });

  test('partial credit counts only the points still missing', () => {
    expect(ranked(result('half-of-ten', 'partial', 5, 10), fail('six', 6))).toEqual(['six', 'half-of-ten']);
  });

  test('compareImprovements is the order the ranking sorts by', () => {
    const [a, b] = rankedImprovements({ controls: [fail('a', 5), fail('b', 4)] });
    expect(compareImprovements(a!, b!)).toBeLessThan(0);
    expect(compareImprovements(b!, a!)).toBeGreaterThan(0);
    expect(compareImprovements(a!, a!)).toBe(0);
  });
});

describe("rankedImprovements: Microsoft's borrowed rows stay a minority of any top N", () => {
  test('borrowed rows worth more than ours still never lead', () => {
    const items = rankedImprovements({
      controls: [borrowed('ms-1', 9), borrowed('ms-2', 9), borrowed('ms-3', 9), fail('ours-1', 1), fail('ours-2', 1)],
    });
    expect(items[0]?.borrowed).toBe(false);
    expect(ids(items)).toEqual(['ours-1', 'ours-2', 'ms-1', 'ms-2', 'ms-3']);
  });

  test('every prefix has fewer borrowed than own rows while ours last', () => {
    const controls = [
      ...Array.from({ length: 6 }, (_, i) => borrowed(`ms-${i}`, 10 + i)),
      ...Array.from({ length: 6 }, (_, i) => fail(`ours-${i}`, 1 + i)),
    ];
    const items = rankedImprovements({ controls });
    expect(items.map((i) => (i.borrowed ? 'M' : 'O')).join('')).toBe('OOMOMOMOMOMM');
    for (let n = 1; n <= 11; n++) {
      const top = items.slice(0, n);
      expect(top.filter((i) => i.borrowed).length * 2).toBeLessThan(n);
    }
  });

  test('borrowed rows keep their own order among themselves, and ours theirs', () => {
    const items = rankedImprovements({
      controls: [borrowed('ms-small', 2), borrowed('ms-big', 8), fail('ours-small', 1), fail('ours-big', 3)],
    });
    expect(ids(items)).toEqual(['ours-big', 'ours-small', 'ms-big', 'ms-small']);
  });

  test('a borrowed row that fits the minority and outranks ours takes its place', () => {
    const items = rankedImprovements({
      controls: [fail('ours-1', 9), fail('ours-2', 8), borrowed('ms', 7), fail('ours-3', 1)],
    });
    expect(ids(items)).toEqual(['ours-1', 'ours-2', 'ms', 'ours-3']);
  });

  test('when nothing of ours is left to fix, borrowed rows fill the list', () => {
    expect(ranked(borrowed('ms-b', 3), borrowed('ms-a', 5))).toEqual(['ms-a', 'ms-b']);
    expect(ranked(borrowed('ms-b', 3), fail('ours', 1), borrowed('ms-a', 5))).toEqual(['ours', 'ms-a', 'ms-b']);
  });

  test('a manual control Microsoft decided counts as borrowed', () => {
    const items = rankedImprovements({
      controls: [result('decided', 'fail', 0, 9, 'low', { source: 'microsoft' }), fail('ours', 1)],
    });
    expect(items.map((i) => [i.id, i.borrowed])).toEqual([
      ['ours', false],
      ['decided', true],
    ]);
  });
});

describe('topImprovements', () => {
  test('is the first five of the ranking by default, or the limit asked for', () => {
    const many = Array.from({ length: 8 }, (_, i) => fail(`c${i}`, i + 1));
    const all = rankedImprovements({ controls: many });
    expect(topImprovements(many)).toEqual(all.slice(0, 5));
    expect(ids(topImprovements(many, 2))).toEqual(['c7', 'c6']);
    expect(topImprovements(many, 0)).toEqual([]);
  });
});
