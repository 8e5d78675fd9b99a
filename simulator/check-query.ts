import { GraphRequestError } from './graph-response';
import { FilterSyntaxError, parseFilter } from './odata-filter';
import type { FilterFunction, ParsedFilter } from './odata-filter';
import type { QueryOptions } from './odata-query';
import { optionNotAllowed, unsupportedQuery } from './request-errors';
import type { RouteDef } from './routes/route-def';

const ADVANCED_QUERIES_DOC = 'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

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
export function checkQuery(
  route: RouteDef,
  q: QueryOptions,
  countSegment: boolean,
  eventual: boolean,
): ParsedFilter | null {
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
