import { isGranted } from './caller';
import { checkQuery } from './check-query';
import type { FilterCache } from './filter-cache';
import { errorFrom, GraphRequestError, jsonResponse, textResponse } from './graph-response';
import type { ResponseIds, SimResponse } from './graph-response';
import { hasLicence } from './licences';
import type { ParsedFilter } from './odata-filter';
import { orderItems, parseQuery } from './odata-query';
import type { QueryOptions } from './odata-query';
import { insufficientPrivileges, methodNotAllowed, optionNotAllowed, segmentNotFound } from './request-errors';
import { matchRoute, splitPath } from './route-match';
import type { RouteMatch } from './route-match';
import type { ApiVersion, RouteContext } from './routes/route-def';
import { contextUrl, shape } from './shape-response';
import { decodeSkipToken, encodeSkipToken, queryFingerprint } from './skip-token';
import type { TenantModel } from './tenant-model';

export { createFilterCache } from './filter-cache';
export type { FilterCache } from './filter-cache';

/** One logical GET: a direct request or one inside a `$batch`. */
export interface GetRequest {
  readonly version: ApiVersion;
  /** Below the version segment, as sent (still percent-encoded), starting with `/`. */
  readonly rawPath: string;
  /** Without the leading `?`. */
  readonly rawQuery: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** Scheme and host the request came in on; next links point back to it. */
  readonly root: string;
  readonly inBatch: boolean;
}

export interface GetEnv {
  readonly tenant: TenantModel;
  readonly scopes: ReadonlySet<string> | null;
  readonly callerIsGlobalAdmin: boolean;
  readonly ids: ResponseIds;
  readonly filterCache: FilterCache;
}

const BOTH_VERSIONS: readonly ApiVersion[] = ['v1.0', 'beta'];

/** The route a GET names, once its version, the caller's permissions and the tenant's licences allow it. */
function allowedRoute(req: GetRequest, env: GetEnv, segments: readonly string[]): RouteMatch {
  const match = matchRoute(segments);
  if (!match) throw segmentNotFound(segments[segments.length - 1] ?? '');
  const { route } = match;
  if (!(route.versions ?? BOTH_VERSIONS).includes(req.version)) {
    // In a batch the docs show 405 for a beta-only URL under v1.0 (concepts/json-batching.md, request 4).
    if (req.inBatch) throw methodNotAllowed();
    throw segmentNotFound(segments[0] ?? '');
  }
  if (!isGranted(env.scopes, route.permissions)) throw insufficientPrivileges();
  if (route.globalAdminOnly && !env.callerIsGlobalAdmin) throw insufficientPrivileges();
  if (route.licence && !hasLicence(env.tenant, route.licence.licence)) {
    throw new GraphRequestError(route.licence.status, route.licence.code, route.licence.message);
  }
  return match;
}

/** What one GET asks for, parsed and checked against what its route accepts. */
interface CheckedGet {
  readonly req: GetRequest;
  readonly env: GetEnv;
  readonly segments: readonly string[];
  readonly match: RouteMatch;
  readonly ctx: RouteContext;
  readonly q: QueryOptions;
  readonly filter: ParsedFilter | null;
  readonly countSegment: boolean;
}

function answerEntity(get: CheckedGet, entity: object): SimResponse {
  const { req, env, match, ctx, q, filter } = get;
  if (get.countSegment) throw optionNotAllowed('$count');
  if (filter || q.top !== null || q.orderBy || q.count !== null)
    throw optionNotAllowed(filter ? '$filter' : q.top !== null ? '$top' : q.orderBy ? '$orderby' : '$count');
  return jsonResponse(
    200,
    {
      '@odata.context': contextUrl(req, match.route, match.params, q.select),
      ...shape(entity, match.route, ctx, q),
    },
    env.ids,
  );
}

function filteredItems(get: CheckedGet, all: readonly object[]): readonly object[] {
  const { env, q, filter } = get;
  let items = all;
  if (filter && q.filter !== null) {
    const cached = env.filterCache.get(items, q.filter);
    const filtered = cached ?? items.filter(filter.matches);
    if (!cached) env.filterCache.set(items, q.filter, filtered);
    items = filtered;
  }
  if (q.orderBy) items = orderItems(items, q.orderBy);
  return items;
}

/** The slice of a collection this request gets, and the next link when more remain. */
function pageOf(get: CheckedGet, items: readonly object[]): { items: readonly object[]; nextLink: string | null } {
  const { req, q } = get;
  const page = get.match.route.page;
  if (!page) return { items: q.top !== null ? items.slice(0, q.top) : items, nextLink: null };
  const size = Math.min(q.top ?? page.size, page.max);
  const fingerprint = queryFingerprint(
    `${req.version}|${get.segments.join('/').toLowerCase()}|${q.rawWithoutSkipToken.join('&')}`,
  );
  const offset = q.skipToken === null ? 0 : decodeSkipToken(q.skipToken, fingerprint);
  if (offset + size >= items.length) return { items: items.slice(offset, offset + size), nextLink: null };
  const query = [...q.rawWithoutSkipToken, `$skiptoken=${encodeSkipToken(offset + size, fingerprint)}`].join('&');
  return { items: items.slice(offset, offset + size), nextLink: `${req.root}/${req.version}${req.rawPath}?${query}` };
}

function answerCollection(get: CheckedGet, all: readonly object[]): SimResponse {
  const { req, env, match, ctx, q } = get;
  const items = filteredItems(get, all);
  if (get.countSegment) return textResponse(200, String(items.length), env.ids);
  const page = pageOf(get, items);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(req, match.route, match.params, q.select) };
  // graph-sources.md §4.2: the count comes on the first page only.
  if (q.count === true && q.skipToken === null) body['@odata.count'] = items.length;
  if (page.nextLink !== null) body['@odata.nextLink'] = page.nextLink;
  body['value'] = page.items.map((item) => shape(item, match.route, ctx, q));
  return jsonResponse(200, body, env.ids);
}

function answer(req: GetRequest, env: GetEnv): SimResponse {
  const segments = splitPath(req.rawPath);
  const last = segments[segments.length - 1];
  const countSegment = last !== undefined && last.toLowerCase() === '$count';
  if (countSegment) segments.pop();
  const match = allowedRoute(req, env, segments);
  const q = parseQuery(req.rawQuery);
  const eventual = (req.headers['consistencylevel'] ?? '').trim().toLowerCase() === 'eventual';
  const filter = checkQuery(match.route, q, countSegment, eventual);
  const ctx: RouteContext = { tenant: env.tenant, version: req.version, params: match.params };
  const resolved = match.route.resolve(ctx);
  if (resolved.kind === 'notFound') {
    throw new GraphRequestError(
      404,
      'Request_ResourceNotFound',
      `Resource '${resolved.id}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  const get: CheckedGet = { req, env, segments, match, ctx, q, filter, countSegment };
  return resolved.kind === 'entity' ? answerEntity(get, resolved.entity) : answerCollection(get, resolved.items);
}

/** Answers one GET against the tenant model; every failure comes back in Graph's error shape. */
export function answerGet(req: GetRequest, env: GetEnv): SimResponse {
  try {
    return answer(req, env);
  } catch (e) {
    if (e instanceof GraphRequestError) return errorFrom(e, env.ids);
    throw e;
  }
}
