import type { TenantRow, TenantScanStatus } from '../lib/messaging/partner-protocol';
import { firstDir, type TenantColumn, type TenantQuery } from './tenants-query';
import { TenantsRow, type TenantRowActions } from './tenants-row';

const COLUMNS: readonly { id: TenantColumn | null; label: string }[] = [
  { id: 'name', label: 'Tenant' },
  { id: 'score', label: 'Score' },
  { id: 'change', label: 'Change' },
  { id: null, label: '90 days' },
  { id: 'regression', label: 'Worst regression' },
  { id: 'failing', label: 'Failing' },
  { id: 'licence', label: 'Licence' },
  { id: 'scanned', label: 'Last scan' },
  { id: 'access', label: 'Sign-in' },
  { id: null, label: 'Templates' },
  { id: null, label: 'Scan' },
  { id: null, label: 'Actions' },
];

/** The query after a header was chosen: the same column flips, a new one starts in its own direction. */
export function sortedBy(q: TenantQuery, column: TenantColumn): TenantQuery {
  if (q.sort === column) return { ...q, dir: q.dir === 'ascending' ? 'descending' : 'ascending' };
  return { ...q, sort: column, dir: firstDir(column) };
}

/** Every tenant, one row each; the table scrolls sideways on a narrow window while the names stay. */
export function TenantsTable(props: {
  rows: readonly TenantRow[];
  query: TenantQuery;
  onQuery: (q: TenantQuery) => void;
  staleAfterDays: number;
  now: number;
  selected: ReadonlySet<string>;
  scans: ReadonlyMap<string, TenantScanStatus>;
  actions: TenantRowActions;
}) {
  const { query } = props;
  return (
    <div class="tenants-scroll" tabIndex={0} role="region" aria-label="Tenants table">
      <table class="controls tenants-table">
        <thead>
          <tr>
            <th scope="col" class="pick">
              <span class="visually-hidden">Select</span>
            </th>
            {COLUMNS.map(({ id, label }) =>
              id === null ? (
                <th scope="col" key={label}>
                  {label}
                </th>
              ) : (
                <th
                  scope="col"
                  key={label}
                  class={id === 'name' ? 'tenant-name' : undefined}
                  aria-sort={query.sort === id ? query.dir : undefined}
                >
                  <button type="button" class="sort" onClick={() => props.onQuery(sortedBy(query, id))}>
                    {label}
                    <span aria-hidden="true" class="sort-mark">
                      {query.sort === id ? (query.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <TenantsRow
              key={row.tenantId}
              row={row}
              lens={query.lens}
              staleAfterDays={props.staleAfterDays}
              now={props.now}
              selected={props.selected.has(row.tenantId)}
              scan={props.scans.get(row.tenantId)}
              actions={props.actions}
            />
          ))}
        </tbody>
      </table>
      {props.rows.length === 0 && <p class="muted">No tenant matches.</p>}
    </div>
  );
}
