/** `--baseline FILE`: a previous `--format json` report of the same tenant, read and checked before the scan. */
import { readFileSync } from 'node:fs';
import type { DiffedControl } from '../lib/engine/history/diff';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { PreviousScan } from '../lib/engine/secure-score/merge-secure-score';
import { Status } from '../lib/engine/verdict/status';
import { plain } from './plain-text';
import { UsageError } from './scan-args';

/**
 * The parts of an earlier JSON report the comparison reads. It is also the scan's `ScanOptions.previous`:
 * its `scannedAt` starts the audit-log window and dates Microsoft's stale verdicts. (The report leaves out
 * Microsoft's profile id list, so new Secure Score controls aren't found against it.)
 */
export interface Baseline extends PreviousScan {
  readonly scannedAt: string;
  /** Whose report it was; never '' (a report of nobody's tenant is refused). */
  readonly tenantId: string;
  readonly percent: number;
  readonly achieved: number;
  /** Rows with an id, a known status and a score; any other row is left out, so it reads as new. */
  readonly controls: readonly DiffedControl[];
}

const isStatus = (s: unknown): s is Status => typeof s === 'string' && Object.hasOwn(Status, s);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A row as the diff reads it; a report older than titles in every row still compares, titled by its id. */
function rowOf(c: unknown): DiffedControl | undefined {
  if (!isRecord(c) || typeof c.id !== 'string' || !isStatus(c.status)) return undefined;
  if (typeof c.score !== 'number' || !Number.isFinite(c.score)) return undefined;
  return { id: c.id, title: typeof c.title === 'string' ? c.title : c.id, status: c.status, score: c.score };
}

const tenantIdOf = (json: Record<string, unknown>): string =>
  isRecord(json.tenant) && typeof json.tenant.id === 'string' ? json.tenant.id : '';

/** What is wrong with the report's identity (tool, date, tenant), or undefined when it can be compared. */
function identityProblem(json: Record<string, unknown>, now: number): string | undefined {
  const tool = isRecord(json.tool) ? json.tool.name : undefined;
  if (tool !== undefined && tool !== 'posture-lens')
    return `not a Posture Lens JSON report (written by ${plain(JSON.stringify(tool))}).`;
  const at = Date.parse(String(json.scannedAt));
  if (!Number.isFinite(at)) return `scannedAt '${plain(String(json.scannedAt))}' is not a date.`;
  if (at > now)
    return `scannedAt ${plain(String(json.scannedAt))} is later than now; pass the report of an earlier scan.`;
  // A scan that couldn't identify its tenant says nothing about this one's.
  if (!tenantIdOf(json))
    return "names no tenant (its scan couldn't identify it), so it can't be compared with this one.";
  return undefined;
}

/** A JSON report's text as a baseline, or a sentence saying what is wrong with it. `now`: ms since the epoch. */
export function parseBaseline(text: string, now: number): Baseline | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'not JSON; pass a report written by --format json.';
  }
  if (!isRecord(json) || !isRecord(json.score) || !Array.isArray(json.controls) || typeof json.scannedAt !== 'string')
    return 'not a Posture Lens JSON report (no scannedAt, score or controls).';
  const problem = identityProblem(json, now);
  if (problem) return problem;
  const { percent, achieved } = json.score;
  if (typeof percent !== 'number' || typeof achieved !== 'number') return 'score.percent or score.achieved is missing.';
  const controls = json.controls.flatMap((c) => rowOf(c) ?? []);
  return { scannedAt: json.scannedAt, tenantId: tenantIdOf(json), percent, achieved, controls };
}

/** Reads `--baseline FILE`; a missing, unreadable or refused file is a usage error naming it. */
export function readBaselineFile(path: string, now: number): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`--baseline ${path}: cannot read it (${code}).`);
  }
  const baseline = parseBaseline(text, now);
  if (typeof baseline === 'string') throw new UsageError(`--baseline ${path}: ${baseline}`);
  return baseline;
}

/**
 * Another tenant's report says nothing about this one's progress: a usage error, known only once the
 * scan has said whose tenant it read. A scan that couldn't identify its tenant fails on its own (exit 3).
 */
export function checkBaselineTenant(path: string, baseline: Baseline, scan: Pick<ScanResult, 'tenant'>): void {
  if (scan.tenant.id && baseline.tenantId !== scan.tenant.id)
    throw new UsageError(
      `--baseline ${path}: a report of tenant ${plain(baseline.tenantId)}, not of the scanned tenant ${plain(scan.tenant.id)}; pass a report of the same tenant.`,
    );
}
