/**
 * `POST {root}/adminapi/beta/{tenantId}/$batch` on Exchange Online, in the shape CIPP sends it
 * (EXO-TEAMS-LIVE.md §1.4; lib/services/exo-batch-wire.ts): `{ requests: [{ id, method, url, body,
 * headers }] }`, at most 10, answered `{ responses: [{ id, status, headers, body }] }`. Each
 * sub-request is answered by the same handler as a lone InvokeCommand (allow-list, violations, faults,
 * paging, errors in a 200), with the batch's headers under its own. A sub-request that is anything but
 * an InvokeCommand POST under this root is a recorded violation: a batch is no way around the list.
 * One batch is one HTTP call in the stats, whatever it holds.
 */
import { isRecord } from '../../lib/graph/response-body';
import type { SimRequest, SimResponse } from '../graph-response';
import { lowerCaseKeys } from '../request-url';
import { answerInvokeCommand } from './invoke-command';
import { missingBearer, wrongTenant } from './request-checks';
import { recordViolation, type ServiceContext } from './service-context';
import type { ServiceRoute } from './service-hosts';
import { serviceError, serviceErrorBody, serviceJson } from './service-response';

/** Sub-requests Exchange takes in one batch (CIPP splits its cmdlets in tens). */
export const EXCHANGE_BATCH_LIMIT = 10;

const INVOKE_PATH = /^\/adminapi\/beta\/([^/]+)\/InvokeCommand$/i;

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

function parsed(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '') as unknown;
  } catch {
    return undefined;
  }
}

const stringHeaders = (h: unknown): Record<string, string> =>
  isRecord(h) ? Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), String(v)])) : {};

function asSubResponse(id: string, answer: SimResponse): SubResponse {
  // A malformed body (an injected fault) rides as the text it was.
  return { id, status: answer.status, headers: answer.headers, body: parsed(answer.body) ?? answer.body };
}

/** One sub-request answered as the InvokeCommand it must be, or refused and recorded. */
function answerSub(ctx: ServiceContext, route: ServiceRoute, batchHeaders: Record<string, string>, sub: unknown) {
  const s = isRecord(sub) ? sub : {};
  const id = typeof s.id === 'string' || typeof s.id === 'number' ? String(s.id) : '';
  const method = typeof s.method === 'string' ? s.method.toUpperCase() : '';
  const url = typeof s.url === 'string' ? s.url : '';
  const headers = { ...batchHeaders, ...stringHeaders(s.headers) };
  const req: SimRequest = { method, url, headers, body: s.body === undefined ? '' : JSON.stringify(s.body) };
  const [path = '', query = ''] = url.startsWith(`${route.root}/`) ? url.slice(route.root.length).split('?', 2) : [];
  const tenantSegment = INVOKE_PATH.exec(path)?.[1];
  if (method !== 'POST' || tenantSegment === undefined) {
    recordViolation(
      ctx,
      'exchange',
      req,
      `a $batch sub-request ${method || '(no method)'} ${url || '(no url)'}: only InvokeCommand under ${route.root} may be batched`,
    );
    return { id, status: 400, headers: {}, body: serviceErrorBody('BadRequest', 'Only InvokeCommand may be batched.') };
  }
  const subRoute: ServiceRoute = { ...route, rawPath: path, rawQuery: query };
  return asSubResponse(id, answerInvokeCommand(ctx, subRoute, req, headers, tenantSegment));
}

/** Answers an Exchange `$batch` POST; `tenantSegment` is the path's `{tenantId}`. */
export function answerExchangeBatch(
  ctx: ServiceContext,
  route: ServiceRoute,
  req: SimRequest,
  headers: Readonly<Record<string, string>>,
  tenantSegment: string,
): SimResponse {
  const denied = missingBearer(headers) ?? wrongTenant(ctx.tenant, tenantSegment);
  if (denied) return denied;
  const body = parsed(req.body);
  if (!isRecord(body) || !Array.isArray(body.requests))
    return serviceError(400, 'BadRequest', 'A $batch body is { "requests": [ … ] }.');
  const requests = body.requests as unknown[];
  if (requests.length === 0 || requests.length > EXCHANGE_BATCH_LIMIT)
    return serviceError(
      400,
      'BadRequest',
      `A $batch holds 1 to ${EXCHANGE_BATCH_LIMIT} requests; this one held ${requests.length}.`,
    );
  const ids = requests.map((r) => (isRecord(r) ? String(r.id) : ''));
  if (new Set(ids).size !== ids.length)
    return serviceError(400, 'BadRequest', 'Each request of a $batch needs its own id.');
  ctx.stats.batches++;
  const batchHeaders = lowerCaseKeys(headers);
  return serviceJson(200, { responses: requests.map((sub) => answerSub(ctx, route, batchHeaders, sub)) });
}
