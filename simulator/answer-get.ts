import { isGranted } from './caller';
import { pick } from './directory-views';
import { errorFrom, GraphRequestError, jsonResponse, textResponse } from './graph-response';
import type { ResponseIds, SimResponse } from './graph-response';
import { hasLicence } from './licences';
import { FilterSyntaxError, parseFilter } from './odata-filter';
import type { FilterFunction, ParsedFilter } from './odata-filter';
import { orderItems, parseQuery, project } from './odata-query';
import type { QueryOptions } from './odata-query';
import { matchRoute, splitPath } from './route-match';
import type { ApiVersion, RouteContext, RouteDef } from './routes/route-def';
import { decodeSkipToken, encodeSkipToken, queryFingerprint } from './skip-token';
import type { TenantModel } from './tenant-model';

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

/**
 * Filtering 100 000 users for every page of a large tenant is slow, so large filtered collections are
 * remembered per (collection, filter). Small ones aren't, so tests that patch a fixture between
 * requests always see their patch.
 */
export interface FilterCache {
  get(items: readonly object[], key: string): readonly object[] | undefined;
  set(items: readonly object[], key: string, value: readonly object[]): void;
}

const CACHE_THRESHOLD = 5000;

export function createFilterCache(): FilterCache {
  const cache = new WeakMap<readonly object[], Map<string, readonly object[]>>();
  return {
    get: (items, key) => (items.length >= CACHE_THRESHOLD ? cache.get(items)?.get(key) : undefined),
    set: (items, key, value) => {
      if (items.length < CACHE_THRESHOLD) return;
      const forItems = cache.get(items) ?? new Map<string, readonly object[]>();
      forItems.set(key, value);
      cache.set(items, forItems);
    },
  };
}

const BOTH_VERSIONS: readonly ApiVersion[] = ['v1.0', 'beta'];
const ADVANCED_QUERIES_DOC = 'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

const OPTION_NAMES: Readonly<Record<string, string>> = {
  $select: 'Select',
  $filter: 'Filter',
  $top: 'Top',
  $count: 'Count',
  $orderby: 'OrderBy',
  $expand: 'Expand',
  $skiptoken: 'SkipToken',
  $skip: 'Skip',
  $search: 'Search',
  $format: 'Format',
};

/** The ASP.NET OData wording Graph answers with for an option a resource doesn't take. */
function optionNotAllowed(option: string): GraphRequestError {
  const name = OPTION_NAMES[option] ?? option.replace(/^\$/, '');
  return new GraphRequestError(
    400,
    'BadRequest',
    `The query specified in the URI is not valid. Query option '${name}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
  );
}

function unsupportedQuery(message: string): GraphRequestError {
  return new GraphRequestError(400, 'Request_UnsupportedQuery', message);
}

export const insufficientPrivileges = (): GraphRequestError =>
  new GraphRequestError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

function segmentNotFound(segment: string): GraphRequestError {
  return new GraphRequestError(404, 'Request_ResourceNotFound', `Resource not found for the segment '${segment}'.`);
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function checkFilter(route: RouteDef, text: string): ParsedFilter {
  const support = route.filter;
  if (!support) throw optionNotAllowed('$filter');
  let parsed: ParsedFilter;
  try {
    parsed = parseFilter(text);
  } catch (e) {
    if (e instanceof FilterSyntaxError)
      throw new GraphRequestError(400, 'BadRequest', `Invalid filter clause: ${e.message}.`);
    throw e;
  }
  const { properties, functions, operators } = parsed.features;
  const allowedProps = new Set(support.properties.map((p) => p.toLowerCase()));
  for (const p of properties) {
    if (!allowedProps.has(p.toLowerCase())) {
      throw unsupportedQuery(
        `Unsupported or invalid query filter clause specified for property '${p}' of resource '${route.resource}'.`,
      );
    }
  }
  const allowedFunctions = new Set<FilterFunction>(support.functions ?? ['startswith']);
  if (route.directoryObject) allowedFunctions.add('endswith');
  for (const f of functions)
    if (!allowedFunctions.has(f))
      throw unsupportedQuery(`Unsupported function '${f}' in the filter for resource '${route.resource}'.`);
  if (support.operators) {
    const allowed = new Set<string>(support.operators);
    for (const op of operators)
      if (!allowed.has(op))
        throw unsupportedQuery(`Unsupported operator '${op}' in the filter for resource '${route.resource}'.`);
  }
  for (const required of support.required ?? []) {
    if (![...properties].some((p) => p.toLowerCase() === required.toLowerCase())) {
      throw new GraphRequestError(
        400,
        'BadRequest',
        `The filter must include '${(support.required ?? []).join("' and '")}'.`,
      );
    }
  }
  return parsed;
}

/** Refuses what Graph refuses for this resource, and applies the directory's advanced-query rules. */
function checkQuery(route: RouteDef, q: QueryOptions, countSegment: boolean, eventual: boolean): ParsedFilter | null {
  const first = q.unsupported[0];
  if (first !== undefined) throw optionNotAllowed(first);
  if (q.select && route.select === false) throw optionNotAllowed('$select');
  for (const e of q.expand ?? []) {
    const known = Object.keys(route.expand ?? {}).some((k) => k.toLowerCase() === e.name.toLowerCase());
    if (!known)
      throw new GraphRequestError(
        400,
        'BadRequest',
        `Could not find a property named '${e.name}' on type 'microsoft.graph.${lowerFirst(route.resource)}'.`,
      );
  }
  if (q.top !== null) {
    if (!(route.top ?? route.page !== undefined)) throw optionNotAllowed('$top');
    if (q.top < 1)
      throw new GraphRequestError(400, 'BadRequest', `Invalid value '${q.top}' for $top query option found.`);
    if (route.directoryObject && route.page && q.top > route.page.max) {
      throw new GraphRequestError(
        400,
        'Request_BadRequest',
        `Invalid page size specified: '${q.top}'. Must be between 1 and ${route.page.max} inclusive.`,
      );
    }
  }
  if ((q.count !== null || countSegment) && route.count !== true) throw optionNotAllowed('$count');
  if (q.skipToken !== null && !route.page) throw optionNotAllowed('$skiptoken');
  if (q.orderBy) {
    if (!route.orderBy) throw optionNotAllowed('$orderby');
    const allowed = new Set(route.orderBy.map((p) => p.toLowerCase()));
    for (const o of q.orderBy)
      if (!allowed.has(o.property.toLowerCase()))
        throw unsupportedQuery(`Sorting on property '${o.property}' is not supported.`);
  }
  const required = route.filter?.required ?? [];
  if (q.filter === null && required.length > 0)
    throw new GraphRequestError(400, 'BadRequest', `The filter must include '${required.join("' and '")}'.`);
  const filter = q.filter === null ? null : checkFilter(route, q.filter);

  if (route.directoryObject) {
    // graph-sources.md §4.4: these need `ConsistencyLevel: eventual` (and `$count=true`), every page anew.
    if (countSegment && !eventual) {
      throw unsupportedQuery(
        `Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing. ${ADVANCED_QUERIES_DOC}`,
      );
    }
    if (q.count === true && !eventual) {
      throw unsupportedQuery(
        `$count is not supported because the 'ConsistencyLevel:eventual' header is missing. ${ADVANCED_QUERIES_DOC}`,
      );
    }
    const f = filter?.features;
    const advancedFilter =
      f !== undefined &&
      (f.operators.has('ne') || f.operators.has('not') || f.functions.has('endswith') || f.usesCount);
    const advancedOk = eventual && (q.count === true || countSegment);
    if (advancedFilter && !advancedOk) {
      const prop = [...(f?.properties ?? [])][0] ?? 'unknown';
      throw unsupportedQuery(
        `Unsupported or invalid query filter clause specified for property '${prop}' of resource '${route.resource}'.`,
      );
    }
    if (q.orderBy && filter && !advancedOk) throw unsupportedQuery('Sorting not supported for current query.');
  }
  return filter;
}

function contextUrl(
  req: GetRequest,
  route: RouteDef,
  params: Readonly<Record<string, string>>,
  select: readonly string[] | null,
): string {
  let context = route.context.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? name);
  if (select) {
    const list = `(${select.join(',')})`;
    context = context.endsWith('/$entity')
      ? `${context.slice(0, -'/$entity'.length)}${list}/$entity`
      : `${context}${list}`;
  }
  return `${req.root}/${req.version}/$metadata#${context}`;
}

/** One item as the response carries it: version view, navigation hidden unless expanded, `$select`. */
function shape(item: object, route: RouteDef, ctx: RouteContext, q: QueryOptions): Record<string, unknown> {
  const viewed = route.view ? route.view(item, ctx.version) : item;
  const expanded = q.expand ?? [];
  const expandedNames = new Set(expanded.map((e) => e.name.toLowerCase()));
  const base: Record<string, unknown> = { ...(viewed as Record<string, unknown>) };
  for (const nav of route.navigation ?? []) if (!expandedNames.has(nav.toLowerCase())) delete base[nav];
  let out: Record<string, unknown>;
  if (q.select) out = project(base, q.select);
  else if (ctx.version === 'v1.0' && route.defaultProperties) out = pick(base, route.defaultProperties);
  else out = base;
  for (const e of expanded) {
    const entry = Object.entries(route.expand ?? {}).find(([k]) => k.toLowerCase() === e.name.toLowerCase());
    if (entry) out[entry[0]] = entry[1](item, ctx, e.nested);
  }
  return out;
}

function answer(req: GetRequest, env: GetEnv): SimResponse {
  const segments = splitPath(req.rawPath);
  const last = segments[segments.length - 1];
  const countSegment = last !== undefined && last.toLowerCase() === '$count';
  if (countSegment) segments.pop();
  const match = matchRoute(segments);
  if (!match) throw segmentNotFound(segments[segments.length - 1] ?? '');
  const { route, params } = match;
  if (!(route.versions ?? BOTH_VERSIONS).includes(req.version)) {
    // In a batch the docs show 405 for a beta-only URL under v1.0 (concepts/json-batching.md, request 4).
    if (req.inBatch)
      throw new GraphRequestError(
        405,
        'Request_BadRequest',
        'Specified HTTP method is not allowed for the request target.',
      );
    throw segmentNotFound(segments[0] ?? '');
  }
  if (!isGranted(env.scopes, route.permissions)) throw insufficientPrivileges();
  if (route.globalAdminOnly && !env.callerIsGlobalAdmin) throw insufficientPrivileges();
  if (route.licence && !hasLicence(env.tenant, route.licence.licence)) {
    throw new GraphRequestError(route.licence.status, route.licence.code, route.licence.message);
  }

  const q = parseQuery(req.rawQuery);
  const eventual = (req.headers['consistencylevel'] ?? '').trim().toLowerCase() === 'eventual';
  const filter = checkQuery(route, q, countSegment, eventual);
  const ctx: RouteContext = { tenant: env.tenant, version: req.version, params };
  const resolved = route.resolve(ctx);

  if (resolved.kind === 'notFound') {
    throw new GraphRequestError(
      404,
      'Request_ResourceNotFound',
      `Resource '${resolved.id}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  if (resolved.kind === 'entity') {
    if (countSegment) throw optionNotAllowed('$count');
    if (filter || q.top !== null || q.orderBy || q.count !== null)
      throw optionNotAllowed(filter ? '$filter' : q.top !== null ? '$top' : q.orderBy ? '$orderby' : '$count');
    return jsonResponse(
      200,
      { '@odata.context': contextUrl(req, route, params, q.select), ...shape(resolved.entity, route, ctx, q) },
      env.ids,
    );
  }

  let items = resolved.items;
  if (filter && q.filter !== null) {
    const cached = env.filterCache.get(items, q.filter);
    const filtered = cached ?? items.filter(filter.matches);
    if (!cached) env.filterCache.set(items, q.filter, filtered);
    items = filtered;
  }
  if (q.orderBy) items = orderItems(items, q.orderBy);
  if (countSegment) return textResponse(200, String(items.length), env.ids);

  let pageItems = items;
  let nextLink: string | null = null;
  let offset = 0;
  if (route.page) {
    const size = Math.min(q.top ?? route.page.size, route.page.max);
    const fingerprint = queryFingerprint(
      `${req.version}|${segments.join('/').toLowerCase()}|${q.rawWithoutSkipToken.join('&')}`,
    );
    offset = q.skipToken === null ? 0 : decodeSkipToken(q.skipToken, fingerprint);
    pageItems = items.slice(offset, offset + size);
    if (offset + size < items.length) {
      const query = [...q.rawWithoutSkipToken, `$skiptoken=${encodeSkipToken(offset + size, fingerprint)}`].join('&');
      nextLink = `${req.root}/${req.version}${req.rawPath}?${query}`;
    }
  } else if (q.top !== null) {
    pageItems = items.slice(0, q.top);
  }
  const body: Record<string, unknown> = { '@odata.context': contextUrl(req, route, params, q.select) };
  // graph-sources.md §4.2: the count comes on the first page only.
  if (q.count === true && q.skipToken === null) body['@odata.count'] = items.length;
  if (nextLink !== null) body['@odata.nextLink'] = nextLink;
  body['value'] = pageItems.map((item) => shape(item, route, ctx, q));
  return jsonResponse(200, body, env.ids);
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
