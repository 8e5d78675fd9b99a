/**
 * JSON `$batch` bodies carrying GETs, and reading the responses back by id.
 * https://learn.microsoft.com/graph/json-batching
 *
 * Built by hand rather than with the SDK's BatchRequestContent/BatchResponseContent: those take
 * fetch `Request` objects and rebuild inner URLs from absolute ones (keeping the version segment,
 * which the batch already fixes), need the global Request/Response classes, and wrap every inner
 * response in a `Response` that we would only unwrap again. Our inner requests are plain GETs, so
 * a plain object is both smaller and exactly what goes on the wire.
 */
import { decodeInnerBody, headerIn, isRecord } from './response-body';

/** Graph rejects a batch with more than 20 requests. */
export const maxBatchSize = 20;

export interface BatchPart {
  /** Unique within one batch (Graph fails the whole batch with 400 otherwise). */
  readonly id: string;
  /** Relative to the batch's version, e.g. `/domains?$select=id`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

export interface BatchRequestBody {
  readonly requests: readonly {
    readonly id: string;
    readonly method: 'GET';
    readonly url: string;
    readonly headers?: Readonly<Record<string, string>>;
  }[];
}

export function batchBody(parts: readonly BatchPart[]): BatchRequestBody {
  if (parts.length === 0 || parts.length > maxBatchSize) {
    throw new RangeError(`A $batch carries 1 to ${maxBatchSize} requests, not ${parts.length}.`);
  }
  const ids = new Set(parts.map((p) => p.id.toLowerCase()));
  if (ids.size !== parts.length) throw new Error('Request ids in one $batch must be unique.');
  return {
    requests: parts.map(({ id, url, headers }) => {
      if (!url.startsWith('/')) throw new Error(`A $batch request URL must be relative: ${url}`);
      return headers && Object.keys(headers).length > 0
        ? { id, method: 'GET', url, headers: { ...headers } }
        : { id, method: 'GET', url };
    }),
  };
}

/** One inner response, its body already decoded (object, text, or null). */
export interface InnerResponse {
  readonly id: string;
  readonly status: number;
  readonly header: (name: string) => string | undefined;
  readonly body: unknown;
}

/**
 * The inner responses of a 200 `$batch`, keyed by id (they arrive in any order), or undefined
 * when the envelope isn't a batch response at all. Ids are compared case-insensitively, as Graph does.
 */
export function readBatchResponses(body: unknown): Map<string, InnerResponse> | undefined {
  if (!isRecord(body) || !Array.isArray(body.responses)) return undefined;
  const byId = new Map<string, InnerResponse>();
  for (const raw of body.responses as unknown[]) {
    if (!isRecord(raw)) continue;
    const id = typeof raw.id === 'string' ? raw.id : typeof raw.id === 'number' ? String(raw.id) : undefined;
    const status =
      typeof raw.status === 'number' ? raw.status : typeof raw.status === 'string' ? Number(raw.status) : NaN;
    if (id === undefined || !Number.isInteger(status) || byId.has(id.toLowerCase())) continue;
    const headers = raw.headers;
    byId.set(id.toLowerCase(), {
      id,
      status,
      header: (name) => headerIn(headers, name),
      body: decodeInnerBody(raw.body, headerIn(headers, 'content-type')),
    });
  }
  return byId;
}
