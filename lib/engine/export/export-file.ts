import { toCsv } from './export-csv';
import { toJsonText } from './export-json';
import type { ScanResult } from '../scan/run-scan';
import type { TenantRow, TenantsOverview } from '../../messaging/partner-protocol';
import { overviewCsv } from './overview-csv';
import { overviewJsonText, type OverviewSelection } from './overview-json';

export type ExportFormat = 'json' | 'csv';

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** A file-name-safe slug: the tenant name comes from Graph, so only letters, digits and dashes survive. */
function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'tenant'
  );
}

/** The scan as a downloadable file, with the same bytes the CLI writes for that format. */
export function exportFile(scan: ScanResult, format: ExportFormat): ExportFile {
  const day = scan.scannedAt.slice(0, 10);
  const name = `posture-lens-${slug(scan.tenant.displayName)}-${day}.${format}`;
  switch (format) {
    case 'json':
      return { name, type: 'application/json', text: toJsonText(scan) };
    case 'csv':
      return { name, type: 'text/csv', text: toCsv(scan) };
  }
}

/**
 * The Tenants overview as a downloadable file: `posture-lens-tenants-<day>.<format>`, with the partner's
 * name when set and `-shown` when only the filtered rows are in it. `now` is ms since the epoch.
 */
export function overviewExportFile(
  overview: TenantsOverview,
  rows: readonly TenantRow[],
  selection: OverviewSelection,
  format: ExportFormat,
  now: number,
): ExportFile {
  const day = new Date(now).toISOString().slice(0, 10);
  const partner = overview.partnerName.trim() ? `${slug(overview.partnerName)}-` : '';
  const shown = selection.rows === 'shown' ? '-shown' : '';
  const name = `posture-lens-${partner}tenants${shown}-${day}.${format}`;
  switch (format) {
    case 'json':
      return { name, type: 'application/json', text: overviewJsonText(overview, rows, selection, now) };
    case 'csv':
      return { name, type: 'text/csv', text: overviewCsv(overview, rows, now) };
  }
}
