import { pick } from './directory-views';
import { project } from './odata-query';
import type { QueryOptions } from './odata-query';
import type { ApiVersion, RouteContext, RouteDef } from './routes/route-def';

/** The `@odata.context` URL of a response, naming the `$select`ed properties as Graph does. */
export function contextUrl(
  req: { readonly root: string; readonly version: ApiVersion },
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
export function shape(item: object, route: RouteDef, ctx: RouteContext, q: QueryOptions): Record<string, unknown> {
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
