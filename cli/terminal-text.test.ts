import { describe, expect, test } from 'vitest';
import { clipLines, paintFor, plural, wantsColour, wrapIndented, wrapText } from './terminal-text';

describe('plural', () => {
  test('one is singular; zero and many are plural; irregular plurals are given', () => {
    expect(plural(1, 'round trip')).toBe('1 round trip');
    expect(plural(0, 'round trip')).toBe('0 round trips');
    expect(plural(4, 'HTTP call')).toBe('4 HTTP calls');
    expect(plural(2, 'check by hand', 'checks by hand')).toBe('2 checks by hand');
  });
});

describe('wrapping', () => {
  test('breaks between words within the width, indenting every line', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrapIndented('the quick brown fox', 12, '   ', ' - ')).toEqual([' - the quick', '   brown fox']);
  });

  test('a word longer than the width is cut rather than overflowing', () => {
    expect(wrapText('aaaaaaaaaaaa b', 5)).toEqual(['aaaaa', 'aaaaa', 'aa b']);
  });

  test('clipping keeps the first lines and ends the last at a word with " …"', () => {
    expect(clipLines(['one two', 'three four', 'five'], 2, 20)).toEqual(['one two', 'three four …']);
    expect(clipLines(['one two three four', 'x'], 1, 18)).toEqual(['one two three …']);
    expect(clipLines(['a', 'b'], 2, 10)).toEqual(['a', 'b']);
  });
});

describe('colour', () => {
  test('only for a terminal, and never when NO_COLOR is set to anything', () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(undefined, {})).toBe(false);
  });

  test('with colour off, text and links are left as they are', () => {
    const off = paintFor(false);
    expect(off.bad('FAIL') + off.link('MFA', 'https://entra.microsoft.com/')).toBe('FAILMFA');
  });
});
