/** `--baseline FILE`: a previous `--format json` report, and what changed since it. */
import { readFileSync } from 'node:fs';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { Status } from '../lib/engine/verdict/status';
import { UsageError } from './scan-args';

/** The parts of an earlier JSON report the comparison reads. */
export interface Baseline {
  readonly scannedAt: string;
  /** Whose report it was ('' when unknown): another tenant's is never compared. */
  readonly tenantId: string;
  readonly percent: number;
  readonly achieved: number;
  readonly statuses: ReadonlyMap<string, Status>;
}

/** A control whose status differs from the baseline's. */
export interface StatusChange {
  readonly id: string;
  readonly title: string;
  readonly from: Status;
  readonly to: Status;
}

const isStatus = (s: string): s is Status => Object.hasOwn(Status, s);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON report's text as a baseline, or a sentence saying what is wrong with it. */
export function parseBaseline(text: string): Baseline | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'not JSON; pass a report written by --format json.';
  }
  if (!isRecord(json) || !isRecord(json.score) || !Array.isArray(json.controls) || typeof json.scannedAt !== 'string')
    return 'not a Posture Lens JSON report (no scannedAt, score or controls).';
  const { percent, achieved } = json.score;
  if (typeof percent !== 'number' || typeof achieved !== 'number') return 'score.percent or score.achieved is missing.';
  const statuses = new Map<string, Status>();
  for (const c of json.controls)
    if (isRecord(c) && typeof c.id === 'string' && typeof c.status === 'string' && isStatus(c.status))
      statuses.set(c.id, c.status);
  const tenantId = isRecord(json.tenant) && typeof json.tenant.id === 'string' ? json.tenant.id : '';
  return { scannedAt: json.scannedAt, tenantId, percent, achieved, statuses };
}

/** Reads `--baseline FILE`; a missing or unreadable file is a usage error naming it. */
export function readBaselineFile(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`--baseline ${path}: cannot read it (${code}).`);
  }
  const baseline = parseBaseline(text);
  if (typeof baseline === 'string') throw new UsageError(`--baseline ${path}: ${baseline}`);
  return baseline;
}

/** Controls present in both reports whose status changed, in the scan's order. */
export function statusChanges(baseline: Baseline, scan: Pick<ScanResult, 'controls'>): StatusChange[] {
  const out: StatusChange[] = [];
  for (const c of scan.controls) {
    const from = baseline.statuses.get(c.id);
    if (from !== undefined && from !== c.status) out.push({ id: c.id, title: c.title, from, to: c.status });
  }
  return out;
}
