/**
 * A borrowed verdict says whose it is and when it was measured. "Stale" is decided against the scan's
 * own time (`scannedAt`, stored with the scan), never the clock of whoever looks: an old scan shows the
 * mark it had when it was made, and the same scan exports the same mark forever.
 */
import type { ControlResult } from '../verdict/result';
import { measuredDay } from './microsoft-status';

/** Secure Score refreshes every 24–48 hours; a week without a refresh means something stopped. */
export const STALE_AFTER_DAYS = 7;
const DAY = 86_400_000;

/** Whose verdict a borrowed one is, as every view names it. */
export const BORROWED_FROM = 'Microsoft Secure Score';

export interface Age {
  /** Whole days from the measurement to the scan; null when either date doesn't parse. */
  readonly ageDays: number | null;
  /** More than 7 days before the scan, or a measurement date that can't be read. */
  readonly stale: boolean;
}

export function ageOf(measuredAt: string, scannedAt: string): Age {
  const ms = Date.parse(scannedAt) - Date.parse(measuredAt);
  if (!Number.isFinite(ms)) return { ageDays: null, stale: true };
  return { ageDays: Math.floor(ms / DAY), stale: ms > STALE_AFTER_DAYS * DAY };
}

/** What every view shows of a verdict Posture Lens took from Microsoft rather than measured. */
export interface Borrowed extends Age {
  readonly from: typeof BORROWED_FROM;
  readonly measuredAt: string;
  /** Set when the verdict is an admin's Secure Score state rather than a measurement. */
  readonly attestation?: string;
}

/**
 * The borrowed verdict of a control Microsoft decided (`source: 'microsoft'`), or undefined for our
 * own. The stored age wins; scans stored before it was kept are aged against their own `scannedAt`.
 */
export function borrowedOf(c: ControlResult, scannedAt: string): Borrowed | undefined {
  const m = c.source === 'microsoft' ? c.microsoft : undefined;
  if (!m) return undefined;
  const computed = ageOf(m.measuredAt, scannedAt);
  return {
    from: BORROWED_FROM,
    measuredAt: m.measuredAt,
    ageDays: m.ageDays ?? computed.ageDays,
    stale: m.stale ?? computed.stale,
    ...(m.attestation ? { attestation: m.attestation.says } : {}),
  };
}

/** "measured 23 Nov 2026" or "measured 23 Nov 2026 (stale: 12 days before this scan)". */
export function measuredText(measuredAt: string, age: Age): string {
  if (!age.stale) return `measured ${measuredDay(measuredAt)}`;
  const when = age.ageDays === null ? 'no readable date' : `${age.ageDays} days before this scan`;
  return `measured ${measuredDay(measuredAt)} (stale: ${when})`;
}

/** "stale: measured 12 days before this scan, more than 7" for a badge card or a JUnit line. */
export function staleText(age: Age): string {
  return age.ageDays === null
    ? 'stale: the measurement date is unreadable'
    : `stale: measured ${age.ageDays} days before this scan (more than ${STALE_AFTER_DAYS})`;
}
