import { expect, test } from 'vitest';
import type { GraphProgress } from '../../graph/sources/graph-request';
import { progressAcrossWaves } from './wave-progress';

test('progress adds up across waves, so it never goes backwards', () => {
  const seen: GraphProgress[] = [];
  const waves = progressAcrossWaves((p) => seen.push(p));
  const first = waves.next()!;
  first({ done: 1, total: 3 });
  first({ done: 3, total: 3 });
  const second = waves.next()!;
  second({ done: 1, total: 2 });
  second({ done: 2, total: 2 });
  expect(seen).toEqual([
    { done: 1, total: 3 },
    { done: 3, total: 3 },
    { done: 4, total: 5 },
    { done: 5, total: 5 },
  ]);
  expect(progressAcrossWaves(undefined).next()).toBeUndefined();
});
