import { describe, expect, test } from 'vitest';
import { controlResult } from '../../../test/fixtures/scan-result';
import { frameworkRef, lensScore, throughLens } from './frameworks';
import { scoreOf } from './score';

const learn = 'https://learn.microsoft.com/';
const results = [
  controlResult({ id: 'a', status: 'pass', score: 10, refs: { learn, cis: '1.1.1', secureScore: 'A' } }),
  controlResult({ id: 'b', status: 'fail', maxScore: 5, refs: { learn, cis: '5.2.2.3' } }),
  controlResult({ id: 'c', status: 'unknown', maxScore: 8, refs: { learn, scuba: 'MS.AAD.1.1v1' } }),
  controlResult({ id: 'd', status: 'notLicensed', maxScore: 4, refs: { learn, cis: '5.2.3.1' } }),
];

describe('framework lenses', () => {
  test('a lens keeps only the controls that framework references', () => {
    expect(throughLens(results, 'cis').map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(throughLens(results, 'scuba').map((r) => r.id)).toEqual(['c']);
    expect(throughLens(results, 'all')).toHaveLength(4);
  });

  test("a lens's score is scoreOf over its controls: unknown counts against, notLicensed is left out", () => {
    expect(lensScore(results, 'cis')).toEqual({ achieved: 10, available: 15, percent: 67 });
    expect(lensScore(results, 'scuba')).toEqual({ achieved: 0, available: 8, percent: 0 });
    const all = scoreOf(results);
    expect(lensScore(results, 'all')).toEqual({
      achieved: all.achieved,
      available: all.available,
      percent: all.percent,
    });
  });

  test("frameworkRef names the control's id in that framework", () => {
    expect(frameworkRef(results[1]!, 'cis')).toBe('5.2.2.3');
    expect(frameworkRef(results[1]!, 'secureScore')).toBeUndefined();
    expect(frameworkRef(results[1]!, 'all')).toBeUndefined();
  });
});
