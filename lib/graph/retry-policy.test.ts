import { describe, expect, test } from 'vitest';
import { groupByDelay, retryDecision, type RetryPolicy, type Throttled } from './retry-policy';

const policy: RetryPolicy = { maxRetries: 3, maxRetryAfterSeconds: 30 };
const now = Date.parse('2026-11-24T12:00:00.000Z');
const throttled = (extra: Partial<Throttled> = {}): Throttled => ({
  retry: 0,
  status: 429,
  retryAfter: undefined,
  body: null,
  ...extra,
});

describe('retryDecision', () => {
  test('waits what Retry-After asks, in seconds or until a date', () => {
    expect(retryDecision(policy, throttled({ retryAfter: '7' }), 0.5, now)).toEqual({ delayMs: 7_000 });
    const at = new Date(now + 12_000).toUTCString();
    expect(retryDecision(policy, throttled({ retryAfter: at }), 0.5, now)).toEqual({ delayMs: 12_000 });
  });

  test('without Retry-After backs off from the call’s random draw, capped at the longest wait', () => {
    expect(retryDecision(policy, throttled({ status: 503 }), 0, now)).toEqual({ delayMs: 500 });
    expect(retryDecision(policy, throttled({ status: 503 }), 1, now)).toEqual({ delayMs: 1_000 });
    expect(retryDecision(policy, throttled({ retry: 2, status: 504 }), 0.5, now)).toEqual({ delayMs: 3_000 });
    const patient = { maxRetries: 10, maxRetryAfterSeconds: 5 };
    expect(retryDecision(patient, throttled({ retry: 6 }), 1, now)).toEqual({ delayMs: 5_000 });
  });

  test('stops when retries run out, naming throttling or unavailability', () => {
    expect(retryDecision(policy, throttled({ retry: 3 }), 0.5, now)).toEqual({
      outcome: {
        ok: false,
        status: 429,
        code: 'TooManyRequests',
        message: 'Graph throttled the request and retries ran out.',
      },
    });
    expect(retryDecision(policy, throttled({ retry: 3, status: 503 }), 0.5, now)).toEqual({
      outcome: {
        ok: false,
        status: 503,
        code: 'ServiceUnavailable',
        message: 'Graph was unavailable (HTTP 503) and retries ran out.',
      },
    });
  });

  test('stops at once when asked to wait longer than the scan waits', () => {
    expect(retryDecision(policy, throttled({ retryAfter: '31' }), 0.5, now)).toEqual({
      outcome: {
        ok: false,
        status: 429,
        code: 'TooManyRequests',
        message: 'Graph asked to wait 31 s before retrying, longer than the 30 s this scan waits.',
      },
    });
    expect(retryDecision(policy, throttled({ retryAfter: '30' }), 0.5, now)).toEqual({ delayMs: 30_000 });
  });

  test('keeps Graph’s own error code when it sent one', () => {
    const body = { error: { code: 'ActivityLimitReached', message: 'Slow down.' } };
    expect(retryDecision({ ...policy, maxRetries: 0 }, throttled({ body }), 0.5, now)).toMatchObject({
      outcome: { code: 'ActivityLimitReached' },
    });
  });
});

describe('groupByDelay', () => {
  test('groups jobs that wait the same time, in the order first seen', () => {
    const groups = groupByDelay([
      { job: 'a', delayMs: 2_000 },
      { job: 'b', delayMs: 500 },
      { job: 'c', delayMs: 2_000 },
    ]);
    expect([...groups]).toEqual([
      [2_000, ['a', 'c']],
      [500, ['b']],
    ]);
  });
});
