import { describe, expect, test } from 'vitest';
import { shownPoints, wholePoints } from './points';

describe('shownPoints', () => {
  test('whole points as whole numbers', () => {
    expect(shownPoints(7)).toBe('7');
    expect(shownPoints(0)).toBe('0');
    expect(shownPoints(335)).toBe('335');
  });

  test('a fraction with one decimal', () => {
    expect(shownPoints(1.8)).toBe('1.8');
    expect(shownPoints(2.33)).toBe('2.3');
    expect(shownPoints(4.67)).toBe('4.7');
  });

  test('a fraction never reads as whole: not full marks, not none', () => {
    expect(shownPoints(6.99)).toBe('6.9');
    expect(shownPoints(0.01)).toBe('0.1');
    expect(shownPoints(3.02)).toBe('3.1');
  });
});

describe('wholePoints', () => {
  test('a total is whole', () => {
    expect(wholePoints(335.67)).toBe('336');
    expect(wholePoints(658.33)).toBe('658');
    expect(wholePoints(12)).toBe('12');
  });
});
