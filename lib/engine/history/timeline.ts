/**
 * A control's timeline (issue 15 §6): what each scan of the tenant measured for it, the audit events
 * each scan attached to it, and its disposition trail, newest first. Runs of scans in which nothing
 * happened fold into one entry, so a year of daily scans stays readable. Pure: dates stay ISO and the
 * page formats them in the reader's zone; Graph and admin strings pass through as they are (text).
 */
import { dispositionLabel, type DispositionRecord } from './dispositions';
import type { ControlResult } from '../verdict/result';
import type { Status } from '../verdict/status';
import { statusLabel } from '../verdict/status-words';
import { roundPoints } from '../verdict/verdict-kit';
import { shownPoints } from '../format/points';
import { auditEventsFor, type AuditEvent, type AuditRead } from '../watch/audit-event';

/**
 * The dashboard's deep link to a control's timeline, as agreed for issue 15 (the "What changed" list
 * and the watch's notifications open it): `dashboard.html#control=<id>&view=timeline`.
 */
export const timelineHash = (controlId: string): string => `#control=${encodeURIComponent(controlId)}&view=timeline`;

/** What one scan measured for the control (its own verdict, before any disposition). */
export interface TimelineMark {
  readonly status: Status;
  readonly score: number;
  readonly maxScore: number;
}

/** One scan that changed something, the oldest scan shown, or one that attached audit events. */
export interface TimelineScan {
  readonly kind: 'scan';
  readonly at: string;
  readonly mark: TimelineMark;
  /** "Failing → Passing, +8 points", or "Status and points unchanged"; null for the oldest scan shown. */
  readonly change: string | null;
  /** The audit events this scan attached to the control, newest first; each event once, on the first scan that read it. */
  readonly events: readonly AuditEvent[];
  /** Why who changed it can't be told ("Who changed it: grant AuditLog.Read.All to see."); said once, never a guess. */
  readonly whoUnknown: string | null;
}

/** Scans in a row that measured the same as the scan before them and attached no audit event. */
export interface TimelineUnchanged {
  readonly kind: 'unchanged';
  /** The oldest and newest scan of the run. */
  readonly from: string;
  readonly to: string;
  readonly scans: number;
  readonly mark: TimelineMark;
}

/** One entry of the disposition trail: who recorded or cleared what, and when. Admin text as typed. */
export interface TimelineDisposition {
  readonly kind: 'disposition';
  readonly at: string;
  readonly by: string;
  readonly action: 'set' | 'cleared';
  /** "Risk accepted" (for a clearing: what was cleared). */
  readonly label: string;
  readonly reason?: string;
  /** `YYYY-MM-DD`. */
  readonly reviewBy?: string;
  readonly note?: string;
}

export type TimelineEntry = TimelineScan | TimelineUnchanged | TimelineDisposition;

/** The timeline the dashboard shows, with the bounds of the history it was built from. */
export interface ControlTimeline {
  readonly controlId: string;
  /** Newest first. */
  readonly entries: readonly TimelineEntry[];
  /** Scans read for it: the store's latest `days` days of the tenant, at most `limit` scans. */
  readonly scansRead: number;
  readonly days: number;
  readonly limit: number;
  /** Older scans exist that the timeline doesn't reach. */
  readonly earlier: boolean;
}

/** What the timeline needs of a stored scan. */
export interface TimelineScanInput {
  readonly scannedAt: string;
  readonly controls: readonly Pick<ControlResult, 'id' | 'status' | 'score' | 'maxScore'>[];
  readonly audit?: AuditRead;
}

interface Measured extends TimelineScan {
  /** Same status and points as the scan before, and no audit event: folded into a run. */
  readonly quiet: boolean;
}

/**
 * The control's timeline, newest first, from scans newest first (already bounded by the caller) and
 * the control's disposition record. Scans without the control (before it joined the catalogue) are
 * left out; the whole disposition trail is kept, as it is short and says who decided what.
 */
export function buildTimeline(
  controlId: string,
  scansNewestFirst: readonly TimelineScanInput[],
  record: DispositionRecord | null,
): TimelineEntry[] {
  const merged: (Measured | TimelineDisposition)[] = [
    ...measuredScans(controlId, scansNewestFirst),
    ...dispositionEntries(record),
  ];
  // Newest first; a scan and a disposition at the same instant keep the scan above (it came after).
  merged.sort((a, b) => b.at.localeCompare(a.at) || (a.kind === 'scan' ? -1 : 1));
  return foldQuietRuns(merged);
}

/** Each scan holding the control, compared with the scan before it, oldest first. */
function measuredScans(controlId: string, scansNewestFirst: readonly TimelineScanInput[]): Measured[] {
  const out: Measured[] = [];
  const seen = new Set<string>();
  let before: TimelineMark | null = null;
  for (const scan of [...scansNewestFirst].reverse()) {
    const c = scan.controls.find((r) => r.id === controlId);
    if (!c) continue;
    const mark: TimelineMark = { status: c.status, score: c.score, maxScore: c.maxScore };
    // Two scans whose audit windows overlap read the same event: it belongs to the first.
    const events = readableEvents(scan, controlId).filter((e) => !seen.has(e.id));
    events.forEach((e) => seen.add(e.id));
    const moved = before !== null && (before.status !== mark.status || before.score !== mark.score);
    out.push({
      kind: 'scan',
      at: scan.scannedAt,
      mark,
      change: before === null ? null : changeWords(before, mark),
      events,
      whoUnknown: moved || events.length > 0 ? whoUnknown(scan.audit, events.length > 0) : null,
      quiet: before !== null && !moved && events.length === 0,
    });
    before = mark;
  }
  return out;
}

/** The scan's events for the control; a stored read of the wrong shape gives none rather than a crash. */
function readableEvents(scan: TimelineScanInput, controlId: string): AuditEvent[] {
  const audit: unknown = scan.audit;
  if (typeof audit !== 'object' || audit === null) return [];
  const events = (audit as { events?: unknown }).events;
  if ((audit as { status?: unknown }).status !== 'read' || !Array.isArray(events)) return [];
  const wellFormed = events.every(
    (e: Partial<AuditEvent> | null) =>
      typeof e?.id === 'string' &&
      typeof e.at === 'string' &&
      typeof e.activity === 'string' &&
      Array.isArray(e.controls) &&
      Array.isArray(e.changed),
  );
  return wellFormed ? auditEventsFor(scan, controlId) : [];
}

function whoUnknown(audit: AuditRead | undefined, named: boolean): string | null {
  if (audit?.status === 'read')
    // The newest events were kept: the one behind an older change may be among those left unread.
    return audit.truncated && !named
      ? 'Who changed it: not among the audit events read (the log held more than one scan reads).'
      : null;
  if (audit?.status !== 'unavailable') return null;
  return audit.permission
    ? `Who changed it: grant ${audit.permission} to see.`
    : `Who changed it: the audit log couldn’t be read. ${audit.reason}`;
}

/** "Failing → Passing, +8 points", "Partly passing, −2 points", "Failing → Couldn't tell, points unchanged". */
export function changeWords(before: TimelineMark, after: TimelineMark): string {
  const status =
    before.status === after.status
      ? statusLabel[after.status]
      : `${statusLabel[before.status]} → ${statusLabel[after.status]}`;
  const delta = roundPoints(after.score - before.score);
  if (delta === 0)
    return before.status === after.status ? 'Status and points unchanged' : `${status}, points unchanged`;
  const n = shownPoints(Math.abs(delta));
  return `${status}, ${delta > 0 ? '+' : '−'}${n} ${n === '1' ? 'point' : 'points'}`;
}

function dispositionEntries(record: DispositionRecord | null): TimelineDisposition[] {
  return (record?.trail ?? []).map((e): TimelineDisposition => {
    if (e.action === 'cleared')
      return { kind: 'disposition', at: e.at, by: e.by, action: 'cleared', label: dispositionLabel[e.was] };
    const d = e.disposition;
    return {
      kind: 'disposition',
      at: d.recordedAt,
      by: d.recordedBy,
      action: 'set',
      label: dispositionLabel[d.kind],
      ...(d.reason !== undefined ? { reason: d.reason } : {}),
      ...(d.reviewBy !== undefined ? { reviewBy: d.reviewBy } : {}),
      ...(d.note !== undefined ? { note: d.note } : {}),
    };
  });
}

/** Newest first in, newest first out: each run of quiet scans becomes one "unchanged" entry. */
function foldQuietRuns(entries: readonly (Measured | TimelineDisposition)[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of entries) {
    if (e.kind === 'disposition') {
      out.push(e);
      continue;
    }
    const { quiet, ...scan } = e;
    if (!quiet) {
      out.push(scan);
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === 'unchanged') out[out.length - 1] = { ...last, from: e.at, scans: last.scans + 1 };
    else out.push({ kind: 'unchanged', from: e.at, to: e.at, scans: 1, mark: e.mark });
  }
  return out;
}
