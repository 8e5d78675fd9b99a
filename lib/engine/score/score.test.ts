import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../verdict/result';
import { outOfScoreWhy, pointsText, pointsWithWhy, scoreOf } from './score';

function result(
  over: Partial<ControlResult> & Pick<ControlResult, 'id' | 'status' | 'score' | 'maxScore'>,
): ControlResult {
  return {
    title: `Control ${over.id}`,
    category: 'identity',
    userImpact: 'low',
    refs: { learn: 'https://learn.microsoft.com/' },
    reason: 'Because.',
    evidence: [],
    sources: ['GET /v1.0/organization'],
    permissions: ['Organization.Read.All'],
    adminUrl: 'https://entra.microsoft.com/',
    source: 'posture-lens',
    ...over,
  };
}

describe('scoreOf', () => {
  test('adds achieved over available points and rounds the percent', () => {
    const s = scoreOf([
      result({ id: 'a', status: 'pass', score: 10, maxScore: 10 }),
      result({ id: 'b', status: 'partial', score: 4.5, maxScore: 9 }),
      result({ id: 'c', status: 'fail', score: 0, maxScore: 8 }),
    ]);
    expect(s).toMatchObject({ achieved: 14.5, available: 27, percent: 54 });
  });

  test('a not-applicable control earns nothing and is out of the available points, but counted in coverage', () => {
    const s = scoreOf([
      result({ id: 'a', status: 'pass', score: 10, maxScore: 10 }),
      result({ id: 'b', status: 'fail', score: 0, maxScore: 10 }),
      result({ id: 'mail', status: 'notApplicable', score: 0, maxScore: 6 }),
    ]);
    expect(s).toMatchObject({ achieved: 10, available: 20, percent: 50 });
    expect(s.coverage).toEqual({ decided: 2, unknown: 0, manual: 0, notLicensed: 0, notApplicable: 1 });
  });

  test('an unknown control counts as available with nothing achieved (fail closed)', () => {
    const known = scoreOf([result({ id: 'a', status: 'pass', score: 10, maxScore: 10 })]);
    const withUnknown = scoreOf([
      result({ id: 'a', status: 'pass', score: 10, maxScore: 10 }),
      result({ id: 'b', status: 'unknown', score: 0, maxScore: 10 }),
    ]);
    expect(known.percent).toBe(100);
    expect(withUnknown).toMatchObject({ achieved: 10, available: 20, percent: 50 });
  });

  test('not licensed and manual controls are left out of the available points', () => {
    const s = scoreOf([
      result({ id: 'a', status: 'pass', score: 4, maxScore: 4 }),
      result({ id: 'b', status: 'notLicensed', score: 0, maxScore: 7, licence: 'Microsoft Entra ID P2' }),
      result({ id: 'c', status: 'manual', score: 0, maxScore: 5 }),
    ]);
    expect(s).toMatchObject({ achieved: 4, available: 4, percent: 100 });
  });

  test('percent is 0, not NaN, when nothing is available', () => {
    expect(scoreOf([])).toMatchObject({ achieved: 0, available: 0, percent: 0 });
    expect(scoreOf([result({ id: 'm', status: 'manual', score: 0, maxScore: 3 })]).percent).toBe(0);
  });

  test('sums keep two decimals despite floating point', () => {
    const s = scoreOf([
      result({ id: 'a', status: 'partial', score: 0.1, maxScore: 1 }),
      result({ id: 'b', status: 'partial', score: 0.2, maxScore: 1 }),
    ]);
    expect(s.achieved).toBe(0.3);
  });

  test('gives a subtotal per category, with empty categories at zero', () => {
    const s = scoreOf([
      result({ id: 'a', category: 'identity', status: 'pass', score: 10, maxScore: 10 }),
      result({ id: 'b', category: 'identity', status: 'fail', score: 0, maxScore: 10 }),
      result({ id: 'c', category: 'data', status: 'partial', score: 1, maxScore: 4 }),
      result({ id: 'd', category: 'apps', status: 'unknown', score: 0, maxScore: 2 }),
      result({ id: 'e', category: 'device', status: 'notLicensed', score: 0, maxScore: 6, licence: 'Intune' }),
    ]);
    expect(s.byCategory).toEqual({
      identity: { achieved: 10, available: 20, percent: 50 },
      data: { achieved: 1, available: 4, percent: 25 },
      device: { achieved: 0, available: 0, percent: 0 },
      apps: { achieved: 0, available: 2, percent: 0 },
    });
  });

  test('groups points a licence would unlock, biggest first', () => {
    const s = scoreOf([
      result({ id: 'risk-user', status: 'notLicensed', score: 0, maxScore: 7, licence: 'Microsoft Entra ID P2' }),
      result({ id: 'ca-mfa', status: 'notLicensed', score: 0, maxScore: 10, licence: 'Microsoft Entra ID P1' }),
      result({ id: 'risk-signin', status: 'notLicensed', score: 0, maxScore: 7, licence: 'Microsoft Entra ID P2' }),
      result({ id: 'legacy', status: 'notLicensed', score: 0, maxScore: 8, licence: 'Microsoft Entra ID P1' }),
      result({ id: 'dlp', status: 'notLicensed', score: 0, maxScore: 3, licence: 'Microsoft Purview' }),
    ]);
    expect(s.unlock).toEqual([
      { licence: 'Microsoft Entra ID P1', points: 18, controls: ['ca-mfa', 'legacy'] },
      { licence: 'Microsoft Entra ID P2', points: 14, controls: ['risk-user', 'risk-signin'] },
      { licence: 'Microsoft Purview', points: 3, controls: ['dlp'] },
    ]);
  });

  test('only not-licensed controls that name a licence appear in unlock', () => {
    const s = scoreOf([
      result({ id: 'licensed-fail', status: 'fail', score: 0, maxScore: 10, licence: 'Microsoft Entra ID P1' }),
      result({ id: 'no-name', status: 'notLicensed', score: 0, maxScore: 5 }),
    ]);
    expect(s.unlock).toEqual([]);
  });

  test('coverage counts decided, unknown, manual and not licensed controls', () => {
    const s = scoreOf([
      result({ id: 'a', status: 'pass', score: 1, maxScore: 1 }),
      result({ id: 'b', status: 'partial', score: 1, maxScore: 2 }),
      result({ id: 'c', status: 'fail', score: 0, maxScore: 1 }),
      result({ id: 'd', status: 'unknown', score: 0, maxScore: 1 }),
      result({ id: 'e', status: 'unknown', score: 0, maxScore: 1 }),
      result({ id: 'f', status: 'manual', score: 0, maxScore: 1 }),
      result({ id: 'g', status: 'notLicensed', score: 0, maxScore: 1, licence: 'X' }),
    ]);
    expect(s.coverage).toEqual({ decided: 3, unknown: 2, manual: 1, notLicensed: 1, notApplicable: 0 });
  });
});

describe('pointsText', () => {
  test('whole points whole, a partial score with one decimal, out of the score a dash', () => {
    expect(pointsText({ status: 'pass', score: 7, maxScore: 7 })).toBe('7/7');
    expect(pointsText({ status: 'partial', score: 1.79, maxScore: 3 })).toBe('1.8/3');
    expect(pointsText({ status: 'partial', score: 6.99, maxScore: 7 })).toBe('6.9/7');
    expect(pointsText({ status: 'notLicensed', score: 0, maxScore: 7 })).toBe('—');
  });
});

describe('points out of the score', () => {
  test('scored rows show points; rows out of the score show "—", never 0/7', () => {
    expect(pointsText({ status: 'fail', score: 0, maxScore: 7 })).toBe('0/7');
    expect(pointsText({ status: 'unknown', score: 0, maxScore: 7 })).toBe('0/7');
    for (const status of ['notLicensed', 'manual', 'notApplicable'] as const)
      expect(pointsText({ status, score: 0, maxScore: 7 })).toBe('—');
  });

  test('says why: the licence, by hand, not applicable, or that Microsoft does not score it', () => {
    expect(outOfScoreWhy({ status: 'notLicensed', licence: 'Microsoft Entra ID P2' })).toBe(
      'needs Microsoft Entra ID P2',
    );
    expect(outOfScoreWhy({ status: 'notLicensed', source: 'microsoft' })).toBe(
      'not scored by Microsoft for this tenant',
    );
    expect(outOfScoreWhy({ status: 'notLicensed' })).toBe('not licensed');
    expect(outOfScoreWhy({ status: 'manual' })).toBe('check by hand');
    expect(outOfScoreWhy({ status: 'notApplicable' })).toBe('not applicable');
    expect(outOfScoreWhy({ status: 'fail' })).toBeUndefined();
    expect(outOfScoreWhy({ status: 'unknown' })).toBeUndefined();
  });

  test('one cell carries the dash and the reason', () => {
    expect(pointsWithWhy({ status: 'notLicensed', licence: 'Microsoft Entra ID P2', score: 0, maxScore: 7 })).toBe(
      '— needs Microsoft Entra ID P2',
    );
    expect(pointsWithWhy({ status: 'manual', score: 0, maxScore: 5 })).toBe('— check by hand');
    expect(pointsWithWhy({ status: 'partial', score: 3, maxScore: 7 })).toBe('3/7');
  });
});
