/**
 * A collection whose later pages no wave waits for (Microsoft's Secure Score control profiles: only the
 * merge at the end reads them): its first page rides the first wave, and the rest are read beside the
 * second wave and the names wave instead of holding the first wave open, page after page. The pages
 * are put back together into the one `{ value: [...] }` outcome a collection read gives, or its failure.
 */
import { nextPageOf } from '../../graph/sources/next-page';
import type { GraphGet, GraphOutcome } from '../../graph/sources/graph-request';
import type { GraphReader } from './graph-reader';

/** The request for the first page only: the same request, not followed through its pages. */
export const firstPageOf = (get: GraphGet): GraphGet => ({ ...get, collection: false });

const valueOf = (body: unknown): unknown[] | undefined => {
  const value = typeof body === 'object' && body !== null ? (body as { value?: unknown }).value : undefined;
  return Array.isArray(value) ? value : undefined;
};

/**
 * Reads the pages after `first` on `reader` (a fork of the scan's reader where it has one) and gives the
 * whole collection's outcome. A first page that failed, or isn't a page, is given back as it came, so
 * the source reads it as it would have; a later page that fails fails the whole collection.
 */
export async function readLaterPages(
  reader: Pick<GraphReader, 'getAll'>,
  get: GraphGet,
  first: GraphOutcome | undefined,
): Promise<GraphOutcome | undefined> {
  if (!first?.ok) return first;
  const firstValue = valueOf(first.body);
  if (!firstValue) return first;
  const link = (first.body as { '@odata.nextLink'?: unknown })['@odata.nextLink'];
  if (link === undefined) return { ...first, body: { value: firstValue } };
  // Only the path after the version is kept: the reader sends it to its own Graph root (whatever root,
  // proxy path included, the link names), so a link can't send the token elsewhere (next-page.ts).
  const root = typeof link === 'string' ? /^(.*?)\/(?:v1\.0|beta)\//.exec(link)?.[1] : undefined;
  const next = typeof link === 'string' && root !== undefined ? nextPageOf(link, root) : undefined;
  if (!next || next.version !== get.version)
    return { ok: false, status: first.status, message: `a next link that isn't a page of ${get.url}` };
  const rest = (await reader.getAll([{ ...get, url: next.url, collection: true }])).get(get.key);
  if (!rest?.ok) return rest;
  const restValue = valueOf(rest.body);
  if (!restValue) return { ok: false, status: rest.status, message: 'a later page without a value array' };
  return { ok: true, status: first.status, body: { value: [...firstValue, ...restValue] }, pages: 1 + rest.pages };
}
