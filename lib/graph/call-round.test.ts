import { describe, expect, test, vi } from 'vitest';
import { runCall } from './call-round';
import { createCallSlots } from './call-slots';
import type { ClientCore, Run } from './get-all-run';
import { firstJobs, type Job } from './page-job';
import type { GraphGet, GraphOutcome } from './sources/graph-request';
import { createSettlement } from './settlement';
import type { WireRequest, WireResult } from './transport';

const root = 'https://graph.microsoft.com';
const get = (key: string, collection = false): GraphGet => ({ key, version: 'v1.0', url: `/${key}`, collection });

function response(status: number, body: unknown, headers: Record<string, string> = {}): WireResult {
  return { kind: 'response', status, body, header: (name) => headers[name.toLowerCase()] };
}
const batchOf = (...responses: { id: string; status: number; body?: unknown; headers?: Record<string, string> }[]) =>
  response(200, { responses });

/** A run over `requests` whose transport answers `answer`; the first call's slot is already taken. */
function setUp(requests: GraphGet[], answer: (request: WireRequest) => WireResult | Promise<WireResult>) {
  const sent: WireRequest[] = [];
  const slots = createCallSlots(1);
  const sleep = vi.fn((_ms: number) => Promise.resolve());
  const core: ClientCore = {
    graphRoot: root,
    transport: { send: (request) => (sent.push(request), Promise.resolve(answer(request))) },
    slots,
    stats: { graphRequests: 0, httpCalls: 0, roundTrips: 5, retries: 0 },
    retry: { maxRetries: 2, maxRetryAfterSeconds: 30 },
    sleep,
    batching: true,
  };
  const resolve = vi.fn<(outcomes: Map<string, GraphOutcome>) => void>();
  const reject = vi.fn();
  const settlement = createSettlement(requests, { resolve, reject, cleanUp: () => undefined });
  const pump = vi.fn();
  const run: Run = { core, ready: [], lane: { depth: 5 }, startDepth: 5, settlement, pump };
  const jobs = firstJobs(requests, true);
  slots.take();
  return { run, jobs, sent, sleep, pump, resolve, reject, slots };
}
const outcomesOf = (resolve: ReturnType<typeof setUp>['resolve']) => resolve.mock.calls[0]?.[0];

describe('runCall', () => {
  test('counts the call, gives its slot back, settles the answers and pumps', async () => {
    const t = setUp([get('a'), get('b')], () =>
      batchOf({ id: '1', status: 200, body: { id: 'A' } }, { id: '2', status: 403, body: null }),
    );
    await runCall(t.run, t.jobs);
    expect(t.sent).toEqual([expect.objectContaining({ method: 'POST', url: '/$batch' })]);
    expect(t.run.core.stats).toEqual({ graphRequests: 2, httpCalls: 1, roundTrips: 6, retries: 0 });
    expect(t.slots.free()).toBe(true);
    expect(t.pump).toHaveBeenCalledTimes(1);
    expect([...(outcomesOf(t.resolve) ?? [])]).toEqual([
      ['a', { ok: true, status: 200, body: { id: 'A' }, pages: 1 }],
      ['b', { ok: false, status: 403, message: 'Graph answered HTTP 403.' }],
    ]);
  });

  test('queues the next page after this call, and a request without an answer alone', async () => {
    const t = setUp([get('users', true), get('b')], () =>
      batchOf({ id: '1', status: 200, body: { value: [1], '@odata.nextLink': `${root}/v1.0/users?page=2` } }),
    );
    const later = t.jobs.map((j) => ({ ...j, after: 2 }));
    await runCall(t.run, later);
    expect(t.run.ready.map((j) => [j.state.request.key, j.url, j.after, j.direct, j.retry])).toEqual([
      ['users', '/users?page=2', 3, false, 0],
      ['b', '/b', 3, true, 0],
    ]);
    expect(t.run.core.stats.roundTrips).toBe(8);
    expect(t.resolve).not.toHaveBeenCalled();
  });

  test('throttled requests wait once per delay, then are queued again with a retry spent', async () => {
    const t = setUp([get('a'), get('b'), get('c')], () =>
      batchOf(
        { id: '1', status: 429, headers: { 'Retry-After': '2' } },
        { id: '2', status: 503, headers: { 'Retry-After': '2' } },
        { id: '3', status: 429, headers: { 'Retry-After': '9' } },
      ),
    );
    await runCall(t.run, t.jobs);
    await vi.waitFor(() => expect(t.run.core.stats.retries).toBe(3));
    expect(t.sleep.mock.calls).toEqual([[2_000], [9_000]]);
    expect(t.run.ready.map((j) => [j.state.request.key, j.retry, j.after])).toEqual([
      ['a', 1, 1],
      ['b', 1, 1],
      ['c', 1, 1],
    ]);
    // Once after the call, once per group put back.
    expect(t.pump).toHaveBeenCalledTimes(3);
  });

  test('a request out of retries is settled as throttled instead', async () => {
    const t = setUp([get('a')], () => batchOf({ id: '1', status: 429, body: null }));
    const spent: Job[] = t.jobs.map((j) => ({ ...j, retry: 2 }));
    await runCall(t.run, spent);
    expect(t.sleep).not.toHaveBeenCalled();
    expect(outcomesOf(t.resolve)?.get('a')).toEqual({
      ok: false,
      status: 429,
      code: 'TooManyRequests',
      message: 'Graph throttled the request and retries ran out.',
    });
  });

  test('an answer that arrives after the run ended is dropped', async () => {
    const t = setUp([get('a')], () => batchOf({ id: '1', status: 200, body: {} }));
    t.run.settlement.finish(new Error('aborted'));
    await runCall(t.run, t.jobs);
    expect(t.run.core.stats.httpCalls).toBe(1);
    expect(t.slots.free()).toBe(true);
    expect(t.resolve).not.toHaveBeenCalled();
    expect(t.pump).not.toHaveBeenCalled();
  });

  test('a transport that throws still gives the slot back, and the error reaches the caller', async () => {
    const t = setUp([get('a')], () => Promise.reject(new DOMException('cancelled', 'AbortError')));
    await expect(runCall(t.run, t.jobs)).rejects.toMatchObject({ name: 'AbortError' });
    expect(t.slots.free()).toBe(true);
  });

  test('a wait cut short ends the run with its error', async () => {
    const t = setUp([get('a')], () => batchOf({ id: '1', status: 429, body: null }));
    t.sleep.mockImplementation(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
    await runCall(t.run, t.jobs);
    await vi.waitFor(() => expect(t.reject).toHaveBeenCalledTimes(1));
    expect(t.reject.mock.calls[0]?.[0]).toMatchObject({ name: 'AbortError' });
    expect(t.run.ready).toEqual([]);
  });
});
