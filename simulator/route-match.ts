import { routes } from './routes/index';
import type { RouteDef } from './routes/route-def';

export interface RouteMatch {
  readonly route: RouteDef;
  readonly params: Readonly<Record<string, string>>;
}

type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'param'; readonly name: string; readonly prefix: string };

interface CompiledRoute {
  readonly route: RouteDef;
  readonly segments: readonly Segment[];
}

function compile(route: RouteDef): CompiledRoute {
  const segments = route.path
    .split('/')
    .filter((s) => s !== '')
    .map((s): Segment => {
      const m = /^(.*)\{(\w+)\}$/.exec(s);
      return m && m[2] !== undefined
        ? { kind: 'param', name: m[2], prefix: (m[1] ?? '').toLowerCase() }
        : { kind: 'literal', text: s.toLowerCase() };
    });
  return { route, segments };
}

const compiled: readonly CompiledRoute[] = routes.map(compile);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Path segments, decoded, with OData key syntax turned into plain segments:
 * `users('a@b.com')` → `users`, `a@b.com`; `servicePrincipals(appId='x')` → `servicePrincipals`, `appId=x`.
 */
export function splitPath(rawPath: string): string[] {
  const out: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    const segment = decodeSegment(raw);
    const keyed = /^([^()]+)\((.*)\)$/.exec(segment);
    if (!keyed || keyed[1] === undefined || keyed[2] === undefined) {
      out.push(segment);
      continue;
    }
    out.push(keyed[1]);
    const inner = keyed[2];
    const quoted = /^'(.*)'$/.exec(inner);
    const named = /^(\w+)=('?)(.*)\2$/.exec(inner);
    if (quoted && quoted[1] !== undefined) out.push(quoted[1]);
    else if (named && named[1] !== undefined && named[3] !== undefined) out.push(`${named[1]}=${named[3]}`);
    else out.push(inner);
  }
  return out;
}

function matchOne(c: CompiledRoute, segments: readonly string[]): Record<string, string> | null {
  if (c.segments.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const want = c.segments[i];
    const got = segments[i];
    if (want === undefined || got === undefined) return null;
    if (want.kind === 'literal') {
      if (got.toLowerCase() !== want.text) return null;
      continue;
    }
    if (got.startsWith('$') || !got.toLowerCase().startsWith(want.prefix)) return null;
    const value = got.slice(want.prefix.length);
    if (value === '') return null;
    params[want.name] = value;
  }
  return params;
}

/** The first route whose path fits, whatever its versions (the caller decides 404 vs 405). */
export function matchRoute(segments: readonly string[]): RouteMatch | null {
  for (const c of compiled) {
    const params = matchOne(c, segments);
    if (params) return { route: c.route, params };
  }
  return null;
}
