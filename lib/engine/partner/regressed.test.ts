import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { hasRegressed, latestChange, regressedTenants } from './regressed';

const mfa = (status: 'pass' | 'fail' | 'unknown', score: number) =>
  controlResult({ id: 'entra-mfa-required', status, score, maxScore: 10 });
const legacy = controlResult({ id: 'entra-legacy-auth-blocked', status: 'pass', score: 10, maxScore: 10 });

describe('hasRegressed', () => {
  test.each([
    [{ change: -1, regressions: 0 }, true],
    [{ change: 0, regressions: 1 }, true],
    [{ change: 5, regressions: 1 }, true],
    [{ change: 0, regressions: 0 }, false],
    [{ change: 3, regressions: 0 }, false],
    [{ change: null, regressions: 0 }, false],
  ])('%j → %s', (t, expected) => expect(hasRegressed(t)).toBe(expected));
});

describe('latestChange', () => {
  test('a control that lost its points: score down and one regression', () => {
    const before = scanWith([mfa('pass', 10), legacy]);
    const after = scanWith([mfa('fail', 0), legacy]);
    expect(latestChange(after, before)).toEqual({ change: -50, regressions: 1 });
  });

  test('a pass that became "couldn\'t tell" regressed; a fail that did, did not', () => {
    const before = scanWith([mfa('fail', 0), legacy]);
    const after = scanWith([mfa('unknown', 0), legacy]);
    expect(hasRegressed(latestChange(after, before))).toBe(false);
    const fromPass = latestChange(scanWith([mfa('unknown', 0), legacy]), scanWith([mfa('pass', 10), legacy]));
    expect(fromPass.regressions).toBe(1);
    expect(hasRegressed(fromPass)).toBe(true);
  });

  test('one scan only: no change, nothing regressed', () => {
    expect(latestChange(scanWith([mfa('fail', 0)]), null)).toEqual({ change: null, regressions: 0 });
  });
});

describe('regressedTenants', () => {
  test('counts the tenants that regressed and names them, the largest drop first', () => {
    expect(
      regressedTenants([
        { name: 'Contoso', change: -2, regressions: 1 },
        { name: 'Fabrikam', change: 4, regressions: 0 },
        { name: 'Northwind', change: -9, regressions: 3 },
        { name: 'Tailspin', change: 0, regressions: 2 },
        { name: 'Woodgrove', change: null, regressions: 0 },
      ]),
    ).toEqual({ count: 3, names: ['Northwind', 'Contoso', 'Tailspin'] });
  });

  test('names at most five; the count is all of them', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ name: `T${i}`, change: -1 - i, regressions: 1 }));
    expect(regressedTenants(many)).toEqual({ count: 8, names: ['T7', 'T6', 'T5', 'T4', 'T3'] });
  });
});
