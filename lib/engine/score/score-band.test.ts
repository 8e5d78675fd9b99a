import { describe, expect, test } from 'vitest';
import { bandOf } from './score-band';

describe('score bands, the same on the ring, the category bars and the toolbar badge', () => {
  test.each([
    [100, 'strong', 'Strong', '#137333'],
    [80, 'strong', 'Strong', '#137333'],
    [79, 'good', 'Good', '#1a73e8'],
    [60, 'good', 'Good', '#1a73e8'],
    [59, 'fair', 'Fair', '#b06000'],
    [40, 'fair', 'Fair', '#b06000'],
    [39, 'poor', 'Poor', '#c5221f'],
    [0, 'poor', 'Poor', '#c5221f'],
  ])('%i%% is %s', (percent, id, label, color) => {
    expect(bandOf(percent)).toEqual({ id, label, color });
  });
});
