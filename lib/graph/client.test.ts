import { describe, expect, test, vi } from 'vitest';
import { createGraphClient, maxPages } from './client';
import type { GraphClientOptions } from './client';
import type { GraphGet, GraphOutcome, GraphProgress } from './sources/graph-request';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';

// ---------------------------------------------------------------------------------------------
// A small fake Graph: understands `$batch` bodies and plain GETs, and lets each test script the
// answer to every logical GET (and, when it wants, to a whole batch envelope or HTTP call).
// ---------------------------------------------------------------------------------------------

const root = 'http://127.0.0.1:4567';

/** One logical GET as the fake saw it, inside a batch or on its own. */
interface SeenGet {
  readonly version: string;
  readonly url: string;
  readonly headers: Headers;
  readonly inBatch: boolean;
  /** How many times this version+URL has been asked for, counting this one (1 = first). */
  readonly nth: number;
}

/** One HTTP call on the wire. */
interface SeenCall {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly gets: SeenGet[];
  readonly batchIds: string[];
}

interface Reply {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

interface FakeOptions {
  /** Answer to one logical GET; default 200 `{ url }`. */
  readonly answer?: (get: SeenGet) => Reply | Promise<Reply>;
  /** Replaces a whole HTTP call's answer (envelope failures, network errors: throw). */
  readonly onCall?: (call: SeenCall, index: number) => Reply | undefined | Promise<Reply | undefined>;
  /** Inner responses in reverse order, to prove matching by id. */
  readonly reverse?: boolean;
  /** Keeps every call open this long, so parallel calls overlap. */
  readonly latencyMs?: number;
  /** Drops these inner ids from a batch response (by logical URL). */
  readonly drop?: (get: SeenGet) => boolean;
}

function fakeGraph(options: FakeOptions = {}) {
  const calls: SeenCall[] = [];
  const asked = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const answer = options.answer ?? ((get: SeenGet): Reply => ({ body: { url: get.url } }));

  const see = (version: string, url: string, headers: Headers, inBatch: boolean): SeenGet => {
    const id = `${version} ${url}`;
    const nth = (asked.get(id) ?? 0) + 1;
    asked.set(id, nth);
    return { version, url, headers, inBatch, nth };
  };

  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      init?.signal?.throwIfAborted();
      const href = input instanceof Request ? input.url : input.toString();
      if (!href.startsWith(`${root}/`)) throw new Error(`fake Graph: unexpected host in ${href}`);
      const [, version = '', rest = ''] = /^\/(v1\.0|beta)(\/.*)$/.exec(href.slice(root.length)) ?? [];
      const method = init?.method ?? 'GET';
      const headers = new Headers(init?.headers);
      const call: SeenCall = { method, url: href, headers, gets: [], batchIds: [] };
      calls.push(call);

      let inner: { id: string; method: string; url: string; headers?: Record<string, string> }[] = [];
      if (method === 'POST') {
        expect(rest).toBe('/$batch');
        inner = (JSON.parse(init?.body as string) as { requests: typeof inner }).requests;
        for (const r of inner) {
          call.batchIds.push(r.id);
          call.gets.push(see(version, r.url, new Headers(r.headers), true));
        }
      } else {
        call.gets.push(see(version, rest, headers, false));
      }
      if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      init?.signal?.throwIfAborted();

      const override = await options.onCall?.(call, calls.length - 1);
      if (override) return reply(override);
      if (method !== 'POST') return reply(await answer(call.gets[0] as SeenGet));

      const responses = [];
      for (const [i, get] of call.gets.entries()) {
        if (options.drop?.(get)) continue;
        const r = await answer(get);
        responses.push({
          id: inner[i]?.id,
          status: r.status ?? 200,
          headers: { 'Content-Type': 'application/json', ...r.headers },
          body: r.body ?? null,
        });
      }
      if (options.reverse) responses.reverse();
      return reply({ body: { responses } });
    } finally {
      inFlight -= 1;
    }
  }) as typeof fetch;

  return {
    fetch: fetchFn,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
    /** Every logical GET seen, in order. */
    get gets() {
      return calls.flatMap((c) => c.gets);
    },
  };
}

function reply({ status = 200, body, headers }: Reply): Response {
  if (typeof body === 'string')
    return new Response(body, { status, headers: { 'Content-Type': 'text/plain', ...headers } });
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

const get = (key: string, extra: Partial<GraphGet> = {}): GraphGet => ({
  key,
  version: 'v1.0',
  url: `/${key}`,
  collection: false,
  ...extra,
});

function clientFor(fake: ReturnType<typeof fakeGraph>, options: Partial<GraphClientOptions> = {}) {
  const sleep = vi.fn((_ms: number) => Promise.resolve());
  const getToken = vi.fn(() => Promise.resolve('secret-token'));
  const client = createGraphClient({ graphRoot: root, fetch: fake.fetch, getToken, sleep, ...options });
  return { client, sleep, getToken };
}

const ok = (body: unknown, pages = 1): GraphOutcome => ({ ok: true, status: 200, body, pages });
const throttled = (seconds?: number): Reply => ({
  status: 429,
  headers: seconds === undefined ? {} : { 'Retry-After': String(seconds) },
  body: { error: { code: 'TooManyRequests', message: 'Please retry again later.' } },
});

// ---------------------------------------------------------------------------------------------

describe('batching', () => {
  test('groups ≤ 20 requests per $batch, one version per batch, with unique ids', async () => {
    const fake = fakeGraph();
    const { client } = clientFor(fake, { concurrency: 10 });
    const requests = [
      ...Array.from({ length: 45 }, (_, i) => get(`v1-${i}`)),
      ...Array.from({ length: 3 }, (_, i) => get(`beta-${i}`, { version: 'beta' })),
    ];
    const outcomes = await client.getAll(requests);

    expect(fake.calls.every((c) => c.method === 'POST' && c.url.endsWith('/$batch'))).toBe(true);
    expect(fake.calls.map((c) => [c.url.replace(root, ''), c.gets.length])).toEqual([
      ['/v1.0/$batch', 20],
      ['/v1.0/$batch', 20],
      ['/v1.0/$batch', 5],
      ['/beta/$batch', 3],
    ]);
    for (const call of fake.calls) {
      expect(new Set(call.batchIds).size).toBe(call.batchIds.length);
      expect(call.gets.every((g) => g.version === call.url.slice(root.length + 1).split('/')[0])).toBe(true);
    }
    expect([...outcomes.keys()]).toEqual(requests.map((r) => r.key));
    expect(outcomes.get('beta-2')).toEqual(ok({ url: '/beta-2' }));
    expect(client.stats).toEqual({ graphRequests: 48, httpCalls: 4, roundTrips: 1, retries: 0 });
  });

  test('matches responses that come back in any order by id', async () => {
    const fake = fakeGraph({ reverse: true });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll(['a', 'b', 'c', 'd'].map((k) => get(k)));
    expect(Object.fromEntries(outcomes)).toEqual({
      a: ok({ url: '/a' }),
      b: ok({ url: '/b' }),
      c: ok({ url: '/c' }),
      d: ok({ url: '/d' }),
    });
  });

  test('sends the token, Accept and Content-Type on the envelope and keeps inner requests to GETs', async () => {
    const fake = fakeGraph();
    const { client, getToken } = clientFor(fake);
    await client.getAll([get('users/$count', { headers: { ConsistencyLevel: 'eventual' } }), get('domains')]);
    const [call] = fake.calls;
    expect(call?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(call?.headers.get('accept')).toBe('application/json');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.gets.map((g) => [g.url, g.headers.get('consistencylevel'), g.headers.get('authorization')])).toEqual([
      ['/users/$count', 'eventual', null],
      ['/domains', null, null],
    ]);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  test('decodes inner bodies sent as JSON strings and keeps text ones', async () => {
    const fake = fakeGraph({
      answer: (g) =>
        g.url === '/text'
          ? { body: '42', headers: { 'Content-Type': 'text/plain' } }
          : { body: JSON.stringify({ id: 'org' }) },
    });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([get('text'), get('json')]);
    expect(outcomes.get('text')).toEqual(ok('42'));
    expect(outcomes.get('json')).toEqual(ok({ id: 'org' }));
  });

  test('batch: false sends every GET on its own, with its headers', async () => {
    const fake = fakeGraph();
    const { client } = clientFor(fake, { batch: false });
    const outcomes = await client.getAll([
      get('a', { headers: { ConsistencyLevel: 'eventual' } }),
      get('b', { version: 'beta' }),
      get('c'),
    ]);
    expect(fake.calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${root}/v1.0/a`],
      ['GET', `${root}/beta/b`],
      ['GET', `${root}/v1.0/c`],
    ]);
    expect(fake.calls[0]?.headers.get('consistencylevel')).toBe('eventual');
    expect(fake.calls[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(outcomes.get('b')).toEqual(ok({ url: '/b' }));
    expect(client.stats).toEqual({ graphRequests: 3, httpCalls: 3, roundTrips: 1, retries: 0 });
  });
});

describe('paging', () => {
  const users = ['u1', 'u2', 'u3', 'u4', 'u5'];
  /** `/users?$count=true` in pages of two, count on the first page only, absolute nextLinks. */
  const pagedUsers = (g: SeenGet): Reply => {
    const page = Number(/\$skiptoken=(\d+)/.exec(g.url)?.[1] ?? 0);
    const value = users.slice(page * 2, page * 2 + 2).map((id) => ({ id }));
    const more = (page + 1) * 2 < users.length;
    return {
      body: {
        ...(page === 0 ? { '@odata.count': users.length } : {}),
        value,
        ...(more ? { '@odata.nextLink': `${root}/v1.0/users?$count=true&$skiptoken=${page + 1}` } : {}),
      },
    };
  };

  test('follows nextLinks, re-sends ConsistencyLevel on every page, keeps the first page count', async () => {
    const fake = fakeGraph({ answer: pagedUsers });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([
      get('users', { url: '/users?$count=true', collection: true, headers: { ConsistencyLevel: 'eventual' } }),
    ]);

    expect(outcomes.get('users')).toEqual(ok({ value: users.map((id) => ({ id })), '@odata.count': 5 }, 3));
    expect(fake.gets.map((g) => [g.url, g.headers.get('ConsistencyLevel')])).toEqual([
      ['/users?$count=true', 'eventual'],
      ['/users?$count=true&$skiptoken=1', 'eventual'],
      ['/users?$count=true&$skiptoken=2', 'eventual'],
    ]);
    expect(client.stats).toEqual({ graphRequests: 3, httpCalls: 3, roundTrips: 3, retries: 0 });
  });

  test('batches the next pages of different requests together', async () => {
    const fake = fakeGraph({
      answer: (g) => {
        const [path = '', page = '1'] = g.url.split('?page=');
        const next = Number(page) < 3 ? { '@odata.nextLink': `${root}/v1.0${path}?page=${Number(page) + 1}` } : {};
        return { body: { value: [`${path}#${page}`], ...next } };
      },
    });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([get('a', { collection: true }), get('b', { collection: true }), get('c')]);
    expect(fake.calls.map((c) => c.gets.map((g) => g.url))).toEqual([
      ['/a', '/b', '/c'],
      ['/a?page=2', '/b?page=2'],
      ['/a?page=3', '/b?page=3'],
    ]);
    expect(outcomes.get('b')).toEqual(ok({ value: ['/b#1', '/b#2', '/b#3'] }, 3));
    // Not a collection: its nextLink is left alone.
    expect(outcomes.get('c')).toEqual(ok({ value: ['/c#1'], '@odata.nextLink': `${root}/v1.0/c?page=2` }));
    expect(client.stats.roundTrips).toBe(3);
  });

  test('follows nextLinks with plain GETs when batching is off', async () => {
    const fake = fakeGraph({ answer: pagedUsers });
    const { client } = clientFor(fake, { batch: false });
    const outcomes = await client.getAll([
      get('users', { url: '/users?$count=true', collection: true, headers: { ConsistencyLevel: 'eventual' } }),
    ]);
    expect(fake.calls.map((c) => [c.method, c.url, c.headers.get('consistencylevel')])).toEqual([
      ['GET', `${root}/v1.0/users?$count=true`, 'eventual'],
      ['GET', `${root}/v1.0/users?$count=true&$skiptoken=1`, 'eventual'],
      ['GET', `${root}/v1.0/users?$count=true&$skiptoken=2`, 'eventual'],
    ]);
    expect(outcomes.get('users')).toMatchObject({ ok: true, pages: 3 });
    expect(client.stats).toEqual({ graphRequests: 3, httpCalls: 3, roundTrips: 3, retries: 0 });
  });

  test('a single-page collection comes back as { value } without a count', async () => {
    const fake = fakeGraph({ answer: () => ({ body: { '@odata.context': 'x', value: [1, 2] } }) });
    const { client } = clientFor(fake);
    expect((await client.getAll([get('domains', { collection: true })])).get('domains')).toEqual(ok({ value: [1, 2] }));
  });

  test('stops on a nextLink loop with a clear failure', async () => {
    const fake = fakeGraph({
      answer: () => ({ body: { value: [1], '@odata.nextLink': `${root}/v1.0/loop?$skiptoken=same` } }),
    });
    const { client } = clientFor(fake);
    const outcome = (await client.getAll([get('loop', { collection: true })])).get('loop');
    expect(outcome).toEqual({
      ok: false,
      status: 502,
      code: 'PagingLoop',
      message: 'Graph returned the same @odata.nextLink twice for GET /v1.0/loop; stopped paging.',
    });
    expect(fake.gets).toHaveLength(2);
  });

  test(`stops after ${maxPages} pages`, async () => {
    const fake = fakeGraph({
      answer: (g) => ({
        body: { value: [], '@odata.nextLink': `${root}/v1.0/endless?n=${g.url.length}${Math.random()}` },
      }),
    });
    const { client } = clientFor(fake);
    const outcome = (await client.getAll([get('endless', { collection: true })])).get('endless');
    expect(outcome).toMatchObject({ ok: false, status: 502, code: 'TooManyPages' });
    expect(fake.gets).toHaveLength(maxPages);
  });

  test('a later page without a value array fails the request', async () => {
    const fake = fakeGraph({
      answer: (g) => ({
        body: g.url === '/odd' ? { value: [], '@odata.nextLink': `${root}/v1.0/odd?p=2` } : { error: 'nope' },
      }),
    });
    const { client } = clientFor(fake);
    expect((await client.getAll([get('odd', { collection: true })])).get('odd')).toMatchObject({
      ok: false,
      status: 502,
      code: 'MalformedPage',
    });
  });
});

describe('retries', () => {
  test('429 on the wire waits Retry-After, then succeeds', async () => {
    const fake = fakeGraph({ answer: (g) => (g.nth === 1 ? throttled(7) : { body: { id: 'ok' } }) });
    const { client, sleep } = clientFor(fake, { batch: false });
    const outcomes = await client.getAll([get('domains')]);
    expect(sleep.mock.calls).toEqual([[7_000]]);
    expect(outcomes.get('domains')).toEqual(ok({ id: 'ok' }));
    expect(client.stats).toEqual({ graphRequests: 2, httpCalls: 2, roundTrips: 2, retries: 1 });
  });

  test('Retry-After as an HTTP date is honoured', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T10:00:00Z') });
    try {
      const fake = fakeGraph({
        answer: (g) =>
          g.nth === 1 ? { status: 503, headers: { 'Retry-After': 'Sun, 01 Mar 2026 10:00:04 GMT' } } : { body: {} },
      });
      const { client, sleep } = clientFor(fake, { batch: false });
      await client.getAll([get('x')]);
      expect(sleep.mock.calls).toEqual([[4_000]]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('429 inside a 200 batch retries only the throttled id, after its Retry-After', async () => {
    const fake = fakeGraph({
      answer: (g) => (g.url === '/b' && g.nth === 1 ? throttled(2) : { body: { url: g.url } }),
    });
    const { client, sleep } = clientFor(fake);
    const outcomes = await client.getAll([get('a'), get('b'), get('c')]);
    expect(fake.calls.map((c) => c.gets.map((g) => g.url))).toEqual([['/a', '/b', '/c'], ['/b']]);
    expect(sleep.mock.calls).toEqual([[2_000]]);
    expect(outcomes.get('b')).toEqual(ok({ url: '/b' }));
    expect(client.stats).toEqual({ graphRequests: 4, httpCalls: 2, roundTrips: 2, retries: 1 });
  });

  test('requests throttled together wait once and go back in one batch', async () => {
    const fake = fakeGraph({ answer: (g) => (g.nth === 1 && g.url !== '/a' ? throttled(3) : { body: {} }) });
    const { client, sleep } = clientFor(fake);
    await client.getAll([get('a'), get('b'), get('c')]);
    expect(sleep.mock.calls).toEqual([[3_000]]);
    expect(fake.calls.map((c) => c.gets.map((g) => g.url))).toEqual([
      ['/a', '/b', '/c'],
      ['/b', '/c'],
    ]);
    expect(client.stats.retries).toBe(2);
  });

  test('503 without Retry-After backs off (1 s step, jittered), then succeeds', async () => {
    const fake = fakeGraph({
      answer: (g) => (g.nth === 1 ? { status: 503, body: 'Service Unavailable' } : { body: { v: 1 } }),
    });
    const { client, sleep } = clientFor(fake);
    const outcomes = await client.getAll([get('org')]);
    expect(sleep).toHaveBeenCalledTimes(1);
    const waited = sleep.mock.calls[0]?.[0] ?? -1;
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThanOrEqual(1_000);
    expect(outcomes.get('org')).toEqual(ok({ v: 1 }));
  });

  test('backoff grows between attempts and stays under 30 s', async () => {
    const fake = fakeGraph({ answer: () => ({ status: 504 }) });
    const { client, sleep } = clientFor(fake, { maxRetries: 8, batch: false });
    const outcome = (await client.getAll([get('slow')])).get('slow');
    const waits = sleep.mock.calls.map(([ms]) => ms);
    expect(waits).toHaveLength(8);
    waits.forEach((ms, i) => {
      const step = Math.min(30_000, 1_000 * 2 ** i);
      expect(ms).toBeGreaterThanOrEqual(step / 2);
      expect(ms).toBeLessThanOrEqual(step);
    });
    expect(outcome).toEqual({
      ok: false,
      status: 504,
      code: 'GatewayTimeout',
      message: 'Graph was unavailable (HTTP 504) and retries ran out.',
    });
  });

  test('when retries run out the request fails as throttled; the others are unaffected', async () => {
    const fake = fakeGraph({ answer: (g) => (g.url === '/hot' ? throttled(1) : { body: { url: g.url } }) });
    const { client, sleep } = clientFor(fake, { maxRetries: 2 });
    const outcomes = await client.getAll([get('hot'), get('cold')]);
    expect(outcomes.get('hot')).toEqual({
      ok: false,
      status: 429,
      code: 'TooManyRequests',
      message: 'Graph throttled the request and retries ran out.',
    });
    expect(outcomes.get('cold')).toEqual(ok({ url: '/cold' }));
    expect(sleep.mock.calls).toEqual([[1_000], [1_000]]);
    expect(fake.gets.filter((g) => g.url === '/hot')).toHaveLength(3);
    expect(client.stats).toEqual({ graphRequests: 4, httpCalls: 3, roundTrips: 3, retries: 2 });
  });

  test('a Retry-After longer than the cap fails at once as throttled', async () => {
    const fake = fakeGraph({ answer: () => throttled(120) });
    const { client, sleep } = clientFor(fake);
    const outcome = (await client.getAll([get('x')])).get('x');
    expect(sleep).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({
      ok: false,
      status: 429,
      code: 'TooManyRequests',
      message: expect.stringContaining('120 s') as string,
    });
  });

  test('a throttled envelope is sent again whole after its Retry-After', async () => {
    const fake = fakeGraph({ onCall: (_c, i) => (i === 0 ? throttled(5) : undefined) });
    const { client, sleep } = clientFor(fake);
    const outcomes = await client.getAll([get('a'), get('b')]);
    expect(sleep.mock.calls).toEqual([[5_000]]);
    expect(fake.calls.map((c) => c.gets.map((g) => g.url))).toEqual([
      ['/a', '/b'],
      ['/a', '/b'],
    ]);
    expect([...outcomes.values()].every((o) => o.ok)).toBe(true);
    expect(client.stats).toEqual({ graphRequests: 4, httpCalls: 2, roundTrips: 2, retries: 2 });
  });

  test('a page retried after 429 still carries its headers and keeps the pages already read', async () => {
    const fake = fakeGraph({
      answer: (g) => {
        if (g.url === '/groups') return { body: { value: [1], '@odata.nextLink': `${root}/v1.0/groups?$skiptoken=2` } };
        return g.nth === 1 ? throttled(1) : { body: { value: [2] } };
      },
    });
    const { client } = clientFor(fake);
    const outcome = (
      await client.getAll([get('groups', { collection: true, headers: { ConsistencyLevel: 'eventual' } })])
    ).get('groups');
    expect(outcome).toEqual(ok({ value: [1, 2] }, 2));
    expect(fake.gets.map((g) => g.headers.get('consistencylevel'))).toEqual(['eventual', 'eventual', 'eventual']);
    expect(client.stats).toEqual({ graphRequests: 3, httpCalls: 3, roundTrips: 3, retries: 1 });
  });
});

describe('failures become outcomes', () => {
  test('403 keeps its status and Graph error code and message', async () => {
    const denied = {
      error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
    };
    const fake = fakeGraph({ answer: (g) => (g.url === '/secret' ? { status: 403, body: denied } : { body: {} }) });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([get('secret'), get('open')]);
    expect(outcomes.get('secret')).toEqual({ ok: false, status: 403, ...denied.error });
    expect(outcomes.get('open')).toEqual(ok({}));
  });

  test('an error without a Graph body still says what happened', async () => {
    const fake = fakeGraph({ answer: () => ({ status: 404, body: 'Not Found' }) });
    const { client } = clientFor(fake, { batch: false });
    expect((await client.getAll([get('gone')])).get('gone')).toEqual({
      ok: false,
      status: 404,
      message: 'Graph answered HTTP 404.',
    });
  });

  test('a network error makes every request in the call offline, without rejecting', async () => {
    const fake = fakeGraph({
      onCall: () => {
        throw new TypeError('fetch failed');
      },
    });
    const { client, sleep } = clientFor(fake);
    const outcomes = await client.getAll([get('a'), get('b')]);
    expect(Object.fromEntries(outcomes)).toEqual({
      a: { ok: false, status: 'offline', message: 'Could not reach Microsoft Graph: fetch failed' },
      b: { ok: false, status: 'offline', message: 'Could not reach Microsoft Graph: fetch failed' },
    });
    expect(sleep).not.toHaveBeenCalled();
  });

  test('a token that cannot be had fails the requests, never the scan, and is not sent', async () => {
    const fake = fakeGraph();
    const outcomes = await createGraphClient({
      graphRoot: root,
      fetch: fake.fetch,
      getToken: () => Promise.reject(new Error('interaction_required')),
    }).getAll([get('a')]);
    expect(outcomes.get('a')).toMatchObject({ ok: false, status: 401, code: 'TokenUnavailable' });
    expect(fake.calls).toHaveLength(0);
  });

  test('a 400 envelope falls back to sending each request once on its own', async () => {
    const fake = fakeGraph({
      onCall: (c) =>
        c.method === 'POST'
          ? { status: 400, body: { error: { code: 'BadRequest', message: 'Invalid batch payload format.' } } }
          : undefined,
      answer: (g) =>
        g.url === '/bad'
          ? { status: 400, body: { error: { code: 'BadRequest', message: 'Unsupported query.' } } }
          : { body: { url: g.url } },
    });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([
      get('a', { headers: { ConsistencyLevel: 'eventual' } }),
      get('bad'),
      get('c'),
    ]);
    expect(fake.calls.map((c) => `${c.method} ${c.url.slice(root.length)}`)).toEqual([
      'POST /v1.0/$batch',
      'GET /v1.0/a',
      'GET /v1.0/bad',
      'GET /v1.0/c',
    ]);
    expect(fake.calls[1]?.headers.get('consistencylevel')).toBe('eventual');
    expect(outcomes.get('a')).toEqual(ok({ url: '/a' }));
    expect(outcomes.get('bad')).toEqual({ ok: false, status: 400, code: 'BadRequest', message: 'Unsupported query.' });
    expect(client.stats).toEqual({ graphRequests: 6, httpCalls: 4, roundTrips: 2, retries: 0 });
  });

  test('a 401 envelope fails every request with its status and code', async () => {
    const fake = fakeGraph({
      onCall: () => ({
        status: 401,
        body: { error: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed.' } },
      }),
    });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([get('a'), get('b')]);
    expect(outcomes.get('b')).toEqual({
      ok: false,
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Lifetime validation failed.',
    });
    expect(fake.calls).toHaveLength(1);
  });

  test('a 200 batch that is missing an id sends that request again on its own', async () => {
    const fake = fakeGraph({ drop: (g) => g.inBatch && g.url === '/b' });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([get('a'), get('b')]);
    expect(fake.calls.map((c) => c.method)).toEqual(['POST', 'GET']);
    expect(outcomes.get('b')).toEqual(ok({ url: '/b' }));
  });

  test('a 200 envelope that is not a batch response falls back to single GETs', async () => {
    const fake = fakeGraph({ onCall: (c) => (c.method === 'POST' ? { body: '<html>proxy login</html>' } : undefined) });
    const { client } = clientFor(fake);
    const outcomes = await client.getAll([get('a')]);
    expect(outcomes.get('a')).toEqual(ok({ url: '/a' }));
  });
});

describe('scheduling', () => {
  test('never runs more HTTP calls at once than the concurrency limit', async () => {
    const fake = fakeGraph({ latencyMs: 5 });
    const { client } = clientFor(fake, { concurrency: 3 });
    const outcomes = await client.getAll(Array.from({ length: 200 }, (_, i) => get(`r${i}`)));
    expect(fake.calls).toHaveLength(10);
    expect(fake.maxInFlight).toBe(3);
    expect(outcomes.size).toBe(200);
    expect(client.stats.roundTrips).toBe(1);
  });

  test('the limit holds for single GETs and across getAll calls of one client', async () => {
    const fake = fakeGraph({ latencyMs: 3 });
    const { client } = clientFor(fake, { concurrency: 2, batch: false });
    const many = (p: string) => Array.from({ length: 7 }, (_, i) => get(`${p}${i}`));
    await Promise.all([client.getAll(many('x')), client.getAll(many('y'))]);
    expect(fake.calls).toHaveLength(14);
    expect(fake.maxInFlight).toBe(2);
  });

  test('reports progress as requests and discovered pages complete', async () => {
    const fake = fakeGraph({
      answer: (g) => ({ body: { value: [], ...(g.url === '/p' ? { '@odata.nextLink': `${root}/v1.0/p?2` } : {}) } }),
    });
    const { client } = clientFor(fake);
    const seen: GraphProgress[] = [];
    await client.getAll([get('p', { collection: true }), get('q'), get('r')], (p) => seen.push(p));
    expect(seen[0]).toEqual({ done: 0, total: 3 });
    expect(seen.at(-1)).toEqual({ done: 4, total: 4 });
    for (const [i, p] of seen.entries()) {
      expect(p.done).toBeLessThanOrEqual(p.total);
      if (i > 0) expect(p.done).toBeGreaterThanOrEqual(seen[i - 1]?.done ?? 0);
    }
  });

  test('stats add up over several scans', async () => {
    const fake = fakeGraph();
    const { client } = clientFor(fake);
    await client.getAll([get('a')]);
    await client.getAll([get('b')]);
    expect(client.stats).toEqual({ graphRequests: 2, httpCalls: 2, roundTrips: 2, retries: 0 });
  });

  test('asks for a token on every HTTP call and never puts it anywhere but the Authorization header', async () => {
    const fake = fakeGraph({ answer: (g) => (g.nth === 1 && g.url === '/b' ? throttled(0) : { body: {} }) });
    const { client, getToken } = clientFor(fake);
    const log = vi.spyOn(console, 'log');
    await client.getAll([get('a'), get('b')]);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(log).not.toHaveBeenCalled();
    for (const call of fake.calls) expect(call.url).not.toContain('secret-token');
    log.mockRestore();
  });

  test('empty input resolves at once; duplicate keys and absolute URLs are refused', async () => {
    const fake = fakeGraph();
    const { client } = clientFor(fake);
    expect((await client.getAll([])).size).toBe(0);
    await expect(client.getAll([get('a'), get('a')])).rejects.toThrow(/Duplicate/);
    await expect(client.getAll([get('a', { url: 'https://graph.microsoft.com/v1.0/a' })])).rejects.toThrow(/relative/);
    expect(fake.calls).toHaveLength(0);
    expect(() =>
      createGraphClient({ graphRoot: 'graph.microsoft.com', fetch: fake.fetch, getToken: () => Promise.resolve('t') }),
    ).toThrow(TypeError);
  });
});

describe('abort', () => {
  test('aborting mid-call rejects getAll with an AbortError', async () => {
    const controller = new AbortController();
    const fake = fakeGraph({ onCall: () => new Promise<undefined>(() => undefined) });
    const { client } = clientFor(fake, { signal: controller.signal });
    const scan = client.getAll([get('a'), get('b')]);
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1));
    controller.abort();
    await expect(scan).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('aborting while waiting out a Retry-After stops without sending again', async () => {
    const controller = new AbortController();
    const fake = fakeGraph({ answer: () => throttled(10) });
    const client = createGraphClient({
      graphRoot: root,
      fetch: fake.fetch,
      getToken: () => Promise.resolve('t'),
      signal: controller.signal,
      sleep: () => {
        controller.abort();
        return new Promise(() => undefined);
      },
    });
    await expect(client.getAll([get('a')])).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.calls).toHaveLength(1);
  });

  test('the default sleep is a real timer that aborting cuts short', async () => {
    const controller = new AbortController();
    const fake = fakeGraph({ answer: () => throttled(25) });
    const client = createGraphClient({
      graphRoot: root,
      fetch: fake.fetch,
      getToken: () => Promise.resolve('t'),
      signal: controller.signal,
    });
    const scan = client.getAll([get('a')]);
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1));
    controller.abort();
    await expect(scan).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('an already aborted signal rejects before any call', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = fakeGraph();
    const { client } = clientFor(fake, { signal: controller.signal });
    await expect(client.getAll([get('a')])).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.calls).toHaveLength(0);
  });
});

describe('forked reads', () => {
  test('run beside the main chain: their round trips are parallel, not added after it', async () => {
    const sim = createGraphSimulator(contoso());
    const client = createGraphClient({
      graphRoot: 'https://graph.microsoft.com',
      fetch: sim.fetch,
      getToken: () => Promise.resolve('t'),
      sleep: () => Promise.resolve(),
    });
    await client.getAll([{ key: 'org', version: 'v1.0', url: '/organization', collection: false }]);
    const side = client.fork();
    // Three pages one after another on the side; two waves one after another on the main chain.
    const profiles = side.getAll([
      { key: 'p', version: 'v1.0', url: '/security/secureScoreControlProfiles', collection: true },
    ]);
    await client.getAll([{ key: 'domains', version: 'v1.0', url: '/domains', collection: true }]);
    await client.getAll([{ key: 'skus', version: 'v1.0', url: '/subscribedSkus', collection: true }]);
    expect((await profiles).get('p')).toMatchObject({ ok: true, pages: 3 });
    // organization, then max(3 profile pages, 2 waves): 1 + 3.
    expect(client.stats.roundTrips).toBe(4);
    expect(side.stats).toBe(client.stats);
  });
});
