/**
 * The Tenants overview's sorting and filtering, pure so the page and its tests agree: which score a
 * row shows through a framework lens, when a last scan is stale, and the row order a column asks for.
 */
import type { Lens } from '../lib/engine/score/frameworks';
import type { TenantRow } from '../lib/messaging/partner-protocol';

const DAY_MS = 86_400_000;

export type TenantColumn = 'name' | 'score' | 'change' | 'regression' | 'failing' | 'licence' | 'scanned' | 'access';
export type TenantFilter = 'all' | 'regressed' | 'stale' | 'needsConsent' | 'failing';
export type SortDir = 'ascending' | 'descending';

export interface TenantQuery {
  readonly text: string;
  readonly filter: TenantFilter;
  readonly sort: TenantColumn;
  readonly dir: SortDir;
  readonly lens: Lens;
}

/** Worst first: the tenants that need a look come to the top until the partner sorts otherwise. */
export const startQuery: TenantQuery = { text: '', filter: 'all', sort: 'score', dir: 'ascending', lens: 'all' };

export const filterLabels: Record<TenantFilter, string> = {
  all: 'All tenants',
  regressed: 'Regressed',
  stale: 'Stale',
  needsConsent: 'Needs consent',
  failing: 'Failing controls',
};

/** The row's score through the lens: the whole scan's, or one framework's; null when there is none. */
export function scoreThrough(row: TenantRow, lens: Lens): number | null {
  if (!row.latest) return null;
  return lens === 'all' ? row.latest.percent : row.latest.byFramework[lens];
}

/** The last scan is older than the threshold (a tenant never scanned is "not scanned yet", not stale). */
export function isStale(row: TenantRow, staleAfterDays: number, now: number): boolean {
  return row.latest !== null && now - Date.parse(row.latest.scannedAt) > staleAfterDays * DAY_MS;
}

// The order sign-in states sort in: what needs the partner first.
const ACCESS_ORDER: Record<TenantRow['access']['state'], number> = {
  needsConsent: 0,
  signInExpired: 1,
  failed: 2,
  signedOut: 3,
  untried: 4,
  ready: 5,
};

function valueOf(row: TenantRow, column: TenantColumn, lens: Lens): string | number | null {
  switch (column) {
    case 'name':
      return row.name.toLocaleLowerCase();
    case 'score':
      return scoreThrough(row, lens);
    case 'change':
      return row.change;
    case 'regression':
      return row.worstRegression?.pointsLost ?? null;
    case 'failing':
      return row.latest?.failing ?? null;
    case 'licence':
      return row.latest?.licence ?? null;
    case 'scanned':
      return row.latest?.scannedAt ?? null;
    case 'access':
      return ACCESS_ORDER[row.access.state];
  }
}

/** The direction a column sorts in when first chosen: worst first for scores, newest first for dates. */
export function firstDir(column: TenantColumn): SortDir {
  return column === 'regression' || column === 'failing' || column === 'scanned' ? 'descending' : 'ascending';
}

function matches(row: TenantRow, q: TenantQuery, staleAfterDays: number, now: number): boolean {
  const text = q.text.trim().toLocaleLowerCase();
  if (text && !`${row.name} ${row.tenantId} ${row.via?.username ?? ''}`.toLocaleLowerCase().includes(text))
    return false;
  switch (q.filter) {
    case 'all':
      return true;
    case 'regressed':
      return row.regressions > 0;
    case 'stale':
      return isStale(row, staleAfterDays, now);
    case 'needsConsent':
      return row.access.state === 'needsConsent';
    case 'failing':
      return (row.latest?.failing ?? 0) > 0;
  }
}

/** The rows the query keeps, in its order; rows without a value for the column (never scanned) go last either way. */
export function applyTenantQuery(
  rows: readonly TenantRow[],
  q: TenantQuery,
  staleAfterDays: number,
  now: number,
): TenantRow[] {
  const sign = q.dir === 'ascending' ? 1 : -1;
  return rows
    .filter((r) => matches(r, q, staleAfterDays, now))
    .map((row) => ({ row, v: valueOf(row, q.sort, q.lens) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null)
        return a.v === b.v ? a.row.name.localeCompare(b.row.name) : a.v === null ? 1 : -1;
      const by =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      return by * sign || a.row.name.localeCompare(b.row.name);
    })
    .map(({ row }) => row);
}

/** `ids` with `id` added (on) or taken out: the page's and the GDAP list's checkboxes. */
export function toggled(ids: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(ids);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
