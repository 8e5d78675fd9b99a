import { describe, expect, test } from 'vitest';
import { takeCall, wireRequestOf } from './batch-plan';
import { firstJobs, type Job } from './page-job';
import type { GraphGet } from './sources/graph-request';

const get = (key: string, extra: Partial<GraphGet> = {}): GraphGet => ({
  key,
  version: 'v1.0',
  url: `/${key}`,
  collection: false,
  ...extra,
});
const keysOf = (jobs: readonly Job[]) => jobs.map((j) => j.state.request.key);

describe('takeCall', () => {
  test('takes up to 20 jobs of the first job’s version, oldest first, and leaves the rest in order', () => {
    const requests = Array.from({ length: 25 }, (_, i) => get(`r${i}`, i % 5 === 1 ? { version: 'beta' } : {}));
    const ready = firstJobs(requests, true);
    const call = takeCall(ready);
    expect(call).toHaveLength(20);
    expect(call.every((j) => j.version === 'v1.0')).toBe(true);
    expect(keysOf(call).slice(0, 3)).toEqual(['r0', 'r2', 'r3']);
    expect(keysOf(ready)).toEqual(['r1', 'r6', 'r11', 'r16', 'r21']);
  });

  test('a direct job goes alone, and direct jobs never join a batch', () => {
    const [a, b, c] = firstJobs([get('a'), get('b'), get('c')], true) as [Job, Job, Job];
    const ready = [{ ...a, direct: true }, b, { ...c, direct: true }];
    expect(keysOf(takeCall(ready))).toEqual(['a']);
    expect(keysOf(takeCall(ready))).toEqual(['b']);
    expect(keysOf(takeCall(ready))).toEqual(['c']);
    expect(takeCall(ready)).toEqual([]);
  });
});

describe('wireRequestOf', () => {
  const consistency = { ConsistencyLevel: 'eventual' };

  test('a lone direct job is its own GET, with its request headers', () => {
    const [job] = firstJobs([get('users', { version: 'beta', headers: consistency })], false) as [Job];
    expect(wireRequestOf([job])).toEqual({ method: 'GET', version: 'beta', url: '/users', headers: consistency });
  });

  test('batched jobs are one $batch POST of GETs, ids 1…n in order, headers per request', () => {
    const jobs = firstJobs([get('domains'), get('users', { headers: consistency })], true);
    expect(wireRequestOf(jobs)).toEqual({
      method: 'POST',
      version: 'v1.0',
      url: '/$batch',
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/domains' },
          { id: '2', method: 'GET', url: '/users', headers: consistency },
        ],
      },
    });
  });

  test('a single batchable job still rides in a $batch', () => {
    const jobs = firstJobs([get('org')], true);
    expect(wireRequestOf(jobs)).toMatchObject({ method: 'POST', url: '/$batch' });
  });

  test('refuses an empty call', () => {
    expect(() => wireRequestOf([])).toThrow(RangeError);
  });
});
