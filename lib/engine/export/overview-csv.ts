/**
 * The Tenants overview as CSV (issue 16 §4): one row per tenant, the columns of OVERVIEW_FIELDS
 * (docs/overview-export.md). Text cells are quoted and formula-safe as in the scan's CSV (tenant names
 * come from Graph); numbers are written as numbers, so a negative change stays a number a spreadsheet sums.
 */
import type { TenantRow, TenantsOverview } from '../../messaging/partner-protocol';
import { csvCell } from './export-csv';
import { OVERVIEW_FIELDS, overviewFields, type OverviewValue } from './overview-fields';

function cell(value: OverviewValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvCell(typeof value === 'boolean' ? String(value) : value);
}

/** `rows` are the rows to write (those shown, or all); `now` (ms since the epoch) dates each scan's age. */
export function overviewCsv(
  overview: Pick<TenantsOverview, 'staleAfterDays'>,
  rows: readonly TenantRow[],
  now: number,
): string {
  const lines = rows.map((row) => {
    const fields = overviewFields(row, overview, now);
    return OVERVIEW_FIELDS.map((f) => cell(fields[f] ?? null)).join(',');
  });
  return [OVERVIEW_FIELDS.join(','), ...lines].join('\r\n') + '\r\n';
}
