import type { ExportFormat } from '../lib/engine/export/export-file';

/** Download the scan as the CLI's JSON or CSV, or print it. The page does the downloading and printing. */
export function ExportActions({ onExport, onPrint }: { onExport: (f: ExportFormat) => void; onPrint: () => void }) {
  return (
    <div class="export-actions" role="group" aria-label="Export">
      <button type="button" onClick={() => onExport('json')}>
        Export JSON
      </button>
      <button type="button" onClick={() => onExport('csv')}>
        Export CSV
      </button>
      <button type="button" onClick={onPrint}>
        Print / save as PDF
      </button>
    </div>
  );
}
