/**
 * Following a collection through its pages: each page's `value` joins the ones before it, until a
 * page has no `@odata.nextLink`. A loop, a runaway or a link we can't follow ends the request as a
 * failure rather than a partial list. https://learn.microsoft.com/graph/paging
 */
import { nextPageOf, type NextPage } from './sources/next-page';
import type { RequestState } from './page-job';
import type { GraphOutcome } from './sources/graph-request';
import { isRecord } from './response-body';

/** More pages than any tenant-level list a posture check reads; beyond it we assume a paging loop. */
export const maxPages = 1000;

/** After a page: the request's outcome, or the next page to ask for. */
export type PageStep = { readonly outcome: GraphOutcome } | { readonly next: NextPage };

/** Adds a page that arrived (a 2xx `body`) to its request's `state` and says what follows. */
export function afterPage(state: RequestState, status: number, body: unknown, graphRoot: string): PageStep {
  state.pages += 1;
  if (!state.request.collection) return { outcome: { ok: true, status, body, pages: 1 } };
  if (!isRecord(body) || !Array.isArray(body.value)) {
    // A first page without `value` goes to the source's parse, which names what is missing.
    if (state.pages === 1) return { outcome: { ok: true, status, body, pages: 1 } };
    return pagingFailure('MalformedPage', `Page ${state.pages} of ${label(state)} had no value array.`);
  }
  if (state.pages === 1 && '@odata.count' in body) state.count = { value: body['@odata.count'] };
  state.values.push(...(body.value as unknown[]));

  const link = body['@odata.nextLink'];
  if (typeof link !== 'string' || link === '') {
    const merged = state.count ? { value: state.values, '@odata.count': state.count.value } : { value: state.values };
    return { outcome: { ok: true, status, body: merged, pages: state.pages } };
  }
  if (state.seenLinks.has(link))
    return pagingFailure(
      'PagingLoop',
      `Graph returned the same @odata.nextLink twice for ${label(state)}; stopped paging.`,
    );
  if (state.pages >= maxPages)
    return pagingFailure('TooManyPages', `${label(state)} went past ${maxPages} pages; stopped paging.`);
  const next = nextPageOf(link, graphRoot);
  if (!next)
    return pagingFailure('BadNextLink', `Graph returned an @odata.nextLink we can't follow for ${label(state)}.`);
  state.seenLinks.add(link);
  return { next };
}

function label(state: RequestState): string {
  return `GET /${state.request.version}${state.request.url}`;
}

/** Paging went wrong on Graph's side: 502, as a gateway says of an upstream answer it can't use. */
function pagingFailure(code: string, message: string): PageStep {
  return { outcome: { ok: false, status: 502, code, message } };
}
