import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ScoreChange, scoreChangeText, sinceWhen } from './score-change';

afterEach(cleanup);

// Midday, so the calendar day is the same in every time zone a test machine is likely to use.
const now = Date.parse('2026-12-04T12:00:00.000Z');

describe('the change in score since the scan before', () => {
  test('says when that scan was as a person would: a time today, yesterday, a date, a date with its year', () => {
    expect(sinceWhen('2026-12-04T12:00:00.000Z', now)).toMatch(/^\d\d:\d\d$/);
    expect(sinceWhen('2026-12-03T12:00:00.000Z', now)).toBe('yesterday');
    expect(sinceWhen('2026-12-02T12:00:00.000Z', now)).toBe('2 Dec');
    expect(sinceWhen('2025-12-02T12:00:00.000Z', now)).toBe('2 Dec 2025');
  });

  test('a rise with a plus, a fall with a minus sign, and no change in words', () => {
    expect(scoreChangeText(51, { scannedAt: '2026-12-03T12:00:00.000Z', percent: 43 }, now)).toBe('+8 since yesterday');
    expect(scoreChangeText(40, { scannedAt: '2026-12-02T12:00:00.000Z', percent: 43 }, now)).toBe('−3 since 2 Dec');
    expect(scoreChangeText(43, { scannedAt: '2026-12-02T12:00:00.000Z', percent: 43 }, now)).toBe(
      'No change since 2 Dec',
    );
  });

  test('shows nothing with one scan, and the direction for colour otherwise', () => {
    const { container } = render(<ScoreChange percent={51} previous={undefined} now={now} />);
    expect(container.textContent).toBe('');
    render(<ScoreChange percent={40} previous={{ scannedAt: '2026-12-02T12:00:00.000Z', percent: 43 }} now={now} />);
    expect(screen.getByText('−3 since 2 Dec').dataset.trend).toBe('down');
  });
});
