import { describe, expect, test } from 'vitest';
import { firstJobs, type RequestState } from './page-job';
import { afterPage, maxPages } from './paging';
import type { GraphGet } from './sources/graph-request';

const root = 'https://graph.microsoft.com';
const users: GraphGet = { key: 'users', version: 'v1.0', url: '/users', collection: true };
const stateOf = (request: GraphGet = users): RequestState =>
  (firstJobs([request], true)[0] as { state: RequestState }).state;
const link = (n: number) => `${root}/v1.0/users?$skiptoken=${n}`;

describe('afterPage', () => {
  test('a single resource is its own outcome', () => {
    const org = stateOf({ key: 'org', version: 'v1.0', url: '/organization', collection: false });
    expect(afterPage(org, 200, { id: 'x' }, root)).toEqual({
      outcome: { ok: true, status: 200, body: { id: 'x' }, pages: 1 },
    });
  });

  test('follows nextLinks, merges values, and keeps the first page’s count', () => {
    const state = stateOf();
    expect(afterPage(state, 200, { value: [1, 2], '@odata.count': 3, '@odata.nextLink': link(1) }, root)).toEqual({
      next: { version: 'v1.0', url: '/users?$skiptoken=1' },
    });
    expect(afterPage(state, 200, { value: [3], '@odata.count': 99 }, root)).toEqual({
      outcome: { ok: true, status: 200, body: { value: [1, 2, 3], '@odata.count': 3 }, pages: 2 },
    });
  });

  test('a one-page collection without a count is just its values', () => {
    expect(afterPage(stateOf(), 200, { value: ['a'], other: 1 }, root)).toEqual({
      outcome: { ok: true, status: 200, body: { value: ['a'] }, pages: 1 },
    });
  });

  test('a first page without value goes to the parser as it came; a later one fails', () => {
    expect(afterPage(stateOf(), 200, { error: 'odd' }, root)).toEqual({
      outcome: { ok: true, status: 200, body: { error: 'odd' }, pages: 1 },
    });
    const state = stateOf();
    afterPage(state, 200, { value: [], '@odata.nextLink': link(1) }, root);
    expect(afterPage(state, 200, 'not json', root)).toEqual({
      outcome: {
        ok: false,
        status: 502,
        code: 'MalformedPage',
        message: 'Page 2 of GET /v1.0/users had no value array.',
      },
    });
  });

  test('stops when Graph repeats a nextLink', () => {
    const state = stateOf();
    afterPage(state, 200, { value: [], '@odata.nextLink': link(1) }, root);
    expect(afterPage(state, 200, { value: [], '@odata.nextLink': link(1) }, root)).toEqual({
      outcome: {
        ok: false,
        status: 502,
        code: 'PagingLoop',
        message: 'Graph returned the same @odata.nextLink twice for GET /v1.0/users; stopped paging.',
      },
    });
  });

  test(`stops at ${maxPages} pages`, () => {
    const state = stateOf();
    for (let n = 1; n < maxPages; n += 1)
      expect(afterPage(state, 200, { value: [n], '@odata.nextLink': link(n) }, root)).toHaveProperty('next');
    expect(afterPage(state, 200, { value: [], '@odata.nextLink': link(maxPages) }, root)).toMatchObject({
      outcome: {
        ok: false,
        status: 502,
        code: 'TooManyPages',
        message: `GET /v1.0/users went past ${maxPages} pages; stopped paging.`,
      },
    });
  });

  test('refuses a nextLink it can’t turn into a Graph URL', () => {
    expect(
      afterPage(stateOf(), 200, { value: [], '@odata.nextLink': 'https://evil.example/users' }, root),
    ).toMatchObject({
      outcome: { ok: false, status: 502, code: 'BadNextLink' },
    });
  });
});
