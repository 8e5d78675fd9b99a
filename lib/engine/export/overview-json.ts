/**
 * The Tenants overview as JSON (issue 16 §4): a `format`/`version` header, the partner's name and the
 * overview's threshold, then one object per tenant with the CSV's fields (docs/overview-export.md) plus its
 * 90-day sparkline. Keys may be added, never renamed; a rename bumps `version`.
 */
import type { TenantRow, TenantsOverview } from '../../messaging/partner-protocol';
import { overviewFields } from './overview-fields';

export const OVERVIEW_FORMAT = 'posture-lens-tenants-overview';
export const OVERVIEW_VERSION = 1;

/** What was on the page when it was exported, so the file says which rows it holds. */
export interface OverviewSelection {
  /** Every tenant, or only the rows the filter showed. */
  readonly rows: 'all' | 'shown';
  /** The filter's words as the page showed them ("regressed", "contoso"); null without one. */
  readonly filter: string | null;
  /** The framework the page compared tenants through ('all' for every control). */
  readonly lens: string;
}

export function overviewJson(
  overview: TenantsOverview,
  rows: readonly TenantRow[],
  selection: OverviewSelection,
  now: number,
) {
  return {
    format: OVERVIEW_FORMAT,
    version: OVERVIEW_VERSION,
    exportedAt: new Date(now).toISOString(),
    // Empty until the partner sets it on the Tenants page.
    partnerName: overview.partnerName,
    staleAfterDays: overview.staleAfterDays,
    selection,
    tenants: rows.map((row) => ({
      ...overviewFields(row, overview, now),
      templates: row.templates.map((t) => t.templateName),
      sparkline: row.sparkline.map((p) => ({ at: p.at, percent: p.percent })),
    })),
  };
}

/** The exact text the dashboard downloads: pretty-printed, ending with a newline, as the scan's JSON. */
export function overviewJsonText(
  overview: TenantsOverview,
  rows: readonly TenantRow[],
  selection: OverviewSelection,
  now: number,
): string {
  return JSON.stringify(overviewJson(overview, rows, selection, now), null, 2) + '\n';
}
