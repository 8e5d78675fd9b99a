import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { applyDispositions, type DispositionRecord } from '../history/dispositions';
import { reviewsComingDue } from './reviews-due';

const signIns = controlResult({
  id: 'entra-signin-logs-reviewed',
  title: 'Sign-in logs are reviewed every week',
  maxScore: 3,
  review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
});
const guests = controlResult({
  id: 'entra-guest-users-reviewed',
  maxScore: 2,
  review: { cadence: 'weekly', what: 'Guests.', state: 'never' },
});
const legacy = controlResult({ id: 'entra-legacy-auth-blocked', maxScore: 8 });
const raw = scanWith([signIns, guests, legacy]);

function record(controlId: string, d: Record<string, string>): DispositionRecord {
  const current = { recordedBy: 'alex@contoso.com', ...d } as DispositionRecord['current'] & object;
  return { tenantId: 'tenant-1', controlId, current, trail: [{ action: 'set', disposition: current }] };
}
const records = [
  record(signIns.id, { kind: 'reviewed', note: 'Fine.', recordedAt: '2026-12-01T09:00:00.000Z' }),
  record(guests.id, { kind: 'reviewed', note: 'Fine.', recordedAt: '2026-12-03T09:00:00.000Z' }),
  record(legacy.id, {
    kind: 'riskAccepted',
    reason: 'Old printer.',
    reviewBy: '2026-12-09',
    recordedAt: '2026-11-01T00:00:00.000Z',
  }),
];
/** Both scans as the background scores them: at their own time, with the marks. */
const scanAt = (at: string) => applyDispositions({ ...raw, scannedAt: at }, records, at);

describe('reviewsComingDue: what became due since the previous scan', () => {
  test('a weekly review past its 7 days is reported once, with the points it stops earning and who last reviewed', () => {
    const previous = scanAt('2026-12-07T12:00:00.000Z');
    const now = '2026-12-08T12:00:00.000Z';
    expect(reviewsComingDue(previous, scanAt(now), now)).toEqual([
      {
        controlId: 'entra-signin-logs-reviewed',
        title: 'Sign-in logs are reviewed every week',
        kind: 'review',
        dueAt: '2026-12-08T09:00:00.000Z',
        pointsLost: 3,
        lastBy: 'alex@contoso.com',
      },
    ]);
    // The next scan doesn't report it again.
    const later = '2026-12-08T18:00:00.000Z';
    expect(reviewsComingDue(scanAt(now), scanAt(later), later)).toEqual([]);
  });

  test("an accepted risk's review date counts the same way, after the reviews that cost points", () => {
    const now = '2026-12-10T12:00:00.000Z';
    expect(
      reviewsComingDue(scanAt('2026-12-07T12:00:00.000Z'), scanAt(now), now).map((d) => [
        d.controlId,
        d.kind,
        d.pointsLost,
      ]),
    ).toEqual([
      ['entra-signin-logs-reviewed', 'review', 3],
      ['entra-guest-users-reviewed', 'review', 2],
      ['entra-legacy-auth-blocked', 'riskAccepted', 0],
    ]);
  });

  test('nothing due, a never-reviewed review, or no change: nothing to report', () => {
    const now = '2026-12-04T12:00:00.000Z';
    expect(reviewsComingDue(scanAt('2026-12-03T12:00:00.000Z'), scanAt(now), now)).toEqual([]);
    const never = applyDispositions(raw, [], now);
    expect(reviewsComingDue(null, never, now)).toEqual([]);
  });

  test('with no previous scan, everything due now is reported', () => {
    const now = '2026-12-20T00:00:00.000Z';
    expect(reviewsComingDue(undefined, scanAt(now), now)).toHaveLength(3);
  });
});
