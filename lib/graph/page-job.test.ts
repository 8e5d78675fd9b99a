import { describe, expect, test } from 'vitest';
import { firstJobs } from './page-job';
import type { GraphGet } from './sources/graph-request';

const users: GraphGet = { key: 'users', version: 'beta', url: '/users?$count=true', collection: true };
const org: GraphGet = { key: 'org', version: 'v1.0', url: '/organization', collection: false };

describe('firstJobs', () => {
  test('queues every request’s first page, in order, with nothing read yet', () => {
    const jobs = firstJobs([users, org], true);
    expect(jobs.map((j) => [j.version, j.url, j.after, j.retry, j.direct])).toEqual([
      ['beta', '/users?$count=true', 0, 0, false],
      ['v1.0', '/organization', 0, 0, false],
    ]);
    expect(jobs[0]?.state).toEqual({
      request: users,
      values: [],
      count: undefined,
      pages: 0,
      seenLinks: new Set(),
      settled: false,
    });
  });

  test('each request gets its own state', () => {
    const [a, b] = firstJobs([users, org], true);
    expect(a?.state).not.toBe(b?.state);
    expect(a?.state.values).not.toBe(b?.state.values);
  });

  test('with batching off every job goes alone', () => {
    expect(firstJobs([users, org], false).map((j) => j.direct)).toEqual([true, true]);
  });
});
