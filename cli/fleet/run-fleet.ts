/**
 * Scans a fleet: at most `concurrency` tenants at once, each with its own token, Graph root and
 * resolver. Whatever one tenant does (no token, sign-in refused, unreachable, throttled until the
 * client gave up, answered for another tenant), it ends as that tenant's row with a reason; the others
 * carry on. Each scan is written to disk as it ends and let go: the run holds rows, not scans.
 */
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { adminServiceInfo } from '../../lib/graph/sources/admin-services';
import { scanTenant } from '../../lib/scanner/scan-tenant';
import { createServiceReader } from '../../lib/services/create-service-reader';
import { plain } from '../plain-text';
import { tenantIdOfToken } from '../token-tenant';
import type { FleetArgs } from './fleet-args';
import { writeSummary, writeTenantReports } from './fleet-files';
import { failedRow, scannedRow, type FleetRow } from './fleet-row';
import { tenantToken, type CommandRunner } from './tenant-token';
import { fileStem, GUID, type FleetEntry } from './tenants-file';

/** The parsed arguments, the tenants they named resolved to entries (tenants.json and `--tenant`). */
export interface FleetOptions extends Omit<FleetArgs, 'tenantsFile' | 'tenants'> {
  readonly entries: readonly FleetEntry[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch: typeof fetch;
  readonly runCommand?: CommandRunner;
  /** Called as each tenant ends, in the order they end. */
  readonly onTenant?: (row: FleetRow) => void;
}

/** Fleets read Graph and DNS only: each admin service says so, naming no flag that would not work here. */
const noServices = (fetchImpl: typeof fetch) =>
  createServiceReader({
    tenantId: '',
    cloud: 'global',
    enabled: new Set(),
    offWhy: (s) => `${adminServiceInfo[s].label} was not read: fleet scans (--tenants) read Graph and DNS only.`,
    getToken: () => Promise.reject(new Error('fleet scans read no admin service')),
    fetch: fetchImpl,
  });

/** Why Graph's answer is not the tenant asked for; undefined when it is, or when that can't be told offline. */
function otherTenant(entry: FleetEntry, scan: ScanResult): string | undefined {
  const { id, initialDomain } = scan.tenant;
  if (GUID.test(entry.tenant) && id.toLowerCase() !== entry.tenant)
    return `Graph answered for tenant ${plain(id)}, not ${entry.tenant}: is this tenant's token another tenant's?`;
  if (/\.onmicrosoft\.(com|us)$/.test(entry.tenant) && initialDomain && initialDomain.toLowerCase() !== entry.tenant)
    return `Graph answered for ${plain(initialDomain)}, not ${entry.tenant}: is this tenant's token another tenant's?`;
  return undefined;
}

const isChecked = (entry: FleetEntry, scan: ScanResult): boolean =>
  GUID.test(entry.tenant) || (/\.onmicrosoft\.(com|us)$/.test(entry.tenant) && scan.tenant.initialDomain !== undefined);

async function scanOne(entry: FleetEntry, o: FleetOptions): Promise<FleetRow> {
  const got = await tenantToken(entry, o.env, o.tokenCommand, o.runCommand);
  if (!('token' in got)) return failedRow(entry, got.reason);
  const tid = tenantIdOfToken(got.token);
  if (tid && GUID.test(entry.tenant) && tid !== entry.tenant)
    return failedRow(entry, `The token (${got.from}) is for tenant ${tid} (its tid claim), not ${entry.tenant}.`);
  const graphRoot = entry.graphUrl ?? o.graph.graphRoot;
  const scan = await scanTenant({
    graphRoot,
    cloud: entry.graphUrl ? 'custom' : o.graph.cloud,
    fetch: o.fetch,
    getToken: () => Promise.resolve(got.token),
    batch: o.batch,
    doh: { url: entry.dohUrl ?? o.dohUrl },
    services: noServices(o.fetch),
  });
  if (scan.failure) return failedRow(entry, plain(scan.failure.message));
  const other = otherTenant(entry, scan);
  if (other) return failedRow(entry, other);
  const reports = writeTenantReports(o.outDir, fileStem(entry.name), scan);
  return scannedRow(entry, scan, isChecked(entry, scan), reports, o.failUnder);
}

/** Each entry's row, in the entries' order, also written as the summary. Never rejects for a tenant's sake. */
export async function runFleet(o: FleetOptions): Promise<FleetRow[]> {
  const rows: FleetRow[] = new Array<FleetRow>(o.entries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < o.entries.length) {
      const i = next++;
      const entry = o.entries[i]!;
      let row: FleetRow;
      try {
        row = await scanOne(entry, o);
      } catch (err) {
        row = failedRow(entry, `The scan failed: ${plain(err instanceof Error ? err.message : String(err))}`);
      }
      rows[i] = row;
      o.onTenant?.(row);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, o.entries.length) }, worker));
  writeSummary(o.outDir, rows, o.failUnder);
  return rows;
}
