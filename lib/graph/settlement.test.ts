import { describe, expect, test, vi } from 'vitest';
import { firstJobs, type RequestState } from './page-job';
import type { GraphGet, GraphOutcome, GraphProgress } from './sources/graph-request';
import { createSettlement } from './settlement';

const get = (key: string): GraphGet => ({ key, version: 'v1.0', url: `/${key}`, collection: true });
const ok = (body: unknown): GraphOutcome => ({ ok: true, status: 200, body, pages: 1 });

function setUp(keys: string[]) {
  const requests = keys.map(get);
  const states = firstJobs(requests, true).map((j) => j.state) as [RequestState, ...RequestState[]];
  const progress: GraphProgress[] = [];
  const end = {
    onProgress: (p: GraphProgress) => progress.push(p),
    resolve: vi.fn(),
    reject: vi.fn(),
    cleanUp: vi.fn(),
  };
  return { states, progress, end, settlement: createSettlement(requests, end) };
}

describe('createSettlement', () => {
  test('resolves once every request is settled, keyed in request order', () => {
    const { states, end, settlement } = setUp(['a', 'b']);
    settlement.settle(states[1] as RequestState, ok('B'));
    expect(end.resolve).not.toHaveBeenCalled();
    settlement.settle(states[0], ok('A'));
    expect(settlement.finished).toBe(true);
    expect(end.cleanUp).toHaveBeenCalledTimes(1);
    const outcomes = end.resolve.mock.calls[0]?.[0] as Map<string, GraphOutcome>;
    expect([...outcomes]).toEqual([
      ['a', ok('A')],
      ['b', ok('B')],
    ]);
  });

  test('a request is settled once; a second outcome for it is ignored', () => {
    const { states, end, settlement } = setUp(['a', 'b']);
    settlement.settle(states[0], ok('first'));
    settlement.settle(states[0], ok('second'));
    expect(end.resolve).not.toHaveBeenCalled();
    settlement.settle(states[1] as RequestState, ok('B'));
    expect((end.resolve.mock.calls[0]?.[0] as Map<string, GraphOutcome>).get('a')).toEqual(ok('first'));
  });

  test('counts a step per request and per page found, reporting each change', () => {
    const { states, progress, settlement } = setUp(['a', 'b']);
    settlement.report();
    settlement.pageFound();
    settlement.settle(states[0], ok('A'));
    settlement.settle(states[1] as RequestState, ok('B'));
    expect(progress).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  test('finish with an error rejects once, wrapping what is not an Error, and cleans up first', () => {
    const { states, end, settlement } = setUp(['a']);
    const order: string[] = [];
    end.cleanUp.mockImplementation(() => order.push('cleanUp'));
    end.reject.mockImplementation(() => order.push('reject'));
    settlement.finish('boom');
    settlement.finish(new Error('later'));
    settlement.settle(states[0], ok('A'));
    expect(order).toEqual(['cleanUp', 'reject']);
    const error = end.reject.mock.calls[0]?.[0] as Error;
    expect(error.message).toBe('Graph scan failed.');
    expect(error.cause).toBe('boom');
    expect(end.resolve).not.toHaveBeenCalled();
  });

  test('an Error is rejected as it is', () => {
    const { end, settlement } = setUp(['a']);
    const abort = new DOMException('The Graph scan was cancelled.', 'AbortError');
    settlement.finish(abort);
    expect(end.reject).toHaveBeenCalledWith(abort);
  });
});
