import { expect, test } from 'vitest';
import { createFilterCache } from './filter-cache';

test('remembers filtered results for large collections only, per collection and filter', () => {
  const cache = createFilterCache();
  const large = Array.from({ length: 5000 }, (_, i) => ({ i }));
  const small = [{ i: 0 }];
  cache.set(large, 'i eq 1', [large[1]!]);
  cache.set(small, 'i eq 0', small);
  expect(cache.get(large, 'i eq 1')).toEqual([{ i: 1 }]);
  expect(cache.get(large, 'i eq 2')).toBeUndefined();
  expect(cache.get([...large], 'i eq 1')).toBeUndefined();
  // Small collections are never cached, so a test that patches a fixture always sees its patch.
  expect(cache.get(small, 'i eq 0')).toBeUndefined();
});
