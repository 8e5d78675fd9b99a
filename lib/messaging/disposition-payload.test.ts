import { describe, expect, test } from 'vitest';
import { validPayload } from './protocol';

const { setDisposition, clearDisposition, getDisposition } = validPayload.pages;

describe('disposition messages are checked before any handler sees them', () => {
  test('a known kind with short text fields passes', () => {
    expect(setDisposition({ controlId: 'entra-mfa-required', disposition: { kind: 'planned' } })).toBe(true);
    const accepted = { kind: 'riskAccepted', reason: 'Legacy app', reviewBy: '2027-01-01', note: 'Ticket 42' };
    expect(setDisposition({ controlId: 'entra-mfa-required', disposition: accepted })).toBe(true);
  });

  test('unknown kinds, extra keys, non-text and oversized fields, odd control ids are refused', () => {
    const bad: unknown[] = [
      null,
      { controlId: 'x' },
      { controlId: 'x', disposition: { kind: 'ignored' } },
      { controlId: 'x', disposition: { kind: 'planned', recordedBy: 'someone else' } },
      { controlId: 'x', disposition: { kind: 'planned', note: 42 } },
      { controlId: 'x', disposition: { kind: 'planned', note: 'x'.repeat(1001) } },
      { controlId: 'x', disposition: { kind: 'toString' } },
      { controlId: '<img src=x>', disposition: { kind: 'planned' } },
      { controlId: '', disposition: { kind: 'planned' } },
    ];
    for (const p of bad) expect(setDisposition(p), JSON.stringify(p)).toBe(false);
    expect(clearDisposition({ controlId: 'a b' })).toBe(false);
    expect(getDisposition({ controlId: 'entra-mfa-required' })).toBe(true);
  });
});

describe('a Reviewed mark is its own message, and only a note travels with it', () => {
  const { markReviewed } = validPayload.pages;

  test('a control id and a note pass; who and when are never taken from the page', () => {
    expect(markReviewed({ controlId: 'entra-signin-logs-reviewed', note: 'No failures from new countries.' })).toBe(
      true,
    );
    const bad: unknown[] = [
      null,
      { controlId: 'entra-signin-logs-reviewed' },
      { controlId: 'entra-signin-logs-reviewed', note: 42 },
      { controlId: 'entra-signin-logs-reviewed', note: 'x'.repeat(1001) },
      { controlId: 'entra-signin-logs-reviewed', note: 'ok', recordedBy: 'someone else' },
      { controlId: 'entra-signin-logs-reviewed', note: 'ok', recordedAt: '2099-01-01T00:00:00Z' },
      { controlId: '<img src=x>', note: 'ok' },
    ];
    for (const p of bad) expect(markReviewed(p), JSON.stringify(p)).toBe(false);
  });

  test('setDisposition cannot record a Reviewed mark', () => {
    expect(setDisposition({ controlId: 'x', disposition: { kind: 'reviewed', note: 'looked' } })).toBe(false);
  });
});
