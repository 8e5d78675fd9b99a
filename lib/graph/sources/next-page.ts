/**
 * Turning an `@odata.nextLink` back into a version and a relative URL, so the next page can ride in
 * a `$batch` with other requests' pages. The link is otherwise used exactly as given: no parsing of
 * `$skiptoken`, no re-encoding. https://learn.microsoft.com/graph/paging
 * Pure, so the engine can also continue a collection it read one page at a time (later-pages.ts).
 */
import type { GraphVersion } from './source-def';

export type NextPage = { readonly version: GraphVersion; readonly url: string };

const absolute = /^([a-z][a-z\d+.-]*:\/\/[^/?#]*)(.*)$/is;

/**
 * `https://graph.microsoft.com/v1.0/users?$skiptoken=X` → `{ version: 'v1.0', url: '/users?$skiptoken=X' }`.
 * A root with a path (a proxy such as `http://127.0.0.1:4567/graph`) is stripped too when the link is on
 * that root's origin. The page is always fetched from our own Graph root, never from the link's host,
 * so a link can't send the bearer token elsewhere. Undefined when the link has no Graph version segment.
 */
export function nextPageOf(link: string, graphRoot: string): NextPage | undefined {
  const root = absolute.exec(graphRoot.replace(/\/+$/, ''));
  const rootOrigin = root?.[1]?.toLowerCase() ?? '';
  const rootPath = root?.[2] ?? '';
  let rest: string;
  const match = absolute.exec(link);
  if (match) {
    rest = match[2] ?? '';
    if (rootPath !== '' && match[1]?.toLowerCase() === rootOrigin && rest.startsWith(`${rootPath}/`))
      rest = rest.slice(rootPath.length);
  } else if (link.startsWith('/')) {
    rest = rootPath !== '' && link.startsWith(`${rootPath}/`) ? link.slice(rootPath.length) : link;
  } else {
    return undefined;
  }
  const versioned = /^\/(v1\.0|beta)(\/[^?#]*(?:\?[^#]*)?)$/.exec(rest);
  if (!versioned?.[1] || !versioned[2] || versioned[2] === '/') return undefined;
  return { version: versioned[1] as GraphVersion, url: versioned[2] };
}
