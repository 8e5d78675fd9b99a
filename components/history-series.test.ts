import { describe, expect, test } from 'vitest';
import type { HistoryPoint } from '../lib/engine/history/history';
import type { ScorePoint } from '../lib/engine/secure-score/microsoft-verdict';
import { historyDates } from './history-dates';
import { rowSummary } from './history-lines';
import { categoriesIn, chartSeries, DAY_MS, defaultRange, historyRows, rowsInRange } from './history-series';

const scan = (scannedAt: string, percent: number, identity: number | null = percent): HistoryPoint => ({
  scannedAt,
  percent,
  achieved: percent,
  available: 100,
  byCategory: { identity, data: null, device: 40, apps: 50 },
});
const ms = (date: string, percent: number): ScorePoint => ({ date, currentScore: percent, maxScore: 100, percent });
const dates = historyDates({ locale: 'en-GB', timeZone: 'UTC' });

describe('historyRows', () => {
  const rows = historyRows(
    [scan('2026-12-04T23:45:00Z', 62), scan('2026-12-01T08:00:00Z', 55)],
    [ms('2026-11-30', 40), ms('2026-12-01', 45), ms('2026-12-04', 48)],
  );

  test('puts scans and the days only Microsoft measured in time order', () => {
    expect(rows.map((r) => [r.day, r.lens, r.microsoft])).toEqual([
      ['2026-11-30', null, 40],
      ['2026-12-01', 55, 45],
      ['2026-12-04', 62, 48],
    ]);
  });

  test('a Microsoft-only day sits at noon UTC, so it reads as its own day anywhere; scans keep their time', () => {
    expect(new Date(rows[0]!.time).toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(new Date(rows[2]!.time).toISOString()).toBe('2026-12-04T23:45:00.000Z');
  });

  test('leaves out a scan whose date does not parse, rather than drawing it at 1970', () => {
    expect(historyRows([scan('not a date', 10), scan('2026-12-01T08:00:00Z', 55)], []).map((r) => r.lens)).toEqual([
      55,
    ]);
  });

  test('the hover line names the date and every shown line that has a value', () => {
    expect(rowSummary(rows[2]!, ['lens', 'microsoft'], dates)).toBe(
      '4 Dec 2026, 23:45 UTC · Posture Lens 62% · Microsoft 48%',
    );
    expect(rowSummary(rows[0]!, ['lens', 'microsoft', 'identity'], dates)).toBe('30 Nov 2026 · Microsoft 40%');
    expect(rowSummary(rows[1]!, ['lens', 'data', 'device'], dates)).toBe(
      '1 Dec 2026, 08:00 UTC · Posture Lens 55% · Device 40%',
    );
  });
});

describe('ranges', () => {
  // A scan every 10 days for 200 days.
  const rows = historyRows(
    Array.from({ length: 21 }, (_, i) => scan(new Date(Date.UTC(2026, 5, 1) + i * 10 * DAY_MS).toISOString(), i)),
    [],
  );

  test('keep the rows within N days of the newest one', () => {
    expect(rowsInRange(rows, 30).map((r) => r.lens)).toEqual([17, 18, 19, 20]);
    expect(rowsInRange(rows, 90)).toHaveLength(10);
    expect(rowsInRange(rows, 365)).toHaveLength(21);
    expect(rowsInRange(rows, 'all')).toHaveLength(21);
    expect(rowsInRange([], 30)).toEqual([]);
  });

  test('default to 90 days, or to all when the history is 90 days or shorter', () => {
    expect(defaultRange(rows)).toBe(90);
    expect(defaultRange(rows.slice(-10))).toBe('all');
    expect(defaultRange([])).toBe('all');
  });
});

describe('chartSeries', () => {
  test('a lone scan sits a day inside each edge of the x range', () => {
    const s = chartSeries(historyRows([scan('2026-12-04T12:00:00Z', 62)], []));
    const t = Date.parse('2026-12-04T12:00:00Z') / 1000;
    expect(s.x).toEqual([t]);
    expect(s.xRange).toEqual([t - 86_400, t + 86_400]);
    expect(s.lens).toEqual([62]);
  });

  test('lines run on across rows they have nothing for, and break where a category had no points', () => {
    const rows = historyRows(
      [
        scan('2026-12-01T08:00:00Z', 55, 60),
        scan('2026-12-02T08:00:00Z', 57, null),
        scan('2026-12-04T08:00:00Z', 62, 70),
      ],
      [ms('2026-12-03', 48)],
    );
    const s = chartSeries(rows);
    expect(s.lens).toEqual([55, 57, undefined, 62]);
    expect(s.microsoft).toEqual([undefined, undefined, 48, undefined]);
    expect(s.byCategory.identity).toEqual([60, null, undefined, 70]);
    expect(s.byCategory.data).toEqual([null, null, undefined, null]);
    expect(categoriesIn(rows)).toEqual(['identity', 'device', 'apps']);
  });
});
