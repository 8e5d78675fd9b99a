import { describe, expect, it } from 'vitest';
import { defaultWatchSettings, isWatchSettings, watchSettingsOf } from './watch-settings';

describe('watch settings', () => {
  it('default to notifying on any drop', () => {
    expect(watchSettingsOf(undefined)).toEqual({ notify: true, threshold: { kind: 'anyDrop' } });
  });

  it.each([
    [{ notify: false, threshold: { kind: 'ownOnly' } }],
    [{ notify: true, threshold: { kind: 'points', points: 5 } }],
  ])('keep what was saved: %j', (saved) => {
    expect(watchSettingsOf(saved)).toEqual(saved);
  });

  it.each([
    ['no threshold', { notify: true }],
    ['a threshold of 0 points', { notify: true, threshold: { kind: 'points', points: 0 } }],
    ['fractional points', { notify: true, threshold: { kind: 'points', points: 2.5 } }],
    ['points for another kind', { notify: true, threshold: { kind: 'anyDrop', points: 3 } }],
    ['an unknown kind', { notify: true, threshold: { kind: 'always' } }],
    ['notify as text', { notify: 'yes', threshold: { kind: 'anyDrop' } }],
    ['extra keys', { notify: true, threshold: { kind: 'anyDrop' }, url: 'https://x' }],
  ])('refuse %s (the defaults apply)', (_, saved) => {
    expect(isWatchSettings(saved)).toBe(false);
    expect(watchSettingsOf(saved)).toBe(defaultWatchSettings);
  });
});
