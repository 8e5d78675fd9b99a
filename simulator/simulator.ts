import { answerBatch } from './batch';
import { answerGet, createFilterCache } from './answer-get';
import { bearerToken, callerFromToken } from './caller';
import type { Caller } from './caller';
import { createFaultInjector } from './faults';
import type { Fault } from './faults';
import { errorFrom, errorResponse, GraphRequestError } from './graph-response';
import type { ResponseIds, SimResponse } from './graph-response';
import type { ApiVersion } from './routes/route-def';
import { createRandom, stableGuid } from './seeded-random';
import type { TenantModel } from './tenant-model';

export interface SimulatorOptions {
  /** Scopes the caller was granted. Without it, a JWT's `scp` decides; an opaque token gets everything. */
  readonly grantedScopes?: readonly string[];
  /** Overrides `tenant.callerIsGlobalAdmin` and a JWT's `wids` (GA-only endpoints). */
  readonly callerIsGlobalAdmin?: boolean;
  /** Added to every HTTP call (one `$batch` POST waits once). */
  readonly latencyMs?: number;
  /** Injectable so tests don't wait; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly faults?: readonly Fault[];
  /** Root for next links when a request URL is relative. Default `https://graph.microsoft.com`. */
  readonly baseUrl?: string;
  /** Clock for `innerError.date` and token expiry. */
  readonly now?: () => Date;
  /** Seeds request ids and the `$batch` response order. */
  readonly seed?: number;
}

export interface SimRequest {
  readonly method: string;
  /** Absolute (`http://127.0.0.1:1234/v1.0/users`) or starting with `/v1.0` or `/beta`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface SimulatorStats {
  /** HTTP calls received, a `$batch` POST counting once. */
  httpCalls: number;
  /** Logical GETs answered, direct or inside a batch. */
  innerRequests: number;
  /** Logical GETs per `/{version}{path}` (no query). */
  byPath: Record<string, number>;
}

export interface GraphSimulator {
  handle(req: SimRequest): Promise<SimResponse>;
  /** A fetch-compatible adapter over `handle`. */
  readonly fetch: typeof fetch;
  readonly stats: Readonly<SimulatorStats>;
  /** Zeroes the stats and the fault counters. */
  reset(): void;
}

const DEFAULT_ROOT = 'https://graph.microsoft.com';

interface ParsedUrl {
  readonly root: string;
  readonly version: ApiVersion | null;
  readonly versionSegment: string;
  readonly rawPath: string;
  readonly rawQuery: string;
}

function parseUrl(url: string, baseUrl: string): ParsedUrl {
  let root = baseUrl.replace(/\/+$/, '');
  let rest = url;
  const absolute = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)(.*)$/i.exec(url);
  if (absolute && absolute[1] !== undefined) {
    root = absolute[1];
    rest = absolute[2] ?? '';
  }
  rest = rest.split('#')[0] ?? '';
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const rawQuery = q < 0 ? '' : rest.slice(q + 1);
  const m = /^\/([^/]+)(\/.*)?$/.exec(path);
  const versionSegment = m?.[1] ?? '';
  const lower = versionSegment.toLowerCase();
  const version: ApiVersion | null = lower === 'v1.0' ? 'v1.0' : lower === 'beta' ? 'beta' : null;
  return { root, version, versionSegment, rawPath: m?.[2] ?? '/', rawQuery };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

function decodedPath(rawPath: string): string {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}

/**
 * A Microsoft Graph stand-in that answers read-only requests from a tenant model: the shapes, paging,
 * `$batch`, advanced-query rules, permissions, licence gates and errors of graph-sources.md §2 and §4.
 * Pure and web-standard, so it runs in a service worker (demo mode), in tests, and behind serve-http.
 */
export function createGraphSimulator(tenant: TenantModel, options: SimulatorOptions = {}): GraphSimulator {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const baseUrl = options.baseUrl ?? DEFAULT_ROOT;
  const seed = options.seed ?? 1;
  const faults = createFaultInjector(options.faults ?? []);
  const filterCache = createFilterCache();
  const stats: SimulatorStats = { httpCalls: 0, innerRequests: 0, byPath: {} };
  let requestCounter = 0;
  let batchCounter = 0;

  const nextIds = (headers: Readonly<Record<string, string>>): ResponseIds => {
    const requestId = stableGuid('request', String(seed), String(requestCounter++));
    return { requestId, clientRequestId: headers['client-request-id'] ?? requestId, date: now() };
  };

  const callerIsGlobalAdmin = (caller: Caller): boolean =>
    options.callerIsGlobalAdmin ?? caller.isGlobalAdmin ?? tenant.callerIsGlobalAdmin;

  /** One logical GET: counted, checked against faults, then answered from the model. */
  const answerLogical = (
    version: ApiVersion,
    relativeUrl: string,
    headers: Readonly<Record<string, string>>,
    root: string,
    caller: Caller,
    inBatch: boolean,
    ids: ResponseIds,
  ): SimResponse => {
    const q = relativeUrl.indexOf('?');
    const rawPath = q < 0 ? relativeUrl : relativeUrl.slice(0, q);
    const rawQuery = q < 0 ? '' : relativeUrl.slice(q + 1);
    const path = decodedPath(rawPath);
    stats.innerRequests++;
    const key = `/${version}${path}`;
    stats.byPath[key] = (stats.byPath[key] ?? 0) + 1;
    const injected = faults.answer(path, ids);
    if (injected) return injected;
    return answerGet(
      { version, rawPath, rawQuery, headers, root, inBatch },
      { tenant, scopes: caller.scopes, callerIsGlobalAdmin: callerIsGlobalAdmin(caller), ids, filterCache },
    );
  };

  const handle = async (req: SimRequest): Promise<SimResponse> => {
    stats.httpCalls++;
    if (options.latencyMs !== undefined && options.latencyMs > 0) await sleep(options.latencyMs);
    const headers = lowerCaseKeys(req.headers);
    const ids = nextIds(headers);
    const url = parseUrl(req.url, baseUrl);
    const finish = (res: SimResponse): SimResponse => ({ ...res, headers: lowerCaseKeys(res.headers) });
    try {
      const caller = callerFromToken(bearerToken(headers), options.grantedScopes, now());
      if (url.version === null) {
        throw new GraphRequestError(
          404,
          'Request_ResourceNotFound',
          `Invalid version: ${url.versionSegment || '(none)'}.`,
        );
      }
      const version = url.version;
      if (url.rawPath.toLowerCase() === '/$batch') {
        if (req.method.toUpperCase() !== 'POST') {
          throw new GraphRequestError(
            405,
            'Request_BadRequest',
            'Specified HTTP method is not allowed for the request target.',
          );
        }
        const injected = faults.answer('/$batch', ids);
        if (injected) return finish(injected);
        const random = createRandom(seed * 7919 + batchCounter++);
        return finish(
          answerBatch(
            req.body,
            {
              random,
              nextIds,
              answer: (relativeUrl, innerHeaders, innerIds) =>
                answerLogical(version, relativeUrl, innerHeaders, url.root, caller, true, innerIds),
            },
            ids,
          ),
        );
      }
      if (req.method.toUpperCase() !== 'GET') {
        throw new GraphRequestError(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
        );
      }
      const relative = url.rawQuery === '' ? url.rawPath : `${url.rawPath}?${url.rawQuery}`;
      return finish(answerLogical(version, relative, headers, url.root, caller, false, ids));
    } catch (e) {
      if (e instanceof GraphRequestError) return finish(errorFrom(e, ids));
      return finish(errorResponse(500, 'InternalServerError', e instanceof Error ? e.message : String(e), ids));
    }
  };

  const simFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const absolute =
      typeof input === 'string' && input.startsWith('/') ? `${baseUrl.replace(/\/+$/, '')}${input}` : input;
    const request = new Request(absolute, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const method = request.method.toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await request.text();
    const res = await handle({ method, url: request.url, headers, ...(body === undefined ? {} : { body }) });
    return new Response(res.body, { status: res.status, headers: res.headers });
  };

  return {
    handle,
    fetch: simFetch,
    get stats() {
      return stats;
    },
    reset() {
      stats.httpCalls = 0;
      stats.innerRequests = 0;
      stats.byPath = {};
      faults.reset();
    },
  };
}
