/**
 * The Graph data layer's I/O: runs a scan's read-only GETs as few HTTP calls as it can.
 *
 * - GETs ride in JSON `$batch` POSTs, ≤ 20 each, one Graph version per batch (the batch URL fixes
 *   the version of every request in it). Independent calls run in parallel, at most `concurrency`.
 * - Collections follow `@odata.nextLink`; each next page joins whatever else is waiting, so pages of
 *   different requests share batches. Request headers (ConsistencyLevel) go with every page.
 * - 429/503/504, on the wire or inside a 200 batch, are retried per request after `Retry-After`
 *   or a jittered backoff. Other failures become outcomes: `getAll` resolves with one per key.
 * https://learn.microsoft.com/graph/json-batching · /paging · /throttling
 *
 * This file only builds a client from its parts: get-all (one call of `getAll`) runs batch-plan
 * (which GETs share an HTTP call), call-round (one call and its answers, read by call-answers),
 * paging, retry-policy and settlement (outcomes and progress), within the client's call-slots.
 * Every call goes out through the transport, which checks read-only.ts first.
 */
import { timerSleep } from './abort';
import { createCallSlots } from './call-slots';
import { getAllOn } from './get-all';
import type { ClientCore, Lane } from './get-all-run';
import type { GraphGet, GraphOutcome, GraphProgress, GraphStats } from './sources/graph-request';
import { createTransport } from './transport';

export { clouds, graphRoots, isCloud } from './clouds';
export type { Cloud } from './clouds';
export { maxPages } from './paging';

export interface GraphClientOptions {
  /** e.g. `https://graph.microsoft.com` (see `graphRoots`) or a local simulator; no trailing slash needed. */
  readonly graphRoot: string;
  /** Injected so Node, the extension and tests pass their own. */
  readonly fetch: typeof fetch;
  /** Bearer token, asked for on every HTTP call (cache it in the caller). Never logged. */
  readonly getToken: () => Promise<string>;
  /** Parallel HTTP calls; default 4, as Graph's throttling guidance suggests. */
  readonly concurrency?: number;
  /** Retries per page GET after 429/503/504; default 4. */
  readonly maxRetries?: number;
  /** Longest `Retry-After` honoured, default 30; asked to wait longer, the request fails as throttled. */
  readonly maxRetryAfterSeconds?: number;
  /** Injectable so tests never wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Default true; false sends every GET on its own (the benchmark compares the two). */
  readonly batch?: boolean;
  /** Cancels the scan: `getAll` rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

export interface GraphClient {
  /**
   * Every request's outcome, keyed by `GraphGet.key`. Never rejects for a failed request (403,
   * throttling, offline … are outcomes); rejects only when the scan is aborted, or when the requests
   * themselves are invalid (duplicate keys, a URL that isn't relative).
   */
  getAll(
    requests: readonly GraphGet[],
    onProgress?: (progress: GraphProgress) => void,
  ): Promise<Map<string, GraphOutcome>>;
  /** Cumulative over every `getAll` of this client. */
  readonly stats: GraphStats;
  /**
   * The same client (its call slots, batching and stats) for reads that wait only on what was read
   * before this call: their round trips run beside the main chain's instead of after it.
   */
  fork(): Pick<GraphClient, 'getAll' | 'stats'>;
  /** The main chain's round trips so far (forks' run beside it; `stats.roundTrips` is the longest of all). */
  chainDepth(): number;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const graphRoot = options.graphRoot.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/?#]+/i.test(graphRoot))
    throw new TypeError(`graphRoot must be an http(s) URL: ${options.graphRoot}`);
  const { signal } = options;
  const core: ClientCore = {
    graphRoot,
    transport: createTransport({ graphRoot, fetch: options.fetch, getToken: options.getToken, signal }),
    slots: createCallSlots(Math.max(1, Math.floor(options.concurrency ?? 4))),
    stats: { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 },
    retry: {
      maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 4)),
      maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 30,
    },
    sleep: options.sleep ?? ((ms: number) => timerSleep(ms, signal)),
    batching: options.batch ?? true,
    signal,
  };
  const main: Lane = { depth: 0 };
  return {
    getAll: (requests, onProgress) => getAllOn(core, main, requests, onProgress),
    stats: core.stats,
    fork: () => {
      const side: Lane = { depth: main.depth };
      return { getAll: (requests, onProgress) => getAllOn(core, side, requests, onProgress), stats: core.stats };
    },
    chainDepth: () => main.depth,
  };
}
