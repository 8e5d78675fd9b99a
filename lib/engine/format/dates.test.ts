import { describe, expect, test } from 'vitest';
import { relativeTime, shownCalendarDay, shownDate, shownDay, shownDayRange, spanText, UTC_TEXT } from './dates';

const GB_UTC = { locale: 'en-GB', timeZone: 'UTC' };

describe('shownDate and shownDay', () => {
  test('day, short month, year and a 24-hour time, no seconds or milliseconds', () => {
    expect(shownDate('2026-12-04T23:45:12.345Z', GB_UTC)).toBe('4 Dec 2026, 23:45 UTC');
    expect(shownDate('2026-03-01T00:05:00Z', { locale: 'en-GB', timeZone: 'Europe/London' })).toBe('1 Mar 2026, 00:05');
    expect(shownDay('2026-11-23T06:00:00Z', GB_UTC)).toBe('23 Nov 2026');
    expect(shownDate(Date.parse('2026-12-04T23:45:00Z'), GB_UTC)).toBe('4 Dec 2026, 23:45 UTC');
  });

  test("the viewer's time zone moves the day and the hour", () => {
    const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };
    expect(shownDate('2026-12-04T23:45:00Z', tokyo)).toBe('5 Dec 2026, 08:45');
    expect(shownDay('2026-12-04T23:45:00Z', tokyo)).toBe('5 Dec 2026');
  });

  test("the product's English style by default, whatever the machine's locale", () => {
    expect(shownDate('2026-12-04T23:45:00Z', { timeZone: 'UTC' })).toBe('4 Dec 2026, 23:45 UTC');
    expect(shownDay('2026-12-04T23:45:00Z', { timeZone: 'America/New_York' })).toBe('4 Dec 2026');
  });

  test('text frozen into a scan is in UTC and says so', () => {
    expect(shownDate('2026-12-05T06:58:30.120Z', UTC_TEXT)).toBe('5 Dec 2026, 06:58 UTC');
  });

  test('a calendar day is the same day in every time zone', () => {
    expect(shownCalendarDay('2026-12-24', { locale: 'en-GB', timeZone: 'Pacific/Honolulu' })).toBe('24 Dec 2026');
    expect(shownCalendarDay('24/12/2026', GB_UTC)).toBe('24/12/2026');
  });

  test('a date that does not parse is shown as stored, never "Invalid Date"', () => {
    expect(shownDate('not a date', GB_UTC)).toBe('not a date');
    expect(shownDay('', GB_UTC)).toBe('');
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');
  test.each([
    ['2026-12-04T11:59:40Z', 'just now'],
    ['2026-12-04T11:55:00Z', '5 min ago'],
    ['2026-12-04T10:00:00Z', '2 h ago'],
    ['2026-12-03T00:00:00Z', '2 days ago'],
    ['2026-12-01T12:00:00Z', '3 days ago'],
    ['2026-12-03T11:00:00Z', '25 h ago'],
  ])('%s is %s', (iso, text) => expect(relativeTime(iso, now)).toBe(text));

  test('a date in the future and one that does not parse', () => {
    expect(relativeTime('2026-12-04T14:00:00Z', now)).toBe('in 2 h');
    expect(relativeTime('garbage', now)).toBe('at an unknown time');
  });

  test('spans round to the unit that reads best', () => {
    expect(spanText(90 * 60_000)).toBe('2 h');
    expect(spanText(48 * 3_600_000)).toBe('2 days');
    expect(spanText(24 * 3_600_000)).toBe('24 h');
  });
});

describe('shownDayRange', () => {
  test('a run of days says the shared month and year once', () => {
    expect(shownDayRange('2026-12-01T06:00:00Z', '2026-12-14T06:00:00Z', GB_UTC)).toBe('1 – 14 Dec 2026');
    expect(shownDayRange('2026-11-28T06:00:00Z', '2026-12-14T06:00:00Z', GB_UTC)).toBe('28 Nov – 14 Dec 2026');
    expect(shownDayRange('2025-12-28T06:00:00Z', '2026-01-04T06:00:00Z', GB_UTC)).toBe('28 Dec 2025 – 4 Jan 2026');
  });

  test('one day is one date, in the reader’s zone', () => {
    expect(shownDayRange('2026-12-14T06:00:00Z', '2026-12-14T09:00:00Z', GB_UTC)).toBe('14 Dec 2026');
    const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };
    expect(shownDayRange('2026-12-13T20:00:00Z', '2026-12-14T09:00:00Z', tokyo)).toBe('14 Dec 2026');
  });

  test('dates that make no range are shown as they are', () => {
    expect(shownDayRange('soon', '2026-12-14T06:00:00Z', GB_UTC)).toBe('soon – 14 Dec 2026');
  });
});
