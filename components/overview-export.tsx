import { overviewExportFile, type ExportFile, type ExportFormat } from '../lib/engine/export/export-file';
import type { Lens } from '../lib/engine/score/frameworks';
import type { TenantRow, TenantsOverview } from '../lib/messaging/partner-protocol';

export interface OverviewExportProps {
  overview: TenantsOverview;
  /** The rows the page shows now, filtered and sorted as shown. */
  shown: readonly TenantRow[];
  /** The filter's words as the page shows them ("regressed", "contoso"); null when nothing is filtered. */
  filter: string | null;
  /** The framework the page compares tenants through; recorded in the JSON. */
  lens: Lens;
  /** Milliseconds since the epoch: the file's date and each scan's age. */
  now: number;
  /** The page saves the file (as the dashboard's scan export does). */
  onDownload: (file: ExportFile) => void;
}

const tenants = (n: number): string => (n === 1 ? '1 tenant' : `${n} tenants`);

/**
 * The Tenants overview as CSV or JSON for customers (issue 16 §4; columns in docs/overview-export.md):
 * the rows shown when a filter hides some, and all of them; each button says which.
 */
export function OverviewExport({ overview, shown, filter, lens, now, onDownload }: OverviewExportProps) {
  const filtered = filter !== null || shown.length !== overview.rows.length;
  const save = (rows: 'all' | 'shown', format: ExportFormat) =>
    onDownload(
      overviewExportFile(overview, rows === 'all' ? overview.rows : shown, { rows, filter, lens }, format, now),
    );
  const buttons = (rows: 'all' | 'shown', words: string, count: number) =>
    (['csv', 'json'] as const).map((format) => (
      <button key={`${rows}-${format}`} type="button" disabled={count === 0} onClick={() => save(rows, format)}>
        Download {format.toUpperCase()} ({words})
      </button>
    ));
  return (
    <div class="export-actions overview-export" role="group" aria-label="Export the overview">
      {filtered && buttons('shown', `${tenants(shown.length)} shown`, shown.length)}
      {buttons(
        'all',
        filtered ? `all ${overview.rows.length}` : `all ${tenants(overview.rows.length)}`,
        overview.rows.length,
      )}
    </div>
  );
}
