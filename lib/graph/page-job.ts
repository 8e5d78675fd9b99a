/**
 * What one `getAll` tracks per request: its paging so far, and the page GET of it that waits for an
 * HTTP call (a request has at most one such job at a time).
 */
import type { GraphGet } from './sources/graph-request';
import type { GraphVersion } from './sources/define-source';

/** One request's paging so far: the pages read, the values they brought, whether it is decided. */
export interface RequestState {
  readonly request: GraphGet;
  readonly values: unknown[];
  /** The first page's `@odata.count`, when it sent one. */
  count: { readonly value: unknown } | undefined;
  pages: number;
  /** Every `@odata.nextLink` followed, so a link seen twice stops paging. */
  readonly seenLinks: Set<string>;
  settled: boolean;
}

/** The page GET of one request that is waiting to be sent (or sent again). */
export interface Job {
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

/** The first page of every request, in order; all sent on their own when batching is off. */
export function firstJobs(requests: readonly GraphGet[], batching: boolean): Job[] {
  return requests.map((request) => ({
    state: { request, values: [], count: undefined, pages: 0, seenLinks: new Set(), settled: false },
    version: request.version,
    url: request.url,
    after: 0,
    retry: 0,
    direct: !batching,
  }));
}
