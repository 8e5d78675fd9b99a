import { errorResponse, GraphRequestError, jsonResponse } from './graph-response';
import type { ResponseIds, SimResponse } from './graph-response';
import { shuffled } from './seeded-random';
import type { Random } from './seeded-random';

/** concepts/json-batching.md: "JSON batch requests are currently limited to 20 individual requests." */
export const MAX_BATCH_REQUESTS = 20;

interface InnerRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly dependsOn: readonly string[];
}

export interface BatchEnv {
  readonly random: Random;
  /** Answers one relative URL (`/users?$top=1`) as an in-batch GET; header names lower-cased. */
  readonly answer: (url: string, headers: Readonly<Record<string, string>>, ids: ResponseIds) => SimResponse;
  readonly nextIds: (headers: Readonly<Record<string, string>>) => ResponseIds;
}

function malformed(message: string): GraphRequestError {
  return new GraphRequestError(400, 'BadRequest', message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function parseInner(raw: unknown): InnerRequest {
  if (!isRecord(raw)) throw malformed('Invalid batch payload format.');
  const { id, method, url, headers, dependsOn } = raw;
  if (typeof id !== 'string' || id === '') throw malformed("Every batch request needs an 'id' string.");
  if (typeof method !== 'string' || method === '') throw malformed(`Batch request '${id}' needs a 'method'.`);
  if (typeof url !== 'string' || url === '') throw malformed(`Batch request '${id}' needs a 'url'.`);
  const headerMap: Record<string, string> = {};
  if (headers !== undefined) {
    if (!isRecord(headers)) throw malformed(`Batch request '${id}' has invalid 'headers'.`);
    for (const [k, v] of Object.entries(headers)) {
      if (typeof v !== 'string') throw malformed(`Batch request '${id}' has a non-string header '${k}'.`);
      headerMap[k.toLowerCase()] = v;
    }
  }
  let deps: string[] = [];
  if (dependsOn !== undefined) {
    if (!Array.isArray(dependsOn) || !dependsOn.every((d): d is string => typeof d === 'string')) {
      throw malformed(`Batch request '${id}' has an invalid 'dependsOn'.`);
    }
    deps = dependsOn;
  }
  return { id, method, url, headers: headerMap, dependsOn: deps };
}

function parseBatch(body: string | undefined): InnerRequest[] {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    throw malformed('Invalid batch payload format.');
  }
  if (!isRecord(json) || !Array.isArray(json['requests'])) throw malformed('Invalid batch payload format.');
  const raw: unknown[] = json['requests'];
  if (raw.length === 0) throw malformed('Invalid batch payload format.');
  if (raw.length > MAX_BATCH_REQUESTS)
    throw malformed(`The number of requests in the batch exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
  const requests = raw.map(parseInner);
  const ids = new Set<string>();
  for (const r of requests) {
    // Ids are not case-sensitive and must be unique, "otherwise, the batch request fails with a 400".
    const key = r.id.toLowerCase();
    if (ids.has(key)) throw malformed(`Batch request contains duplicate Id '${r.id}'.`);
    ids.add(key);
  }
  for (const r of requests) {
    for (const d of r.dependsOn)
      if (!ids.has(d.toLowerCase())) throw malformed(`Batch request '${r.id}' depends on unknown Id '${d}'.`);
  }
  return requests;
}

/** Non-JSON bodies travel base64-encoded inside a batch; JSON bodies as objects. */
function batchBody(res: SimResponse): unknown {
  const type = res.headers['Content-Type'] ?? '';
  if (type.startsWith('application/json')) {
    try {
      return JSON.parse(res.body);
    } catch {
      return res.body; // an injected malformed body stays visibly malformed
    }
  }
  const bytes = new TextEncoder().encode(res.body);
  return btoa(String.fromCharCode(...bytes));
}

function innerHeaders(res: SimResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (k !== 'request-id' && k !== 'client-request-id') out[k] = v;
  return out;
}

/**
 * Answers `POST /{version}/$batch`. Each request gets its own status, headers and body; a malformed
 * envelope is one 400. Responses come back shuffled (deterministically), since Graph promises no order.
 */
export function answerBatch(body: string | undefined, env: BatchEnv, envelopeIds: ResponseIds): SimResponse {
  let requests: InnerRequest[];
  try {
    requests = parseBatch(body);
  } catch (e) {
    if (e instanceof GraphRequestError) return errorResponse(e.status, e.code, e.message, envelopeIds);
    throw e;
  }
  const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
  const done = new Map<string, SimResponse>();
  const visiting = new Set<string>();

  const run = (r: InnerRequest): SimResponse => {
    const key = r.id.toLowerCase();
    const existing = done.get(key);
    if (existing) return existing;
    const ids = env.nextIds(r.headers);
    let res: SimResponse;
    if (visiting.has(key)) {
      res = errorResponse(400, 'BadRequest', `Batch request '${r.id}' has a circular 'dependsOn'.`, ids);
    } else {
      visiting.add(key);
      const failedDependency = r.dependsOn.some((d) => {
        const dep = byId.get(d.toLowerCase());
        const depRes = dep ? run(dep) : undefined;
        return depRes === undefined || depRes.status >= 400;
      });
      visiting.delete(key);
      if (failedDependency) {
        res = errorResponse(
          424,
          'FailedDependency',
          'The request could not be completed because a request it depends on failed.',
          ids,
        );
      } else if (r.method.toUpperCase() !== 'GET') {
        res = errorResponse(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
          ids,
        );
      } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(r.url)) {
        res = errorResponse(
          400,
          'BadRequest',
          'Invalid request URL: a URL inside a batch must be relative, e.g. /users.',
          ids,
        );
      } else {
        res = env.answer(r.url.startsWith('/') ? r.url : `/${r.url}`, r.headers, ids);
      }
    }
    done.set(key, res);
    return res;
  };

  for (const r of requests) run(r);
  let order = shuffled(requests, env.random);
  // A shuffle may land on the request order; rotate so callers never come to rely on it.
  if (order.length > 1 && order.every((r, i) => r === requests[i])) order = [...order.slice(1), ...order.slice(0, 1)];
  const responses = order.map((r) => {
    const res = done.get(r.id.toLowerCase());
    if (!res) throw new Error(`batch request ${r.id} was not answered`);
    return { id: r.id, status: res.status, headers: innerHeaders(res), body: batchBody(res) };
  });
  const envelope = jsonResponse(200, { responses }, envelopeIds);
  return { ...envelope, headers: { ...envelope.headers, 'Content-Type': 'application/json' } };
}
