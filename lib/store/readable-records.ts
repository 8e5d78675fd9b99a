/**
 * Shape checks for what comes back out of IndexedDB. A record an older build or a bug wrote wrongly
 * is skipped with a message, never fatal and never deleted: the rest of the history still shows.
 */
import { parseDeclarations } from '../engine/scan/declarations';
import type { DispositionRecord } from '../engine/history/dispositions';
import { storedDispositionKinds } from '../engine/history/dispositions';
import type { ScanResult } from '../engine/scan/run-scan';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Enough of a stored scan for every page to render it. */
export function isReadableScan(v: unknown): v is ScanResult {
  if (!isRecord(v) || !isRecord(v.tenant) || !isRecord(v.score) || !isRecord(v.summary)) return false;
  return (
    typeof v.tenant.id === 'string' &&
    typeof v.scannedAt === 'string' &&
    isNum(v.score.percent) &&
    isNum(v.score.achieved) &&
    isNum(v.score.available) &&
    isRecord(v.summary.byCategory) &&
    Array.isArray(v.controls) &&
    v.controls.every((c) => isRecord(c) && typeof c.id === 'string' && typeof c.status === 'string') &&
    // Absent in scans stored before declarations were recorded; present, it must be what a scan records.
    (v.declarations === undefined || parseDeclarations(v.declarations).ok)
  );
}

/**
 * A readable scan in today's shape. Scans stored before the `notApplicable` status existed have no
 * count for it in their coverage; none of their controls could be not applicable, so it is 0.
 */
export function withCurrentSummary(scan: ScanResult): ScanResult {
  const coverage: Partial<ScanResult['summary']['coverage']> = scan.summary.coverage;
  if (isNum(coverage.notApplicable)) return scan;
  return { ...scan, summary: { ...scan.summary, coverage: { ...scan.summary.coverage, notApplicable: 0 } } };
}

const isKind = (k: unknown): boolean =>
  typeof k === 'string' && (storedDispositionKinds as readonly string[]).includes(k);
// A Reviewed mark always carries its note (the background refuses one without).
const isDisposition = (d: unknown): boolean =>
  isRecord(d) &&
  isKind(d.kind) &&
  typeof d.recordedBy === 'string' &&
  typeof d.recordedAt === 'string' &&
  (d.kind !== 'reviewed' || (typeof d.note === 'string' && d.note.trim() !== ''));

export function isReadableDisposition(v: unknown): v is DispositionRecord {
  return (
    isRecord(v) &&
    typeof v.tenantId === 'string' &&
    typeof v.controlId === 'string' &&
    (v.current === null || isDisposition(v.current)) &&
    Array.isArray(v.trail)
  );
}

export function skippedSentence(count: number, what: 'scan' | 'disposition'): string {
  return count === 1
    ? `1 saved ${what} couldn't be read and was skipped; it is still stored and the rest is shown.`
    : `${count} saved ${what}s couldn't be read and were skipped; they are still stored and the rest is shown.`;
}
