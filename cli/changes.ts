/**
 * `changes` in the JSON report given `--baseline`: every control that changed since the earlier report,
 * and who changed it where the scan read the audit log. Documented in the README; keys may be added,
 * never renamed.
 */
import { diffScans, type ControlChange } from '../lib/engine/history/diff';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { Status } from '../lib/engine/verdict/status';
import { roundPoints } from '../lib/engine/verdict/verdict-kit';
import {
  actorText,
  auditEventsFor,
  type AuditActor,
  type AuditEvent,
  type AuditFieldChange,
  type AuditRead,
} from '../lib/engine/watch/audit-event';
import type { Baseline } from './baseline';

/** One audit-log event the scan attached to the control: who, when, what. */
export interface ChangeEvent {
  readonly id: string;
  readonly at: string;
  readonly activity: string;
  /** A user (`upn`) or an app (`name`); null when the log names nobody. */
  readonly actor: AuditActor | null;
  /** The actor as a person reads it: "alex@contoso.com", "Microsoft365DSC (app)". */
  readonly who: string;
  readonly changed: readonly AuditFieldChange[];
}

/** One control that changed since the baseline. */
export interface ControlChangeReport {
  readonly controlId: string;
  readonly title: string;
  /** `regression` and `improvement` as the extension's history decides them; `added`/`removed`: in one report only. */
  readonly kind: ControlChange['kind'];
  readonly before: { readonly status: Status; readonly score: number } | null;
  readonly after: { readonly status: Status; readonly score: number } | null;
  /** Points gained (positive) or lost (negative). */
  readonly points: number;
  /** Newest first; null when the audit log wasn't read, so "nobody" is never implied. */
  readonly auditEvents: readonly ChangeEvent[] | null;
}

/** Whether this scan read the audit log for the window since the baseline, and if not, why. */
export type AuditLogState =
  | (Omit<Extract<AuditRead, { status: 'read' }>, 'events' | 'truncated'> & { readonly truncated: boolean })
  | Extract<AuditRead, { status: 'unavailable' }>
  | { readonly status: 'notRead' };

export interface ReportChanges {
  /** The baseline's `scannedAt`. */
  readonly since: string;
  readonly score: {
    readonly before: { readonly percent: number; readonly achieved: number };
    readonly after: { readonly percent: number; readonly achieved: number };
    /** Points gained (positive) or lost (negative). */
    readonly points: number;
  };
  readonly auditLog: AuditLogState;
  readonly regressions: number;
  readonly improvements: number;
  /** Regressions first, then removed, changed, improvements, added; each by points moved. */
  readonly controls: readonly ControlChangeReport[];
}

function auditLogOf(scan: Pick<ScanResult, 'audit'>): AuditLogState {
  const a = scan.audit;
  if (!a) return { status: 'notRead' };
  if (a.status === 'read') return { status: 'read', from: a.from, to: a.to, truncated: a.truncated ?? false };
  return {
    status: 'unavailable',
    from: a.from,
    to: a.to,
    reason: a.reason,
    ...(a.permission ? { permission: a.permission } : {}),
  };
}

const eventOf = (e: AuditEvent): ChangeEvent => ({
  id: e.id,
  at: e.at,
  activity: e.activity,
  actor: e.actor,
  who: actorText(e.actor),
  changed: e.changed,
});

/** What changed between the baseline and this scan of the same tenant (checked by the caller). */
export function changesSince(
  baseline: Baseline,
  scan: Pick<ScanResult, 'controls' | 'score' | 'audit'>,
): ReportChanges {
  const read = scan.audit?.status === 'read';
  const controls = diffScans(baseline, scan).map((c): ControlChangeReport => ({
    controlId: c.id,
    title: c.title,
    kind: c.kind,
    before: c.before,
    after: c.after,
    points: c.delta || 0, // never -0 (a removed control that scored nothing)
    auditEvents: read ? auditEventsFor(scan, c.id).map(eventOf) : null,
  }));
  return {
    since: baseline.scannedAt,
    score: {
      before: { percent: baseline.percent, achieved: baseline.achieved },
      after: { percent: scan.score.percent, achieved: scan.score.achieved },
      points: roundPoints(scan.score.achieved - baseline.achieved),
    },
    auditLog: auditLogOf(scan),
    regressions: controls.filter((c) => c.kind === 'regression').length,
    improvements: controls.filter((c) => c.kind === 'improvement').length,
    controls,
  };
}
