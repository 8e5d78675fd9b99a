import { toCsv } from './export-csv';
import { toJsonText } from './export-json';
import type { ScanResult } from '../scan/run-scan';

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
