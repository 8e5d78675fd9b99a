/**
 * One tenant's line in a fleet summary: small on purpose. The fleet keeps these, never the scans (each
 * scan is written to its report files and let go), so memory stays flat however many tenants there are.
 */
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { outOfScore } from '../../lib/engine/score/score';
import type { FleetEntry } from './tenants-file';

/** Each report file of a scanned tenant, relative to the summary's folder. */
export interface FleetReportFiles {
  readonly json: string;
  readonly csv: string;
  readonly junit: string;
  readonly table: string;
}

/** Control counts as the tenant's JUnit suite counts them. */
export interface FleetControlCounts {
  readonly total: number;
  /** fail and partial: JUnit failures. */
  readonly failing: number;
  /** Couldn't tell: JUnit errors. */
  readonly unknown: number;
  /** Not licensed, checks by hand, not applicable: JUnit skipped. */
  readonly outOfScore: number;
}

export interface FleetRow {
  readonly name: string;
  /** As tenants.json or --tenant gave it (lower-cased). */
  readonly tenant: string;
  readonly status: 'scanned' | 'failed';
  /** Failed: why, in a sentence; nothing was scored. */
  readonly reason?: string;
  /** Scanned: the tenant id Graph answered for. */
  readonly tenantId?: string;
  readonly displayName?: string;
  /**
   * Scanned: whether Graph's answer was checked to be the tenant asked for (a tenant id is compared with
   * it; an onmicrosoft.com domain with the initial domain). A custom domain can't be checked offline.
   */
  readonly tenantChecked?: boolean;
  readonly scannedAt?: string;
  readonly score?: { readonly percent: number; readonly achieved: number; readonly available: number };
  readonly controls?: FleetControlCounts;
  readonly graphRequests?: number;
  readonly reports?: FleetReportFiles;
  /** This tenant alone: 0 scanned, 1 below --fail-under, 3 failed. */
  readonly exitCode: 0 | 1 | 3;
}

export function failedRow(entry: Pick<FleetEntry, 'name' | 'tenant'>, reason: string): FleetRow {
  return { name: entry.name, tenant: entry.tenant, status: 'failed', reason, exitCode: 3 };
}

export function controlCounts(controls: ScanResult['controls']): FleetControlCounts {
  return {
    total: controls.length,
    failing: controls.filter((c) => c.status === 'fail' || c.status === 'partial').length,
    unknown: controls.filter((c) => c.status === 'unknown').length,
    outOfScore: controls.filter((c) => outOfScore(c.status)).length,
  };
}

export function scannedRow(
  entry: Pick<FleetEntry, 'name' | 'tenant'>,
  scan: ScanResult,
  checked: boolean,
  reports: FleetReportFiles,
  failUnder: number | undefined,
): FleetRow {
  return {
    name: entry.name,
    tenant: entry.tenant,
    status: 'scanned',
    tenantId: scan.tenant.id,
    displayName: scan.tenant.displayName,
    tenantChecked: checked,
    scannedAt: scan.scannedAt,
    score: { percent: scan.score.percent, achieved: scan.score.achieved, available: scan.score.available },
    controls: controlCounts(scan.controls),
    graphRequests: scan.stats.graphRequests,
    reports,
    exitCode: failUnder !== undefined && scan.score.percent < failUnder ? 1 : 0,
  };
}

/** The run's exit code: the worst tenant's, a failed one (3) before one below --fail-under (1). */
export const fleetExitCode = (rows: readonly Pick<FleetRow, 'exitCode'>[]): 0 | 1 | 3 =>
  rows.some((r) => r.exitCode === 3) ? 3 : rows.some((r) => r.exitCode === 1) ? 1 : 0;
