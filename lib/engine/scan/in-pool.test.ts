import { describe, expect, test } from 'vitest';
import { inPool } from './in-pool';

describe('inPool', () => {
  test('results come back in the order of the items, whichever finishes first', async () => {
    const delays = [5, 1, 3, 0, 2];
    const out = await inPool(delays, 2, async (ms) => {
      await new Promise((done) => setTimeout(done, ms));
      return ms * 10;
    });
    expect(out).toEqual([50, 10, 30, 0, 20]);
  });

  test('never runs more than the limit at once, and uses the whole limit', async () => {
    let inFlight = 0;
    let most = 0;
    await inPool([...Array(9).keys()], 3, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((done) => setTimeout(done, 1));
      inFlight--;
    });
    expect(most).toBe(3);
  });

  test('no items: no calls and no results', async () => {
    let calls = 0;
    expect(await inPool([], 4, () => Promise.resolve(++calls))).toEqual([]);
    expect(calls).toBe(0);
  });
});
