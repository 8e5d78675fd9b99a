import { expect, test } from 'vitest';
import { pointsText } from '../lib/engine/score/score';
import { outOfScoreWhy } from './points-cell';

test('scored rows show points; rows out of the score show "—" and why, never 0/7', () => {
  expect(pointsText({ status: 'fail', score: 0, maxScore: 7 })).toBe('0/7');
  expect(pointsText({ status: 'unknown', score: 0, maxScore: 7 })).toBe('0/7');
  for (const status of ['notLicensed', 'manual', 'notApplicable'] as const)
    expect(pointsText({ status, score: 0, maxScore: 7 })).toBe('—');
  expect(outOfScoreWhy({ status: 'notLicensed', licence: 'Microsoft Entra ID P2' })).toBe(
    'needs Microsoft Entra ID P2',
  );
  expect(outOfScoreWhy({ status: 'manual' })).toBe('check by hand');
  expect(outOfScoreWhy({ status: 'fail' })).toBeUndefined();
});
