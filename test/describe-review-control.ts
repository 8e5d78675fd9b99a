/**
 * The three states of a review control, as the person who marks it would notice them: a scan alone
 * (the CLI, or before anyone marked it) says "not reviewed" with no points and never passes; marked
 * Reviewed with a note, the background's scored view gives it its points until the cadence runs out;
 * after that it says "review due" and earns nothing. The clock is passed in, never read.
 */
import { describe, expect, test } from 'vitest';
import { applyDispositions, type DispositionRecord } from '../lib/engine/history/dispositions';
import { licenceStateOf } from '../lib/engine/scan/licences';
import { runControl } from '../lib/engine/scan/run-control';
import type { AnyControl } from '../lib/engine/verdict/control';
import type { ReviewCadence } from '../lib/engine/verdict/review-spec';
import { scanWith } from './fixtures/scan-result';

const REVIEWED_AT = '2026-12-01T09:00:00.000Z';
const DAY = 86_400_000;
const at = (ms: number): string => new Date(Date.parse(REVIEWED_AT) + ms).toISOString();

/** Still current the moment before it comes due, and due from then on: 7 days, or 1 Dec → 1 Jan. */
const lastCurrent: Record<ReviewCadence, string> = {
  weekly: at(7 * DAY - 60_000),
  monthly: '2027-01-01T08:59:00.000Z',
};
const firstDue: Record<ReviewCadence, string> = { weekly: at(7 * DAY), monthly: '2027-01-01T09:00:00.000Z' };

function marked(controlId: string, kind: string, note: string | undefined): DispositionRecord {
  const current = {
    kind,
    ...(note === undefined ? {} : { note }),
    recordedBy: 'alex@contoso.com',
    recordedAt: REVIEWED_AT,
  };
  return {
    tenantId: 'tenant-1',
    controlId,
    current,
    trail: [{ action: 'set', disposition: current }],
  } as DispositionRecord;
}

export function describeReviewControl(control: AnyControl, expected: { cadence: ReviewCadence; points: number }): void {
  const measured = runControl(control, new Map(), licenceStateOf([]), { now: REVIEWED_AT, tenantId: 'tenant-1' });
  const scan = scanWith([measured]);
  const scored = (records: DispositionRecord[], now: string) => applyDispositions(scan, records, now).controls[0]!;

  describe(control.id, () => {
    test(`is a ${expected.cadence} review worth ${expected.points} points, reviewed in its admin-center report`, () => {
      expect(control.review).toMatchObject({ cadence: expected.cadence });
      expect(control.review?.what).toMatch(/^[A-Z].*\.$/);
      expect(control.maxScore).toBe(expected.points);
      expect(measured.adminUrl).toBe(control.fixAt.url);
    });

    test('never reviewed: a scan on its own says so, earns nothing and is never a pass', () => {
      expect(measured).toMatchObject({
        status: 'fail',
        score: 0,
        review: { state: 'never', cadence: expected.cadence },
      });
      expect(measured.reason).toMatch(/^Not reviewed: .*attestation by an admin, not a measurement/);
      expect(scored([], lastCurrent[expected.cadence])).toMatchObject({ status: 'fail', score: 0 });
    });

    test('pass (current): marked Reviewed with a note, it earns its points until the cadence passes', () => {
      const c = scored([marked(control.id, 'reviewed', 'Nothing unexpected.')], lastCurrent[expected.cadence]);
      expect(c).toMatchObject({ status: 'pass', score: expected.points });
      expect(c.review).toMatchObject({
        state: 'current',
        last: { by: 'alex@contoso.com', at: REVIEWED_AT, note: 'Nothing unexpected.' },
        dueAt: firstDue[expected.cadence],
      });
      expect(c.reason).toMatch(/^Reviewed by alex@contoso\.com: .*not a measurement\.$/);
    });

    test('fail (due): once the cadence has passed it is "review due" and earns nothing', () => {
      const c = scored([marked(control.id, 'reviewed', 'Nothing unexpected.')], firstDue[expected.cadence]);
      expect(c).toMatchObject({ status: 'fail', score: 0, review: { state: 'due' } });
      expect(c.reason).toMatch(/^Review due: last reviewed by alex@contoso\.com;/);
    });

    test('no other disposition, and no mark without a note, earns its points', () => {
      for (const r of [marked(control.id, 'thirdParty', undefined), marked(control.id, 'reviewed', undefined)]) {
        expect(scored([r], lastCurrent[expected.cadence])).toMatchObject({ score: 0, review: { state: 'never' } });
      }
    });
  });
}
