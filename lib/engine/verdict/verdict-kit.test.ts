import { describe, expect, test } from 'vitest';
import type { Affected, Evidence } from './verdict';
import { roundPoints, verdictKit } from './verdict-kit';

const kit = verdictKit(9);
const ev: Evidence[] = [{ source: 'domains', id: 'contoso.com', fields: { isVerified: true } }];
const affected: Affected = { noun: 'users without MFA', count: 2, sample: ['ada@contoso.com', 'bob@contoso.com'] };

describe('pass and fail', () => {
  test('a pass earns every point, with its reason and evidence', () => {
    expect(kit.pass('All admins use MFA.', ev)).toEqual({
      status: 'pass',
      score: 9,
      reason: 'All admins use MFA.',
      evidence: ev,
    });
  });

  test('a fail earns nothing and names who is affected', () => {
    expect(kit.fail('2 users have no MFA method.', ev, affected)).toEqual({
      status: 'fail',
      score: 0,
      reason: '2 users have no MFA method.',
      evidence: ev,
      affected,
    });
  });

  test('evidence defaults to none and affected is left out when not given', () => {
    const v = kit.fail('Nope.');
    expect(v.evidence).toEqual([]);
    expect(v).not.toHaveProperty('affected');
    expect(kit.pass('Yes.')).not.toHaveProperty('affected');
  });
});

describe('partial', () => {
  test('gives proportional credit, kept to two decimals', () => {
    expect(kit.partial(0.5, 'Half the users have MFA.')).toMatchObject({ status: 'partial', score: 4.5 });
    expect(verdictKit(7).partial(1 / 3, 'A third.')).toMatchObject({ status: 'partial', score: 2.33 });
  });

  test('never rounds a gap into a pass, however close to complete', () => {
    const v = kit.partial(0.9999, '9,999 of 10,000 users have MFA.');
    expect(v.status).toBe('partial');
    expect(v.score).toBeLessThan(9);
    expect(v.score).toBe(8.99);
  });

  test('never rounds some progress down to nothing', () => {
    const v = kit.partial(0.0001, '1 of 10,000 users has MFA.');
    expect(v.status).toBe('partial');
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBe(0.01);
  });

  test.each([
    ['exactly 1', 1],
    ['above 1', 1.5],
  ])('a fraction of %s is a pass with every point', (_, fraction) => {
    expect(kit.partial(fraction, 'Everyone.')).toMatchObject({ status: 'pass', score: 9 });
  });

  test.each([
    ['exactly 0', 0],
    ['below 0', -0.2],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('a fraction of %s is a fail with no points', (_, fraction) => {
    expect(kit.partial(fraction, 'Nobody.')).toMatchObject({ status: 'fail', score: 0 });
  });

  test('keeps its reason, evidence and affected', () => {
    expect(kit.partial(0.5, 'Half.', ev, affected)).toMatchObject({ reason: 'Half.', evidence: ev, affected });
  });
});

describe('malformed and unknown', () => {
  test('a malformed field is unknown, earns nothing, and the sentence names the field and source', () => {
    const v = kit.malformed('domains', 'value[0].passwordValidityPeriodInDays', 'expected number, got string');
    expect(v.status).toBe('unknown');
    expect(v.score).toBe(0);
    expect(v.reason).toBe(
      "Couldn't decide: domains returned a missing or malformed 'value[0].passwordValidityPeriodInDays' (expected number, got string).",
    );
    expect(v.unknownReason).toEqual({
      kind: 'malformedField',
      source: 'domains',
      path: 'value[0].passwordValidityPeriodInDays',
      problem: 'expected number, got string',
    });
  });

  test('unknown turns its reason into a sentence and keeps the reason for later', () => {
    const v = kit.unknown(
      { kind: 'missingPermission', permission: 'Policy.Read.All', source: 'GET /v1.0/identity/x' },
      ev,
    );
    expect(v).toMatchObject({ status: 'unknown', score: 0, evidence: ev });
    expect(v.reason).toContain('Policy.Read.All');
    expect(v.unknownReason).toEqual({
      kind: 'missingPermission',
      permission: 'Policy.Read.All',
      source: 'GET /v1.0/identity/x',
    });
  });

  test('unknown has no evidence by default', () => {
    expect(kit.unknown({ kind: 'notEvaluated', why: 'Not checked yet.' })).toMatchObject({
      reason: 'Not checked yet.',
      evidence: [],
    });
  });
});

describe('roundPoints', () => {
  test('keeps two decimals, as Secure Score does', () => {
    expect(roundPoints(2.345)).toBe(2.35);
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
    expect(roundPoints(7)).toBe(7);
  });
});
