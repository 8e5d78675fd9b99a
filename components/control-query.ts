import { throughLens, type Lens } from '../lib/engine/score/frameworks';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { Category, Status } from '../lib/engine/verdict/status';

export type SortKey = 'title' | 'category' | 'status' | 'stake';
export type SortDir = 'ascending' | 'descending';

/** Licence filter: any, only controls needing no extra licence, or those needing a named one. */
export const ANY_LICENCE = '';
export const NO_LICENCE = '-';

/** What the controls table shows: a lens, filters, a search and a sort. */
export interface ControlQuery {
  readonly lens: Lens;
  readonly category: Category | 'all';
  /** A measured status, or `review`: the review controls, which are attested, not measured. */
  readonly status: Status | 'all' | 'review';
  readonly licence: string;
  readonly search: string;
  /** Who decided the verdict: Posture Lens from Graph, or Microsoft Secure Score; absent means both. */
  readonly source?: ControlResult['source'] | 'all';
  readonly sort: SortKey;
  readonly dir: SortDir;
}

/** Failing first, then by points at stake: the order a reviewer works in. */
export const reviewQuery: ControlQuery = {
  lens: 'all',
  category: 'all',
  status: 'all',
  licence: ANY_LICENCE,
  search: '',
  sort: 'status',
  dir: 'ascending',
};

const ORDER = { fail: 0, partial: 1, unknown: 2, manual: 3, notApplicable: 4, notLicensed: 5, pass: 6 } as const;

/** Points a control could still gain. */
export const atStake = (r: ControlResult): number => r.maxScore - r.score;

const byReview = (a: ControlResult, b: ControlResult): number =>
  ORDER[a.status] - ORDER[b.status] || atStake(b) - atStake(a) || a.title.localeCompare(b.title);

/** Controls with the most points at stake first, failing before passing. */
export function sortForReview(results: readonly ControlResult[]): ControlResult[] {
  return [...results].sort(byReview);
}

const COMPARE: Record<SortKey, (a: ControlResult, b: ControlResult) => number> = {
  title: (a, b) => a.title.localeCompare(b.title),
  category: (a, b) => a.category.localeCompare(b.category),
  status: (a, b) => ORDER[a.status] - ORDER[b.status],
  // Ascending points at stake means the least to gain first; the header's first click asks for the most.
  stake: (a, b) => atStake(a) - atStake(b),
};

/** The direction a column sorts in when first clicked. */
export const firstDir = (key: SortKey): SortDir => (key === 'stake' ? 'descending' : 'ascending');

/** Everything the search looks in: title, id, reason and benchmark references (not the Learn link). */
function haystack(r: ControlResult): string {
  const { learn: _learn, ...refs } = r.refs;
  return [r.title, r.id, r.reason, ...Object.values(refs)].join('\n').toLowerCase();
}

/** Every word of the search must appear somewhere in the control. */
export function matchesSearch(r: ControlResult, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(r);
  return words.every((w) => text.includes(w));
}

function matchesLicence(r: ControlResult, licence: string): boolean {
  if (licence === ANY_LICENCE) return true;
  if (licence === NO_LICENCE) return !r.licence;
  return r.licence === licence;
}

/** A review is attested, not measured: listed under "Reviews", never under Passing or Failing. */
function matchesStatus(r: ControlResult, status: ControlQuery['status']): boolean {
  if (status === 'all') return true;
  if (status === 'review') return r.review !== undefined;
  return r.review === undefined && r.status === status;
}

/** The rows the table shows for a query, in order; ties keep the review order. */
export function applyQuery<R extends ControlResult>(results: readonly R[], q: ControlQuery): R[] {
  const sign = q.dir === 'ascending' ? 1 : -1;
  // throughLens keeps the objects it is given, so they are still R.
  return (throughLens(results, q.lens) as R[])
    .filter(
      (r) =>
        (q.category === 'all' || r.category === q.category) &&
        matchesStatus(r, q.status) &&
        matchesLicence(r, q.licence) &&
        (!q.source || q.source === 'all' || r.source === q.source) &&
        matchesSearch(r, q.search),
    )
    .sort((a, b) => sign * COMPARE[q.sort](a, b) || byReview(a, b));
}

/** The licences the controls need, for the licence filter. */
export function licencesOf(results: readonly ControlResult[]): string[] {
  return [...new Set(results.flatMap((r) => (r.licence ? [r.licence] : [])))].sort();
}
