import type { ApiVersion } from './routes/route-def';

/** A request URL taken apart the way Graph reads it: root, version segment, raw path and raw query. */
export interface ParsedUrl {
  readonly root: string;
  readonly version: ApiVersion | null;
  readonly versionSegment: string;
  readonly rawPath: string;
  readonly rawQuery: string;
}

export function parseUrl(url: string, baseUrl: string): ParsedUrl {
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

export function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

export function decodedPath(rawPath: string): string {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}
