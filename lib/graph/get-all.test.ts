import { describe, expect, test, vi } from 'vitest';
import { createCallSlots } from './call-slots';
import { getAllOn, invalidRequest } from './get-all';
import type { ClientCore } from './get-all-run';
import type { GraphGet, GraphProgress } from './sources/graph-request';
import type { WireRequest, WireResult } from './transport';

const get = (key: string, extra: Partial<GraphGet> = {}): GraphGet => ({
  key,
  version: 'v1.0',
  url: `/${key}`,
  collection: false,
  ...extra,
});

/** A core whose transport answers every GET, alone or in a batch, with `{ key }`. */
function coreFor(extra: Partial<ClientCore> = {}) {
  const sent: WireRequest[] = [];
  const slots = createCallSlots(1);
  const send = (request: WireRequest): Promise<WireResult> => {
    sent.push(request);
    const body =
      request.method === 'GET'
        ? { url: request.url }
        : {
            responses: (request.body as { requests: { id: string; url: string }[] }).requests.map((r) => ({
              id: r.id,
              status: 200,
              body: { url: r.url },
            })),
          };
    return Promise.resolve({ kind: 'response', status: 200, body, header: () => undefined });
  };
  const core: ClientCore = {
    graphRoot: 'https://graph.microsoft.com',
    transport: { send },
    slots,
    stats: { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 },
    retry: { maxRetries: 1, maxRetryAfterSeconds: 30 },
    sleep: () => Promise.resolve(),
    batching: true,
    ...extra,
  };
  return { core, sent, slots };
}

describe('invalidRequest', () => {
  test('refuses duplicate keys and absolute URLs, accepts the rest', () => {
    expect(invalidRequest([get('a'), get('b')])).toBeUndefined();
    expect(invalidRequest([get('a'), get('a')])?.message).toBe('Duplicate Graph request key: a');
    expect(invalidRequest([get('a', { url: 'https://evil.example/a' })])?.message).toBe(
      'Graph request URL must be relative: https://evil.example/a',
    );
  });
});

describe('getAllOn', () => {
  test('answers every request, in request order, and reports progress from 0', async () => {
    const { core, sent } = coreFor();
    const progress: GraphProgress[] = [];
    const outcomes = await getAllOn(core, { depth: 0 }, [get('b'), get('a')], (p) => progress.push(p));
    expect([...outcomes.keys()]).toEqual(['b', 'a']);
    expect(outcomes.get('a')).toEqual({ ok: true, status: 200, body: { url: '/a' }, pages: 1 });
    expect(sent).toHaveLength(1);
    expect(progress[0]).toEqual({ done: 0, total: 2 });
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  test('with batching off, each GET is its own call, one at a time within the slots', async () => {
    const { core, sent } = coreFor({ batching: false });
    await getAllOn(core, { depth: 0 }, [get('a'), get('b'), get('c')]);
    expect(sent.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/a'],
      ['GET', '/b'],
      ['GET', '/c'],
    ]);
    expect(core.stats).toMatchObject({ httpCalls: 3, graphRequests: 3, roundTrips: 1 });
  });

  test('a finished run stops listening for free slots', async () => {
    const { core, slots } = coreFor();
    const wait = vi.spyOn(slots, 'wait');
    const stopWaiting = vi.spyOn(slots, 'stopWaiting');
    await getAllOn(core, { depth: 0 }, [get('a')]);
    expect(wait).toHaveBeenCalledTimes(1);
    expect(stopWaiting.mock.calls).toEqual([[wait.mock.calls[0]?.[0]]]);
  });

  test('refuses bad requests, an empty list resolves empty, an aborted signal rejects, all before any call', async () => {
    const { core, sent } = coreFor();
    await expect(getAllOn(core, { depth: 0 }, [get('a'), get('a')])).rejects.toThrow(TypeError);
    expect((await getAllOn(core, { depth: 0 }, [])).size).toBe(0);
    const aborted = coreFor({ signal: AbortSignal.abort() });
    await expect(getAllOn(aborted.core, { depth: 0 }, [get('a')])).rejects.toMatchObject({ name: 'AbortError' });
    expect([...sent, ...aborted.sent]).toEqual([]);
  });
});
