import { describe, expect, test } from 'vitest';
import { plainField, plainValue } from './plain-value';

describe('Graph values in words, for the badge card', () => {
  test("Graph's no-limit sentinels say 'no limit'; other numbers stay numbers", () => {
    expect(plainValue(2147483647)).toBe('no limit');
    expect(plainValue(-1)).toBe('-1');
    expect(plainValue(90)).toBe('90');
    expect(plainValue(0)).toBe('0');
  });

  test("missing values say 'not set'; booleans say Yes and No", () => {
    expect(plainValue(null)).toBe('not set');
    expect(plainValue(undefined)).toBe('not set');
    expect(plainValue('')).toBe('not set');
    expect(plainValue({})).toBe('not set');
    expect(plainValue(true)).toBe('Yes');
    expect(plainValue(false)).toBe('No');
  });

  test("an enum value in the control's own words, or as Graph wrote it when the control has none", () => {
    const names = { existingExternalUserSharingOnly: 'Existing guests', externalUserAndGuestSharing: 'Anyone' };
    expect(plainValue('existingExternalUserSharingOnly', names)).toBe('Existing guests');
    expect(plainValue('externalUserAndGuestSharing', names)).toBe('Anyone');
    expect(plainValue('enabledForReportingButNotEnforced')).toBe('enabledForReportingButNotEnforced');
  });

  test('a Graph timestamp reads as its day, never an ISO string with milliseconds', () => {
    expect(plainValue('2026-11-23T06:00:00.000Z')).toBe('23 Nov 2026');
    expect(plainValue('2026-01-05T23:59Z')).toBe('5 Jan 2026');
    expect(plainValue('2026-13-05T23:59:00Z')).toBe('2026-13-05T23:59:00Z');
    expect(plainValue('2026-11-23')).toBe('2026-11-23');
  });

  test('lists: empty is none, long ones show five and a count, lists of objects a count', () => {
    expect(plainValue([])).toBe('none');
    expect(plainValue(['All', 'admins'])).toBe('All, admins');
    expect(plainValue([1, 2, 3, 4, 5, 6, 7])).toBe('1, 2, 3, 4, 5 and 2 more');
    expect(plainValue([{ id: 'a' }, { id: 'b' }])).toBe('2 items');
    expect(plainValue([true, null])).toBe('Yes, not set');
  });

  test('a small object reads as its fields, each in words', () => {
    expect(plainValue({ isEnabled: true, maximum: 2147483647 })).toBe('isEnabled Yes, maximum no limit');
  });

  test('a field line uses the names given for that field only', () => {
    const names = { sharingCapability: { disabled: 'Only people in your organization' } };
    expect(plainField('sharingCapability', 'disabled', names)).toBe(
      'sharingCapability: Only people in your organization',
    );
    expect(plainField('otherField', 'disabled', names)).toBe('otherField: disabled');
    expect(plainField('passwordValidityPeriodInDays', 2147483647)).toBe('passwordValidityPeriodInDays: no limit');
  });
});
