/**
 * An alert as the dashboard lists it afterwards (issue 15 §1): the notification as it was sent and every
 * finding of the scan that raised it, in the words the notification used, with who changed it and when.
 * The OS notification vanishes and names only the worst; this is the record the admin goes back to.
 * Stored as plain data, so it is read back through `parseAlertRecord` (a record an older build or a bug
 * wrote wrongly is skipped, never shown half-read). Pure.
 */
import type { ScanResult } from '../scan/run-scan';
import type { AlertFinding } from './alert-finding';
import { meetsThreshold, type WatchDecision } from './alerts';
import { unnamedText, whatText } from './alert-text';
import { actorText } from './audit-event';
import type { WatchSettings } from './watch-settings';

const KINDS: readonly AlertFinding['kind'][] = [
  'regression',
  'newFailing',
  'reviewDue',
  'exclusionAdded',
  'newControls',
];

/** One finding, as the list shows it. */
export interface AlertRecordFinding {
  readonly kind: AlertFinding['kind'];
  /** The control whose timeline it links to (for a group addition, the escaped policy's control). */
  readonly controlId: string | null;
  readonly title: string;
  /** Points lost (positive), 0 when the change costs none. */
  readonly pointsLost: number;
  /** What happened, in the notification's words, without who: "MFA is required …: −10 points". */
  readonly what: string;
  /** Who changed it and when, as the audit log names them (a UPN, or an app's name); null when it names nobody. */
  readonly by: { readonly actor: string; readonly at: string } | null;
  /** Why nobody is named when the log couldn't say ("who: grant AuditLog.Read.All to see"); null otherwise. */
  readonly unnamed: string | null;
  /** Passed the tenant's threshold, so the notification named or counted it. */
  readonly notified: boolean;
}

export interface AlertRecord {
  readonly tenantId: string;
  readonly tenantName: string;
  /** When the notification was raised (ISO 8601). */
  readonly raisedAt: string;
  /** The scheduled scan it came from (its `scannedAt`). */
  readonly scannedAt: string;
  /** The notification's text as sent. */
  readonly title: string;
  readonly message: string;
  /** The control its click opened at its timeline. */
  readonly controlId: string | null;
  /** Everything the scan found, worst first, including what the threshold kept out of the notification. */
  readonly findings: readonly AlertRecordFinding[];
}

function findingRecord(f: AlertFinding, settings: WatchSettings): AlertRecordFinding {
  return {
    kind: f.kind,
    controlId: f.controlId,
    title: f.title,
    pointsLost: f.pointsLost,
    what: whatText(f),
    by: f.who.kind === 'event' ? { actor: actorText(f.who.event.actor), at: f.who.event.at } : null,
    unnamed: unnamedText(f.who),
    notified: meetsThreshold(f, settings.threshold),
  };
}

/** The record of the notification a decision raised; null when it raised none (nothing to keep). */
export function alertRecordOf(
  scan: Pick<ScanResult, 'tenant' | 'scannedAt'>,
  decision: WatchDecision,
  settings: WatchSettings,
  raisedAt: string,
): AlertRecord | null {
  const n = decision.notification;
  if (!n) return null;
  return {
    tenantId: scan.tenant.id,
    tenantName: scan.tenant.displayName,
    raisedAt,
    scannedAt: scan.scannedAt,
    title: n.title,
    message: n.message,
    controlId: n.controlId,
    findings: decision.findings.map((f) => findingRecord(f, settings)),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));

function isFinding(v: unknown): v is AlertRecordFinding {
  if (!isRecord(v)) return false;
  const by = v.by;
  return (
    KINDS.includes(v.kind as AlertFinding['kind']) &&
    isTextOrNull(v.controlId) &&
    isText(v.title) &&
    typeof v.pointsLost === 'number' &&
    Number.isFinite(v.pointsLost) &&
    isText(v.what) &&
    (by === null || (isRecord(by) && isText(by.actor) && isTime(by.at))) &&
    isTextOrNull(v.unnamed) &&
    typeof v.notified === 'boolean'
  );
}

/** The stored record, checked field by field; null when any part of it isn't what this build writes. */
export function parseAlertRecord(v: unknown): AlertRecord | null {
  if (!isRecord(v)) return null;
  const ok =
    isText(v.tenantId) &&
    isText(v.tenantName) &&
    isTime(v.raisedAt) &&
    isTime(v.scannedAt) &&
    isText(v.title) &&
    isText(v.message) &&
    isTextOrNull(v.controlId) &&
    Array.isArray(v.findings) &&
    v.findings.every(isFinding);
  return ok ? (v as unknown as AlertRecord) : null;
}
