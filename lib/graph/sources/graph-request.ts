/** The contract between the engine and the Graph client: what one read asks for and what came back. Types only. */
import type { GraphVersion } from './define-source';

/** One logical read: a GET that the client may carry inside a `$batch` and follow through pages. */
export interface GraphGet {
  /** Caller's key, unique in one call (the source key). */
  readonly key: string;
  readonly version: GraphVersion;
  /** Relative URL with query, e.g. `/domains?$select=id`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Follow `@odata.nextLink` and merge `value` arrays. */
  readonly collection: boolean;
}

/** What came back for one GraphGet, after paging and retries. */
export type GraphOutcome =
  | { readonly ok: true; readonly status: number; readonly body: unknown; readonly pages: number }
  | {
      readonly ok: false;
      /** HTTP status, or 'offline' when no response arrived at all. */
      readonly status: number | 'offline';
      /** Graph's `error.code`, e.g. `Authorization_RequestDenied`. */
      readonly code?: string;
      readonly message: string;
    };

/** Counters a scan reports (the CLI's `stats`). */
export interface GraphStats {
  /** Logical GETs made, including page follow-ups and retried ones once each. */
  graphRequests: number;
  /** HTTP calls on the wire (one `$batch` POST counts once). */
  httpCalls: number;
  /** The longest chain of HTTP calls that had to wait for each other. */
  roundTrips: number;
  /** Requests sent again after 429/503/504. */
  retries: number;
}

export interface GraphProgress {
  readonly done: number;
  readonly total: number;
}
