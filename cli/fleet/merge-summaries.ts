/**
 * The merge step of a sharded fleet run (docs/fleets-in-ci.md): each shard job's `--out-dir` becomes
 * one overview, with the same files a single run writes. A tenant in two shards (a re-run shard, or
 * overlapping shard lists) appears once: a completed scan beats a failure, the later of two scans wins,
 * and a warning says which was kept. Given the tenants file, a tenant that no shard reported (its job
 * died before writing a summary) is a failed row, never silently missing from a green overview.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../scan-args';
import { reportFiles, suiteFromDir, writeSummary } from './fleet-files';
import { failedRow, fleetExitCode, type FleetRow } from './fleet-row';
import { SUMMARY_KIND, type FleetSummary } from './fleet-summary';
import type { FleetEntry } from './tenants-file';

export interface MergeOptions {
  /** Each shard's output folder, holding its summary.json and reports. */
  readonly shards: readonly string[];
  readonly outDir: string;
  /** Applied again to every scanned tenant; absent: each shard's own verdict stands. */
  readonly failUnder: number | undefined;
  /** Every tenant the fleet has (tenants.json): one no shard reported is failed. */
  readonly expected?: readonly Pick<FleetEntry, 'name' | 'tenant'>[];
}

export interface MergeResult {
  readonly rows: readonly FleetRow[];
  readonly warnings: readonly string[];
  readonly exitCode: 0 | 1 | 3;
}

interface Found {
  readonly row: FleetRow;
  readonly shard: string;
}

function readSummary(shard: string): FleetSummary {
  const path = join(shard, 'summary.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(
      `${path}: cannot read a fleet summary there (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const s = parsed as Partial<FleetSummary> | null;
  if (s?.kind !== SUMMARY_KIND || !Array.isArray(s.tenants))
    throw new UsageError(`${path}: not a Posture Lens fleet summary (no "kind": "${SUMMARY_KIND}").`);
  return s as FleetSummary;
}

/** `b` replaces `a` when it scanned and `a` didn't, or both scanned and `b` is later. */
const better = (a: FleetRow, b: FleetRow): boolean =>
  (b.status === 'scanned' && a.status === 'failed') ||
  (b.status === 'scanned' && a.status === 'scanned' && (b.scannedAt ?? '') > (a.scannedAt ?? ''));

/** Copies a kept row's reports into the overview under a name no other tenant has taken. */
function copyReports(found: Found, outDir: string, taken: Set<string>): FleetRow {
  const { row, shard } = found;
  if (!row.reports) return row;
  const stem = row.reports.json.replace(/\.json$/, '');
  let unique = stem;
  for (let n = 2; taken.has(unique); n++) unique = `${stem}-${n}`;
  taken.add(unique);
  const to = reportFiles(unique);
  for (const kind of ['json', 'csv', 'junit', 'table'] as const) {
    const from = join(shard, row.reports[kind]);
    if (existsSync(from)) copyFileSync(from, join(outDir, to[kind]));
  }
  return { ...row, reports: to };
}

const regated = (row: FleetRow, failUnder: number | undefined): FleetRow =>
  failUnder === undefined || row.status !== 'scanned' || !row.score
    ? row
    : { ...row, exitCode: row.score.percent < failUnder ? 1 : 0 };

export function mergeFleetReports(o: MergeOptions): MergeResult {
  if (o.shards.length === 0) throw new UsageError('Name at least one shard folder to merge.');
  const kept = new Map<string, Found>();
  const warnings: string[] = [];
  for (const shard of o.shards)
    for (const row of readSummary(shard).tenants) {
      const before = kept.get(row.tenant);
      if (before) {
        const winner = better(before.row, row) ? { row, shard } : before;
        warnings.push(
          `${row.name} (${row.tenant}) is in ${before.shard} and ${shard}: kept ${winner.shard}'s ${winner.row.status === 'scanned' ? `scan of ${winner.row.scannedAt ?? '?'}` : 'failure'}.`,
        );
        kept.set(row.tenant, winner);
      } else kept.set(row.tenant, { row, shard });
    }
  const missing = (o.expected ?? []).filter((e) => !kept.has(e.tenant));
  for (const e of missing)
    kept.set(e.tenant, {
      row: failedRow(e, 'No shard reported this tenant: did its shard job fail before writing its summary?'),
      shard: '',
    });
  const order = o.expected ? [...o.expected.map((e) => e.tenant), ...kept.keys()] : [...kept.keys()];
  const taken = new Set<string>();
  const rows = [...new Set(order)].map((t) => regated(copyReports(kept.get(t)!, o.outDir, taken), o.failUnder));
  writeSummary(o.outDir, rows, o.failUnder, suiteFromDir(o.outDir));
  return { rows, warnings, exitCode: fleetExitCode(rows) };
}
