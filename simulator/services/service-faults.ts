/**
 * Failures the simulated admin services inject, per cmdlet or Teams configuration (issue 17 §3), like
 * the Graph simulator's (../faults.ts): a refused token (401/403), throttling with Retry-After, a server
 * error, a malformed body, an HTTP 200 whose body is an error (ScubaGear saw InvokeCommand do that) and
 * a cmdlet the tenant's plan lacks. `EXOBanner` targets the compliance discovery, `SPO.Tenant` SharePoint's read.
 */
import type { AllowedCmdlet, TeamsConfiguration } from '../../lib/graph/sources/cmdlet-allow-list';
import type { SimResponse } from '../graph-response';
import { notRecognizedAnswer, serviceError, serviceErrorBody, serviceJson } from './service-response';

export type ServiceFaultTarget = AllowedCmdlet | TeamsConfiguration | 'EXOBanner' | 'SPO.Tenant';

/** `times` absent: every matching call fails. */
export type ServiceFault =
  | {
      readonly target: ServiceFaultTarget;
      /** 401, 403, 500, 503 …: that status with an error body. */
      readonly kind: 'status';
      readonly status: number;
      readonly code?: string;
      readonly message?: string;
      readonly times?: number;
    }
  | {
      readonly target: ServiceFaultTarget;
      readonly kind: 'throttle';
      readonly retryAfterSeconds: number;
      readonly times?: number;
      readonly status?: 429 | 503;
    }
  | { readonly target: ServiceFaultTarget; readonly kind: 'malformed'; readonly body: string; readonly times?: number }
  | {
      readonly target: ServiceFaultTarget;
      /** HTTP 200 with `{ "error": { code, message } }` as the body. */
      readonly kind: 'errorIn200';
      readonly code?: string;
      readonly message?: string;
      readonly times?: number;
    }
  | { readonly target: AllowedCmdlet; readonly kind: 'notInPlan'; readonly times?: number };

export interface ServiceFaultInjector {
  /** The injected answer for a call to `target`, or null; counts it against `times`. */
  answer(target: string): SimResponse | null;
  reset(): void;
}

const DEFAULT_CODES: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  500: 'InternalServerError',
  503: 'ServiceUnavailable',
};

function injected(fault: ServiceFault, target: string): SimResponse {
  switch (fault.kind) {
    case 'status':
      return serviceError(
        fault.status,
        fault.code ?? DEFAULT_CODES[fault.status] ?? 'Error',
        fault.message ?? `Injected ${fault.status} for ${target}.`,
        fault.status === 401 ? { 'www-authenticate': 'Bearer error="invalid_token"' } : {},
      );
    case 'throttle':
      return serviceError(fault.status ?? 429, 'TooManyRequests', 'The request was throttled; retry later.', {
        'retry-after': String(fault.retryAfterSeconds),
      });
    case 'malformed':
      return { status: 200, headers: { 'content-type': 'application/json' }, body: fault.body };
    case 'errorIn200':
      return serviceJson(
        200,
        serviceErrorBody(fault.code ?? 'InternalError', fault.message ?? `Injected error for ${target}.`),
      );
    case 'notInPlan':
      return notRecognizedAnswer(target);
  }
}

export function createServiceFaultInjector(faults: readonly ServiceFault[]): ServiceFaultInjector {
  const used = new Map<number, number>();
  return {
    answer(target) {
      for (const [index, fault] of faults.entries()) {
        if (fault.target.toLowerCase() !== target.toLowerCase()) continue;
        const count = used.get(index) ?? 0;
        if (fault.times !== undefined && count >= fault.times) continue;
        used.set(index, count + 1);
        return injected(fault, target);
      }
      return null;
    },
    reset: () => used.clear(),
  };
}
