/**
 * The files of a fleet run in `--out-dir`: each scanned tenant's report in every format the CLI writes
 * (`<name>.json`, `.csv`, `.junit.xml`, `.txt`), then `summary.json`, `summary.csv` and
 * `summary.junit.xml`. A failed tenant has no report files, only its row and reason in the summary.
 */
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../lib/engine/export/export-csv';
import { toJsonText } from '../../lib/engine/export/export-json';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { toJunit } from '../format-junit';
import { toTable } from '../format-table';
import { UsageError } from '../scan-args';
import type { FleetReportFiles, FleetRow } from './fleet-row';
import { summaryCsv, summaryJunit, suiteOf, toSummary } from './fleet-summary';

export const SUMMARY_FILES = { json: 'summary.json', csv: 'summary.csv', junit: 'summary.junit.xml' } as const;

export const reportFiles = (stem: string): FleetReportFiles => ({
  json: `${stem}.json`,
  csv: `${stem}.csv`,
  junit: `${stem}.junit.xml`,
  table: `${stem}.txt`,
});

/** Creates `--out-dir` (and its parents) before any scan, so a typo costs no Graph reads. */
export function prepareOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new UsageError(
      `--out-dir ${dir}: cannot write there (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
    );
  }
}

/** Writes one tenant's reports; the scan can be let go once this returns. */
export function writeTenantReports(dir: string, stem: string, scan: ScanResult): FleetReportFiles {
  const files = reportFiles(stem);
  writeFileSync(join(dir, files.json), toJsonText(scan));
  writeFileSync(join(dir, files.csv), toCsv(scan));
  writeFileSync(join(dir, files.junit), toJunit(scan));
  writeFileSync(join(dir, files.table), toTable(scan, { top: 10, all: false, width: 80, colour: false }));
  return files;
}

/** A scanned tenant's `<testsuite>`, read back from its JUnit file in `dir`. */
export function suiteFromDir(dir: string): (row: FleetRow) => string | undefined {
  return (row) => {
    if (!row.reports) return undefined;
    try {
      return suiteOf(readFileSync(join(dir, row.reports.junit), 'utf8'));
    } catch {
      return undefined;
    }
  };
}

/** Writes the three summary files into `dir`; `suites` finds each scanned tenant's JUnit suite. */
export function writeSummary(
  dir: string,
  rows: readonly FleetRow[],
  failUnder: number | undefined,
  suites: (row: FleetRow) => string | undefined = suiteFromDir(dir),
  now: Date = new Date(),
): void {
  const at = now.toISOString();
  writeFileSync(join(dir, SUMMARY_FILES.json), JSON.stringify(toSummary(rows, at, failUnder), null, 2) + '\n');
  writeFileSync(join(dir, SUMMARY_FILES.csv), summaryCsv(rows));
  writeFileSync(join(dir, SUMMARY_FILES.junit), summaryJunit(rows, at, suites));
}
