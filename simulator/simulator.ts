import { answerBatch } from './batch';
import { answerGet } from './answer-get';
import { bearerToken, callerFromToken } from './caller';
import type { Caller } from './caller';
import { fetchOver } from './fetch-adapter';
import { createFaultInjector } from './faults';
import type { Fault, FaultInjector } from './faults';
import { createFilterCache } from './filter-cache';
import type { FilterCache } from './filter-cache';
import { errorFrom, errorResponse, GraphRequestError } from './graph-response';
import type { ResponseIds, SimRequest, SimResponse } from './graph-response';
import { methodNotAllowed } from './request-errors';
import { decodedPath, lowerCaseKeys, parseUrl } from './request-url';
import type { ParsedUrl } from './request-url';
import type { ApiVersion } from './routes/route-def';
import { createRandom, stableGuid } from './seeded-random';
import type { Random } from './seeded-random';
import type { ServiceSimulatorStats } from './services/service-context';
import type { ServiceFault } from './services/service-faults';
import { originRoute, serviceRoute } from './services/service-hosts';
import { createServiceSimulator } from './services/service-simulator';
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
  /** Failures the admin services inject, per cmdlet or Teams configuration (services/service-faults.ts). */
  readonly serviceFaults?: readonly ServiceFault[];
  /** The tenant's regional compliance prefix the discovery redirects to; default `nam12b`. */
  readonly complianceRegion?: string;
}

export type { SimRequest } from './graph-response';

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
  /** The admin services' own counters (Exchange, compliance, Teams), violations included. */
  readonly serviceStats: Readonly<ServiceSimulatorStats>;
  /** Zeroes the stats, the service stats and the fault counters. */
  reset(): void;
}

const DEFAULT_ROOT = 'https://graph.microsoft.com';

/** What every request of one simulator shares: its tenant, options, counters and caches. */
interface SimulatorCore {
  readonly tenant: TenantModel;
  readonly options: SimulatorOptions;
  readonly now: () => Date;
  readonly faults: FaultInjector;
  readonly filterCache: FilterCache;
  readonly stats: SimulatorStats;
  /** Request ids in a seeded sequence; the client's `client-request-id` is echoed when sent. */
  readonly nextIds: (headers: Readonly<Record<string, string>>) => ResponseIds;
  /** A seeded random source per `$batch`, which decides its response order. */
  readonly nextBatchRandom: () => Random;
}

function createCore(tenant: TenantModel, options: SimulatorOptions): SimulatorCore {
  const now = options.now ?? (() => new Date());
  const seed = options.seed ?? 1;
  let requestCounter = 0;
  let batchCounter = 0;
  return {
    tenant,
    options,
    now,
    faults: createFaultInjector(options.faults ?? []),
    filterCache: createFilterCache(),
    stats: { httpCalls: 0, innerRequests: 0, byPath: {} },
    nextIds: (headers) => {
      const requestId = stableGuid('request', String(seed), String(requestCounter++));
      return { requestId, clientRequestId: headers['client-request-id'] ?? requestId, date: now() };
    },
    nextBatchRandom: () => createRandom(seed * 7919 + batchCounter++),
  };
}

/** One logical GET, direct or inside a `$batch`. */
interface LogicalGet {
  readonly version: ApiVersion;
  readonly relativeUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly root: string;
  readonly caller: Caller;
  readonly inBatch: boolean;
  readonly ids: ResponseIds;
}

/** One logical GET: counted, checked against faults, then answered from the model. */
function answerLogical(core: SimulatorCore, get: LogicalGet): SimResponse {
  const { version, relativeUrl, headers, root, caller, inBatch, ids } = get;
  const q = relativeUrl.indexOf('?');
  const rawPath = q < 0 ? relativeUrl : relativeUrl.slice(0, q);
  const rawQuery = q < 0 ? '' : relativeUrl.slice(q + 1);
  const path = decodedPath(rawPath);
  core.stats.innerRequests++;
  const key = `/${version}${path}`;
  core.stats.byPath[key] = (core.stats.byPath[key] ?? 0) + 1;
  const injected = core.faults.answer(path, ids);
  if (injected) return injected;
  const callerIsGlobalAdmin =
    core.options.callerIsGlobalAdmin ?? caller.isGlobalAdmin ?? core.tenant.callerIsGlobalAdmin;
  return answerGet(
    { version, rawPath, rawQuery, headers, root, inBatch },
    { tenant: core.tenant, scopes: caller.scopes, callerIsGlobalAdmin, ids, filterCache: core.filterCache },
  );
}

/** A `$batch` POST: one fault check for the envelope, then each inner GET answered as a logical GET. */
function answerBatchPost(
  core: SimulatorCore,
  req: SimRequest,
  at: { readonly version: ApiVersion; readonly root: string; readonly caller: Caller },
  ids: ResponseIds,
): SimResponse {
  if (req.method.toUpperCase() !== 'POST') throw methodNotAllowed();
  const injected = core.faults.answer('/$batch', ids);
  if (injected) return injected;
  const random = core.nextBatchRandom();
  const answer = (relativeUrl: string, headers: Readonly<Record<string, string>>, innerIds: ResponseIds) =>
    answerLogical(core, { ...at, relativeUrl, headers, inBatch: true, ids: innerIds });
  return answerBatch(req.body, { random, nextIds: core.nextIds, answer }, ids);
}

/** Routes one HTTP call to `$batch` or a direct GET; anything it throws becomes a Graph error body. */
function answerHttp(core: SimulatorCore, req: SimRequest, url: ParsedUrl, ids: ResponseIds): SimResponse {
  const headers = lowerCaseKeys(req.headers);
  try {
    const caller = callerFromToken(bearerToken(headers), core.options.grantedScopes, core.now());
    if (url.version === null) {
      throw new GraphRequestError(
        404,
        'Request_ResourceNotFound',
        `Invalid version: ${url.versionSegment || '(none)'}.`,
      );
    }
    const at = { version: url.version, root: url.root, caller };
    if (url.rawPath.toLowerCase() === '/$batch') return answerBatchPost(core, req, at, ids);
    if (req.method.toUpperCase() !== 'GET') throw methodNotAllowed();
    const relativeUrl = url.rawQuery === '' ? url.rawPath : `${url.rawPath}?${url.rawQuery}`;
    return answerLogical(core, { ...at, relativeUrl, headers, inBatch: false, ids });
  } catch (e) {
    if (e instanceof GraphRequestError) return errorFrom(e, ids);
    return errorResponse(500, 'InternalServerError', e instanceof Error ? e.message : String(e), ids);
  }
}

/**
 * A Microsoft Graph stand-in that answers read-only requests from a tenant model: the shapes, paging,
 * `$batch`, advanced-query rules, permissions, licence gates and errors of graph-sources.md §2 and §4.
 * Pure and web-standard, so it runs in a service worker (demo mode), in tests, and behind serve-http.
 */
export function createGraphSimulator(tenant: TenantModel, options: SimulatorOptions = {}): GraphSimulator {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const baseUrl = options.baseUrl ?? DEFAULT_ROOT;
  const core = createCore(tenant, options);
  const { stats } = core;
  const services = createServiceSimulator(tenant, {
    ...(options.serviceFaults ? { faults: options.serviceFaults } : {}),
    ...(options.complianceRegion ? { complianceRegion: options.complianceRegion } : {}),
  });

  const handle = async (req: SimRequest): Promise<SimResponse> => {
    const latency = options.latencyMs !== undefined && options.latencyMs > 0 ? options.latencyMs : 0;
    // Exchange, compliance and Teams hosts (or a local root's /exchange, /compliance, /teams, or a
    // service's own port in serve-http): not Graph.
    const route = req.service ? originRoute(req.url, req.service) : serviceRoute(req.url);
    if (route) {
      if (latency > 0) await sleep(latency);
      const res = services.handle(req, route);
      return { ...res, headers: lowerCaseKeys(res.headers) };
    }
    stats.httpCalls++;
    if (latency > 0) await sleep(latency);
    const ids = core.nextIds(lowerCaseKeys(req.headers));
    const res = answerHttp(core, req, parseUrl(req.url, baseUrl), ids);
    return { ...res, headers: lowerCaseKeys(res.headers) };
  };

  return {
    handle,
    fetch: fetchOver(handle, baseUrl),
    get stats() {
      return stats;
    },
    get serviceStats() {
      return services.stats;
    },
    reset() {
      services.reset();
      stats.httpCalls = 0;
      stats.innerRequests = 0;
      stats.byPath = {};
      core.faults.reset();
    },
  };
}
