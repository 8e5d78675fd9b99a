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
 */
import { abortError, timerSleep, unlessAborted } from './abort';
import { batchBody, maxBatchSize, readBatchResponses } from './batch';
import { nextPageOf } from './next-link';
import type { GraphGet, GraphOutcome, GraphProgress, GraphStats } from './sources/graph-request';
import { graphErrorOf, isRecord } from './response-body';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry-after';
import type { GraphVersion } from './sources/define-source';
import { createTransport } from './transport';
import type { WireResult } from './transport';

export { clouds, graphRoots, isCloud } from './clouds';
export type { Cloud } from './clouds';

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
}

/** More pages than any tenant-level list a posture check reads; beyond it we assume a paging loop. */
export const maxPages = 1000;

type Failure = Extract<GraphOutcome, { ok: false }>;

/** The page GET of one request that is waiting to be sent (or sent again). */
interface Job {
  readonly state: RequestState;
  readonly version: GraphVersion;
  readonly url: string;
  /** Depth of the HTTP call this one had to wait for (0: the first wave). */
  readonly after: number;
  /** Retries already spent on this page. */
  readonly retry: number;
  /** Sent on its own rather than in a `$batch` (batch: false, or the batch it was in failed). */
  readonly direct: boolean;
}

interface RequestState {
  readonly request: GraphGet;
  readonly values: unknown[];
  count: { readonly value: unknown } | undefined;
  pages: number;
  readonly seenLinks: Set<string>;
  settled: boolean;
}

interface Retry {
  readonly job: Job;
  readonly delayMs: number;
}

const defaultCodes: Readonly<Record<number, string>> = {
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const graphRoot = options.graphRoot.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/?#]+/i.test(graphRoot))
    throw new TypeError(`graphRoot must be an http(s) URL: ${options.graphRoot}`);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? 4));
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 30;
  const maxWaitMs = maxRetryAfterSeconds * 1000;
  const batching = options.batch ?? true;
  const { signal } = options;
  const sleep = options.sleep ?? ((ms: number) => timerSleep(ms, signal));
  const transport = createTransport({ graphRoot, fetch: options.fetch, getToken: options.getToken, signal });
  const stats: GraphStats = { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 };

  // HTTP calls in flight, shared by every getAll of this client; pumps waiting for a free slot.
  let inFlight = 0;
  const waiting = new Set<() => void>();
  const releaseSlot = (): void => {
    inFlight -= 1;
    for (const pump of [...waiting]) pump();
  };

  function getAll(
    requests: readonly GraphGet[],
    onProgress?: (progress: GraphProgress) => void,
  ): Promise<Map<string, GraphOutcome>> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const keys = new Set<string>();
    for (const r of requests) {
      if (keys.has(r.key)) return Promise.reject(new TypeError(`Duplicate Graph request key: ${r.key}`));
      if (!r.url.startsWith('/')) return Promise.reject(new TypeError(`Graph request URL must be relative: ${r.url}`));
      keys.add(r.key);
    }
    if (requests.length === 0) return Promise.resolve(new Map<string, GraphOutcome>());

    return new Promise((resolve, reject) => {
      const outcomes = new Map<string, GraphOutcome>();
      const ready: Job[] = [];
      const progress = { done: 0, total: requests.length };
      const startDepth = stats.roundTrips;
      let unsettled = requests.length;
      let finished = false;

      const report = (): void => onProgress?.({ done: progress.done, total: progress.total });

      const finish = (error?: unknown): void => {
        if (finished) return;
        finished = true;
        waiting.delete(pump);
        signal?.removeEventListener('abort', onAbort);
        if (error !== undefined)
          return reject(error instanceof Error ? error : new Error('Graph scan failed.', { cause: error }));
        resolve(new Map(requests.map((r) => [r.key, outcomes.get(r.key) as GraphOutcome])));
      };
      const onAbort = (): void => finish(abortError(signal));
      signal?.addEventListener('abort', onAbort, { once: true });

      const settle = (state: RequestState, outcome: GraphOutcome): void => {
        if (state.settled) return;
        state.settled = true;
        outcomes.set(state.request.key, outcome);
        progress.done += 1;
        unsettled -= 1;
        report();
        if (unsettled === 0) finish();
      };

      function pump(): void {
        while (!finished && ready.length > 0 && inFlight < concurrency) {
          const first = ready.shift() as Job;
          const jobs = [first];
          if (!first.direct) {
            for (let i = 0; i < ready.length && jobs.length < maxBatchSize;) {
              const job = ready[i] as Job;
              if (!job.direct && job.version === first.version) jobs.push(...ready.splice(i, 1));
              else i += 1;
            }
          }
          inFlight += 1;
          runCall(jobs).catch((error: unknown) => finish(error ?? new Error('Graph scan failed.')));
        }
      }
      waiting.add(pump);

      async function runCall(jobs: readonly Job[]): Promise<void> {
        const depth = Math.max(...jobs.map((j) => j.after)) + 1;
        stats.httpCalls += 1;
        stats.graphRequests += jobs.length;
        stats.roundTrips = Math.max(stats.roundTrips, startDepth + depth);
        const first = jobs[0] as Job;
        let result: WireResult;
        try {
          result =
            first.direct && jobs.length === 1
              ? await transport.send({
                  method: 'GET',
                  version: first.version,
                  url: first.url,
                  headers: first.state.request.headers,
                })
              : await transport.send({
                  method: 'POST',
                  version: first.version,
                  url: '/$batch',
                  body: batchBody(
                    jobs.map((job, i) => ({ id: String(i + 1), url: job.url, headers: job.state.request.headers })),
                  ),
                });
        } finally {
          releaseSlot();
        }
        if (finished) return;

        const retries: Retry[] = [];
        const call = { depth, retries, random: Math.random() };
        if (result.kind === 'offline') {
          for (const job of jobs) settle(job.state, { ok: false, status: 'offline', message: result.message });
        } else if (result.kind === 'noToken') {
          for (const job of jobs)
            settle(job.state, { ok: false, status: 401, code: 'TokenUnavailable', message: result.message });
        } else if (first.direct) {
          answer(first, result.status, result.header, result.body, call);
        } else {
          answerBatch(jobs, result, call);
        }
        if (retries.length > 0) void retryLater(retries);
        pump();
      }

      type Call = { readonly depth: number; readonly retries: Retry[]; readonly random: number };

      function answerBatch(
        jobs: readonly Job[],
        envelope: Extract<WireResult, { kind: 'response' }>,
        call: Call,
      ): void {
        const { status } = envelope;
        if (status >= 200 && status < 300) {
          const inner = readBatchResponses(envelope.body);
          jobs.forEach((job, i) => {
            const response = inner?.get(String(i + 1));
            if (response) answer(job, response.status, response.header, response.body, call);
            else sendAlone(job, call.depth); // no usable answer for this id: ask again, outside a batch
          });
        } else if (isRetryableStatus(status)) {
          for (const job of jobs) retryOrGiveUp(job, status, envelope.header('retry-after'), envelope.body, call);
        } else if (status === 401 || status === 403) {
          // The token or the caller is refused, whichever request it carries: asking again one by one would only repeat it.
          for (const job of jobs) settle(job.state, failure(status, envelope.body));
        } else {
          // A 400 (one request Graph can't parse fails the whole batch), 404 or 5xx: send each request once on its own.
          for (const job of jobs) sendAlone(job, call.depth);
        }
      }

      function sendAlone(job: Job, depth: number): void {
        ready.push({ ...job, direct: true, after: depth });
      }

      function answer(
        job: Job,
        status: number,
        header: (name: string) => string | undefined,
        body: unknown,
        call: Call,
      ): void {
        if (status >= 200 && status < 300) pageArrived(job, status, body, call.depth);
        else if (isRetryableStatus(status)) retryOrGiveUp(job, status, header('retry-after'), body, call);
        else settle(job.state, failure(status, body));
      }

      function retryOrGiveUp(
        job: Job,
        status: number,
        retryAfter: string | undefined,
        body: unknown,
        call: Call,
      ): void {
        const graphError = graphErrorOf(body);
        const code = graphError.code ?? defaultCodes[status];
        const giveUp = (message: string): void =>
          settle(job.state, { ok: false, status, ...(code ? { code } : {}), message });
        if (job.retry >= maxRetries) {
          return giveUp(
            status === 429
              ? 'Graph throttled the request and retries ran out.'
              : `Graph was unavailable (HTTP ${status}) and retries ran out.`,
          );
        }
        const asked = parseRetryAfter(retryAfter, Date.now());
        if (asked !== undefined && asked > maxWaitMs) {
          return giveUp(
            `Graph asked to wait ${Math.ceil(asked / 1000)} s before retrying, longer than the ${maxRetryAfterSeconds} s this scan waits.`,
          );
        }
        // One random draw per call, so requests throttled together wait the same time and are sent again together.
        const delayMs =
          asked ??
          Math.min(
            maxWaitMs,
            backoffDelay(job.retry, () => call.random),
          );
        call.retries.push({ job: { ...job, retry: job.retry + 1, after: call.depth }, delayMs });
      }

      async function retryLater(retries: readonly Retry[]): Promise<void> {
        const byDelay = new Map<number, Job[]>();
        for (const { job, delayMs } of retries) byDelay.set(delayMs, [...(byDelay.get(delayMs) ?? []), job]);
        await Promise.all(
          [...byDelay].map(async ([delayMs, jobs]) => {
            try {
              await unlessAborted(sleep(delayMs), signal);
            } catch (error) {
              return finish(error);
            }
            if (finished) return;
            stats.retries += jobs.length;
            ready.push(...jobs);
            pump();
          }),
        );
      }

      function pageArrived(job: Job, status: number, body: unknown, depth: number): void {
        const { state } = job;
        state.pages += 1;
        if (!state.request.collection) return settle(state, { ok: true, status, body, pages: 1 });
        if (!isRecord(body) || !Array.isArray(body.value)) {
          // A first page without `value` goes to the source's parse, which names what is missing.
          if (state.pages === 1) return settle(state, { ok: true, status, body, pages: 1 });
          return settle(
            state,
            pagingFailure('MalformedPage', `Page ${state.pages} of ${label(state)} had no value array.`),
          );
        }
        if (state.pages === 1 && '@odata.count' in body) state.count = { value: body['@odata.count'] };
        state.values.push(...(body.value as unknown[]));

        const link = body['@odata.nextLink'];
        if (typeof link !== 'string' || link === '') {
          const merged = state.count
            ? { value: state.values, '@odata.count': state.count.value }
            : { value: state.values };
          return settle(state, { ok: true, status, body: merged, pages: state.pages });
        }
        if (state.seenLinks.has(link)) {
          return settle(
            state,
            pagingFailure(
              'PagingLoop',
              `Graph returned the same @odata.nextLink twice for ${label(state)}; stopped paging.`,
            ),
          );
        }
        if (state.pages >= maxPages) {
          return settle(
            state,
            pagingFailure('TooManyPages', `${label(state)} went past ${maxPages} pages; stopped paging.`),
          );
        }
        const next = nextPageOf(link, graphRoot);
        if (!next)
          return settle(
            state,
            pagingFailure('BadNextLink', `Graph returned an @odata.nextLink we can't follow for ${label(state)}.`),
          );
        state.seenLinks.add(link);
        progress.done += 1;
        progress.total += 1;
        report();
        ready.push({ state, version: next.version, url: next.url, after: depth, retry: 0, direct: job.direct });
      }

      const initial = requests.map((request): Job => ({
        state: { request, values: [], count: undefined, pages: 0, seenLinks: new Set(), settled: false },
        version: request.version,
        url: request.url,
        after: 0,
        retry: 0,
        direct: !batching,
      }));
      ready.push(...initial);
      report();
      pump();
    });
  }

  return { getAll, stats };
}

function label(state: RequestState): string {
  return `GET /${state.request.version}${state.request.url}`;
}

/** A failed request's outcome, with Graph's own `error.code` and `error.message` when it sent them. */
function failure(status: number, body: unknown): Failure {
  const { code, message } = graphErrorOf(body);
  return { ok: false, status, ...(code ? { code } : {}), message: message ?? `Graph answered HTTP ${status}.` };
}

/** Paging went wrong on Graph's side: 502, as a gateway says of an upstream answer it can't use. */
function pagingFailure(code: string, message: string): Failure {
  return { ok: false, status: 502, code, message };
}
