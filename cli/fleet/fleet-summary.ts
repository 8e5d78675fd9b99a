/**
 * A fleet's summary in the three formats a CI reads: JSON (the rows, for the merge step and dashboards),
 * CSV (one row per tenant, stable columns) and JUnit (one test suite per tenant: the tenant's own report
 * suite when it was scanned, one erroring "scan" case saying why when it failed).
 */
import { csvCell } from '../../lib/engine/export/export-csv';
import { fleetExitCode, type FleetRow } from './fleet-row';
import { xml } from '../format-junit';

/** Marks a summary.json, so the merge step can tell one from any other JSON file. */
export const SUMMARY_KIND = 'posture-lens-fleet-summary';

export interface FleetSummary {
  readonly kind: typeof SUMMARY_KIND;
  readonly version: 1;
  readonly generatedAt: string;
  readonly failUnder?: number;
  /** The worst tenant's exit code (fleet-row.ts). */
  readonly exitCode: 0 | 1 | 3;
  readonly tenants: readonly FleetRow[];
}

export function toSummary(rows: readonly FleetRow[], generatedAt: string, failUnder: number | undefined): FleetSummary {
  return {
    kind: SUMMARY_KIND,
    version: 1,
    generatedAt,
    ...(failUnder === undefined ? {} : { failUnder }),
    exitCode: fleetExitCode(rows),
    tenants: rows,
  };
}

/** The CSV's columns, in order: documented in README, kept stable. */
export const SUMMARY_COLUMNS = [
  'name',
  'tenant',
  'status',
  'tenantId',
  'displayName',
  'percent',
  'achieved',
  'available',
  'failing',
  'unknown',
  'outOfScore',
  'scannedAt',
  'exitCode',
  'reason',
  'report',
] as const;

export function summaryCsv(rows: readonly FleetRow[]): string {
  const cells = (r: FleetRow): (string | number)[] => [
    r.name,
    r.tenant,
    r.status,
    r.tenantId ?? '',
    r.displayName ?? '',
    r.score?.percent ?? '',
    r.score?.achieved ?? '',
    r.score?.available ?? '',
    r.controls?.failing ?? '',
    r.controls?.unknown ?? '',
    r.controls?.outOfScore ?? '',
    r.scannedAt ?? '',
    r.exitCode,
    r.reason ?? '',
    r.reports?.json ?? '',
  ];
  return [SUMMARY_COLUMNS.join(','), ...rows.map((r) => cells(r).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** The `<testsuite>` element of a tenant's own JUnit report (toJunit writes exactly one). */
export function suiteOf(junit: string): string | undefined {
  const start = junit.indexOf('<testsuite ');
  const end = junit.lastIndexOf('</testsuite>');
  return start < 0 || end < start ? undefined : junit.slice(start, end + '</testsuite>'.length);
}

/** A failed tenant's suite: one "scan" case in error, so the CI lists it beside the scanned ones. */
function failedSuite(r: FleetRow, at: string): string {
  const reason = xml(r.reason ?? 'The scan failed.');
  return [
    `<testsuite name="${xml(`${r.name} (${r.tenant})`)}" tests="1" failures="0" errors="1" skipped="0" timestamp="${xml(at)}">`,
    `    <testcase classname="posture-lens.fleet" name="scan ${xml(r.name)}">`,
    `      <error message="${reason}" type="scanFailed">${reason}</error>`,
    '    </testcase>',
    '  </testsuite>',
  ].join('\n');
}

/**
 * One suite per tenant, in the rows' order. `suiteFor` gives a scanned tenant's suite (read from its
 * report file); a scanned tenant whose suite can't be read counts as failed, never as silently absent.
 */
export function summaryJunit(
  rows: readonly FleetRow[],
  generatedAt: string,
  suiteFor: (row: FleetRow) => string | undefined,
): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const suites = rows.map((r) => {
    const own = r.status === 'scanned' ? suiteFor(r) : undefined;
    if (own && r.controls) {
      tests += r.controls.total;
      failures += r.controls.failing;
      errors += r.controls.unknown;
      skipped += r.controls.outOfScore;
      return `  ${own}`;
    }
    tests += 1;
    errors += 1;
    const why = r.status === 'failed' ? r : { ...r, reason: `Its JUnit report ${r.reports?.junit ?? ''} is missing.` };
    return `  ${failedSuite(why, r.scannedAt ?? generatedAt)}`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Posture Lens fleet" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
