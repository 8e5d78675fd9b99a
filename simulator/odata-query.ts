import { GraphRequestError } from './graph-response';

export interface OrderByItem {
  readonly property: string;
  readonly descending: boolean;
}

export interface ExpandItem {
  readonly name: string;
  /** Options inside the parentheses, e.g. `$expand=rules` for `policy($expand=rules)`. */
  readonly nested: string | null;
}

/** The OData system query options of one request, parsed but not yet checked against a route. */
export interface QueryOptions {
  readonly select: readonly string[] | null;
  readonly filter: string | null;
  readonly top: number | null;
  readonly count: boolean | null;
  readonly orderBy: readonly OrderByItem[] | null;
  readonly expand: readonly ExpandItem[] | null;
  readonly skipToken: string | null;
  /** Other `$` options present (e.g. `$search`, `$skip`); routes refuse the ones they don't support. */
  readonly unsupported: readonly string[];
  /** The query as sent, minus `$skiptoken`, in order: the base of the next page's link. */
  readonly rawWithoutSkipToken: readonly string[];
}

function badRequest(message: string): GraphRequestError {
  return new GraphRequestError(400, 'BadRequest', message);
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw badRequest(`The query string '${part}' is not valid.`);
  }
}

/** Splits on commas that are not inside parentheses or quotes. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

function parseExpand(text: string): ExpandItem[] {
  return splitTopLevel(text).map((part) => {
    const m = /^([A-Za-z_][\w.]*)(?:\((.*)\))?$/.exec(part);
    if (!m || m[1] === undefined) throw badRequest(`Invalid $expand item '${part}'.`);
    return { name: m[1], nested: m[2] ?? null };
  });
}

function parseOrderBy(text: string): OrderByItem[] {
  return splitTopLevel(text).map((part) => {
    const m = /^([A-Za-z_][\w/]*)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m || m[1] === undefined) throw badRequest(`Invalid $orderby item '${part}'.`);
    return { property: m[1], descending: (m[2] ?? '').toLowerCase() === 'desc' };
  });
}

/** Parses a raw query string (without the leading `?`). */
export function parseQuery(rawQuery: string): QueryOptions {
  const values = new Map<string, string>();
  const unsupported: string[] = [];
  const rawWithoutSkipToken: string[] = [];
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = decode(eq < 0 ? piece : piece.slice(0, eq))
      .trim()
      .toLowerCase();
    const value = eq < 0 ? '' : decode(piece.slice(eq + 1));
    if (key !== '$skiptoken') rawWithoutSkipToken.push(piece);
    if (!key.startsWith('$')) continue; // Graph ignores custom parameters
    if (values.has(key))
      throw badRequest(`Query option '${key}' was specified more than once, but it must be specified at most once.`);
    values.set(key, value);
  }
  const known = new Set(['$select', '$filter', '$top', '$count', '$orderby', '$expand', '$skiptoken']);
  for (const key of values.keys()) if (!known.has(key)) unsupported.push(key);

  const select = values.get('$select');
  const top = values.get('$top');
  const count = values.get('$count');
  const orderBy = values.get('$orderby');
  const expand = values.get('$expand');
  let topValue: number | null = null;
  if (top !== undefined) {
    if (!/^\d+$/.test(top.trim())) throw badRequest(`Invalid value '${top}' for $top query option found.`);
    topValue = Number(top.trim());
  }
  let countValue: boolean | null = null;
  if (count !== undefined) {
    const c = count.trim().toLowerCase();
    if (c !== 'true' && c !== 'false') throw badRequest(`Invalid value '${count}' for $count query option found.`);
    countValue = c === 'true';
  }
  return {
    select: select === undefined ? null : splitTopLevel(select).filter((s) => s !== ''),
    filter: values.get('$filter') ?? null,
    top: topValue,
    count: countValue,
    orderBy: orderBy === undefined ? null : parseOrderBy(orderBy),
    expand: expand === undefined ? null : parseExpand(expand),
    skipToken: values.get('$skiptoken') ?? null,
    unsupported,
    rawWithoutSkipToken,
  };
}

/** Graph returns selected properties it has no value for as `null`; `id` and `@odata.type` always stay. */
export function project(item: object, select: readonly string[]): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ('@odata.type' in source) out['@odata.type'] = source['@odata.type'];
  if ('id' in source) out['id'] = source['id'];
  for (const name of select) {
    const key = Object.keys(source).find((k) => k.toLowerCase() === name.toLowerCase());
    out[key ?? name] = key === undefined ? null : source[key];
  }
  return out;
}

function sortKey(item: object, path: string): unknown {
  let value: unknown = item;
  for (const seg of path.split('/')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
  }
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Stable sort; nulls sort first ascending, as Graph's directory does. */
export function orderItems<T extends object>(items: readonly T[], orderBy: readonly OrderByItem[]): T[] {
  return [...items].sort((a, b) => {
    for (const { property, descending } of orderBy) {
      const x = sortKey(a, property);
      const y = sortKey(b, property);
      if (x === y) continue;
      const cmp =
        x === undefined || x === null ? -1 : y === undefined || y === null ? 1 : (x as number) < (y as number) ? -1 : 1;
      return descending ? -cmp : cmp;
    }
    return 0;
  });
}
