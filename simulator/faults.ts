import { defaultErrorCode, errorResponse } from './graph-response';
import type { ResponseIds, SimResponse } from './graph-response';

/**
 * Failures to inject, matched against the request path without the version (`/users`,
 * `/identity/conditionalAccess/policies`) for direct and in-batch requests alike. A string matches
 * that path exactly (case-insensitive) or, ending in `*`, as a prefix; a RegExp is tested against it.
 * Use the path `/$batch` to make a whole batch envelope fail.
 */
export type Fault =
  | {
      readonly path: string | RegExp;
      readonly kind: 'throttle';
      /** How many matching requests are throttled before they succeed. */
      readonly times: number;
      readonly retryAfterSeconds: number;
      readonly status?: 429 | 503 | 504;
    }
  | { readonly path: string | RegExp; readonly kind: 'forbidden' }
  | { readonly path: string | RegExp; readonly kind: 'malformed'; readonly body: string; readonly times?: number }
  | {
      readonly path: string | RegExp;
      readonly kind: 'status';
      readonly status: number;
      readonly times?: number;
      readonly code?: string;
      readonly message?: string;
    };

export interface FaultInjector {
  /** The injected answer for this path, or null; counts the match against `times`. */
  answer(path: string, ids: ResponseIds): SimResponse | null;
  reset(): void;
}

function matches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) {
    pattern.lastIndex = 0;
    return pattern.test(path);
  }
  const p = pattern.toLowerCase();
  const target = path.toLowerCase();
  return p.endsWith('*') ? target.startsWith(p.slice(0, -1)) : target === p;
}

const THROTTLE_MESSAGES: Readonly<Record<number, { code: string; message: string }>> = {
  429: { code: 'TooManyRequests', message: 'Please retry again later.' },
  503: { code: 'serviceNotAvailable', message: 'Service unavailable, please retry again later.' },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a timely response, please retry again later.' },
};

export function createFaultInjector(faults: readonly Fault[]): FaultInjector {
  const used = new Map<number, number>();
  return {
    answer(path, ids) {
      for (const [index, fault] of faults.entries()) {
        if (!matches(fault.path, path)) continue;
        const limit = fault.kind === 'throttle' ? fault.times : fault.kind === 'forbidden' ? undefined : fault.times;
        const count = used.get(index) ?? 0;
        if (limit !== undefined && count >= limit) continue;
        used.set(index, count + 1);
        switch (fault.kind) {
          case 'throttle': {
            const status = fault.status ?? 429;
            const m = THROTTLE_MESSAGES[status] ?? {
              code: defaultErrorCode(status),
              message: 'Please retry again later.',
            };
            return errorResponse(status, m.code, m.message, ids, { 'Retry-After': String(fault.retryAfterSeconds) });
          }
          case 'forbidden':
            return errorResponse(
              403,
              'Authorization_RequestDenied',
              'Insufficient privileges to complete the operation.',
              ids,
            );
          case 'malformed':
            return {
              status: 200,
              headers: {
                'Cache-Control': 'no-cache',
                'Content-Type': 'application/json',
                'request-id': ids.requestId,
                'client-request-id': ids.clientRequestId,
              },
              body: fault.body,
            };
          case 'status':
            return errorResponse(
              fault.status,
              fault.code ?? defaultErrorCode(fault.status),
              fault.message ?? `Injected ${fault.status}.`,
              ids,
            );
        }
      }
      return null;
    },
    reset() {
      used.clear();
    },
  };
}
