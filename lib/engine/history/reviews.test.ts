import { describe, expect, test } from 'vitest';
import { scanWith, controlResult } from '../../../test/fixtures/scan-result';
import { applyDispositions, checkReviewNote, type DispositionRecord } from './dispositions';
import { reviewControlsDue, reviewDueAt } from './reviews';

describe('when a review comes due', () => {
  test.each([
    ['2026-12-01T09:00:00.000Z', 'weekly', '2026-12-08T09:00:00.000Z'],
    ['2026-12-01T09:00:00.000Z', 'monthly', '2027-01-01T09:00:00.000Z'],
    ['2027-01-31T18:30:00.000Z', 'monthly', '2027-02-28T18:30:00.000Z'],
    ['2028-01-31T18:30:00.000Z', 'monthly', '2028-02-29T18:30:00.000Z'],
    ['2026-12-31T23:59:00.000Z', 'weekly', '2027-01-07T23:59:00.000Z'],
  ] as const)('reviewed %s, %s: due %s', (at, cadence, due) => {
    expect(reviewDueAt(at, cadence)).toBe(due);
  });
});

describe('a Reviewed mark needs a note saying what was looked at', () => {
  test('blank, missing or oversized notes are refused with the sentence to show', () => {
    expect(checkReviewNote('  ')).toEqual({ ok: false, error: 'Say what you reviewed and found.' });
    expect(checkReviewNote(undefined)).toMatchObject({ ok: false });
    expect(checkReviewNote('x'.repeat(1001))).toEqual({ ok: false, error: 'Keep the note under 1000 characters.' });
    expect(checkReviewNote(' No new guests. ')).toEqual({
      ok: true,
      value: { kind: 'reviewed', note: 'No new guests.' },
    });
  });
});

describe('scoring a review while current and once due (clock injected)', () => {
  const review = controlResult({
    id: 'entra-signin-logs-reviewed',
    maxScore: 3,
    review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
  });
  const measured = controlResult({ id: 'entra-admin-mfa-required', status: 'pass', score: 7, maxScore: 7 });
  const scan = scanWith([measured, review]);
  const mark = (at: string): DispositionRecord => {
    const current = { kind: 'reviewed' as const, note: 'Fine.', recordedBy: 'alex@contoso.com', recordedAt: at };
    return { tenantId: 'tenant-1', controlId: review.id, current, trail: [{ action: 'set', disposition: current }] };
  };

  test('never reviewed: the review earns nothing but stays in the available points', () => {
    expect(applyDispositions(scan, [], '2026-12-02T00:00:00Z').score).toEqual({
      achieved: 7,
      available: 10,
      percent: 70,
    });
  });

  test('current: its points count; due: they are gone and it is listed as due', () => {
    const records = [mark('2026-12-01T09:00:00.000Z')];
    const current = applyDispositions(scan, records, '2026-12-08T08:59:59.000Z');
    expect(current.score).toEqual({ achieved: 10, available: 10, percent: 100 });
    expect(reviewControlsDue(current.controls)).toEqual([]);
    const due = applyDispositions(scan, records, '2026-12-08T09:00:00.000Z');
    expect(due.score).toEqual({ achieved: 7, available: 10, percent: 70 });
    expect(reviewControlsDue(due.controls).map((c) => c.id)).toEqual(['entra-signin-logs-reviewed']);
  });

  test('a stored scan claiming the review passed is scored from the marks, not from what it says', () => {
    const forged = scanWith([
      measured,
      { ...review, status: 'pass', score: 3, review: { ...review.review!, state: 'current' } },
    ]);
    expect(applyDispositions(forged, [], '2026-12-02T00:00:00Z').score.achieved).toBe(7);
  });

  test('a mark of another tenant does not count', () => {
    const other = { ...mark('2026-12-01T09:00:00.000Z'), tenantId: 'tenant-2' };
    expect(applyDispositions(scan, [other], '2026-12-02T00:00:00Z').score.achieved).toBe(7);
  });
});
