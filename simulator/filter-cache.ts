/**
 * Filtering 100 000 users for every page of a large tenant is slow, so large filtered collections are
 * remembered per (collection, filter). Small ones aren't, so tests that patch a fixture between
 * requests always see their patch.
 */
export interface FilterCache {
  get(items: readonly object[], key: string): readonly object[] | undefined;
  set(items: readonly object[], key: string, value: readonly object[]): void;
}

const CACHE_THRESHOLD = 5000;

export function createFilterCache(): FilterCache {
  const cache = new WeakMap<readonly object[], Map<string, readonly object[]>>();
  return {
    get: (items, key) => (items.length >= CACHE_THRESHOLD ? cache.get(items)?.get(key) : undefined),
    set: (items, key, value) => {
      if (items.length < CACHE_THRESHOLD) return;
      const forItems = cache.get(items) ?? new Map<string, readonly object[]>();
      forItems.set(key, value);
      cache.set(items, forItems);
    },
  };
}
