import { describe, expect, test } from 'vitest';
import { isScanEvery, periodMinutes, scanEveryOf } from './scan-schedule';

describe('the background scan schedule', () => {
  test('hourly, daily and weekly are alarm periods; off is no alarm', () => {
    expect(periodMinutes('hourly')).toBe(60);
    expect(periodMinutes('daily')).toBe(1440);
    expect(periodMinutes('weekly')).toBe(10080);
    expect(periodMinutes('off')).toBeNull();
  });

  test('nothing saved, or something unreadable, means the default (daily)', () => {
    expect(scanEveryOf(undefined)).toBe('daily');
    expect(scanEveryOf('monthly')).toBe('daily');
    expect(scanEveryOf('hourly')).toBe('hourly');
    expect(scanEveryOf('weekly')).toBe('weekly');
    expect(isScanEvery('toString')).toBe(false);
  });
});
