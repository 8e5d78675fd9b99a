import { describe, expect, test } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');

  test('reads delta-seconds', () => {
    expect(parseRetryAfter('10', now)).toBe(10_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });

  test('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:07 GMT', now)).toBe(7_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:59:00 GMT', now)).toBe(0);
  });

  test('absent or unreadable values leave the choice to backoff', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('2027', now)).toBe(2_027_000);
  });
});

describe('backoffDelay', () => {
  test('doubles from 1 s and stops at 30 s, jittered within the upper half of each step', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((i) => backoffDelay(i, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect([0, 1, 2, 5].map((i) => backoffDelay(i, () => 0))).toEqual([500, 1_000, 2_000, 15_000]);
  });

  test('uses real randomness by default, within bounds', () => {
    for (let i = 0; i < 50; i++) {
      const ms = backoffDelay(2);
      expect(ms).toBeGreaterThanOrEqual(2_000);
      expect(ms).toBeLessThanOrEqual(4_000);
    }
  });
});

test('only 429, 503 and 504 are retried', () => {
  expect([400, 401, 403, 404, 429, 500, 502, 503, 504].filter(isRetryableStatus)).toEqual([429, 503, 504]);
});
