import type { AdminService } from '../lib/graph/sources/admin-services';

/** One HTTP answer, as `GraphSimulator.handle` returns it and as one `$batch` sub-response carries it. */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One HTTP request as the simulator sees it. */
export interface SimRequest {
  readonly method: string;
  /** Absolute (`http://127.0.0.1:1234/v1.0/users`) or starting with `/v1.0` or `/beta`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /**
   * Set by serve-http for a request that reached one admin service's own port: that service answers
   * it, its URL's origin being the service's root. Absent: the URL's host decides (services/service-hosts.ts).
   */
  readonly service?: AdminService;
}

/** Correlation values Graph puts in every response and in `error.innerError`. */
export interface ResponseIds {
  readonly requestId: string;
  readonly clientRequestId: string;
  readonly date: Date;
}

export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/**
 * A Graph error on its way out. Thrown deep inside query handling and turned into the documented
 * `{"error":{"code","message","innerError"}}` body in one place.
 */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }
}

function baseHeaders(ids: ResponseIds, contentType: string): Record<string, string> {
  return {
    'Cache-Control': 'no-cache',
    'Content-Type': contentType,
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
  };
}

export function jsonResponse(status: number, body: unknown, ids: ResponseIds): SimResponse {
  return { status, headers: { ...baseHeaders(ids, ODATA_JSON), 'OData-Version': '4.0' }, body: JSON.stringify(body) };
}

export function textResponse(status: number, text: string, ids: ResponseIds): SimResponse {
  return { status, headers: baseHeaders(ids, 'text/plain'), body: text };
}

/** Graph's innerError date has no fraction and no zone: `2026-01-22T09:07:22`. */
function innerErrorDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  ids: ResponseIds,
  extraHeaders: Readonly<Record<string, string>> = {},
): SimResponse {
  const body = {
    error: {
      code,
      message,
      innerError: {
        date: innerErrorDate(ids.date),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
  return { status, headers: { ...baseHeaders(ids, 'application/json'), ...extraHeaders }, body: JSON.stringify(body) };
}

export function errorFrom(error: GraphRequestError, ids: ResponseIds): SimResponse {
  return errorResponse(error.status, error.code, error.message, ids, error.headers);
}

/** The `error.code` Graph uses for a bare status, for injected `status` faults. */
export function defaultErrorCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'BadRequest',
    401: 'InvalidAuthenticationToken',
    403: 'Authorization_RequestDenied',
    404: 'Request_ResourceNotFound',
    405: 'Request_BadRequest',
    409: 'Conflict',
    423: 'Locked',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'serviceNotAvailable',
    504: 'GatewayTimeout',
  };
  return codes[status] ?? 'UnknownError';
}
