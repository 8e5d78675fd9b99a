/**
 * A scan's audit read, start to end: the window it asks for, the two requests that go in the first
 * wave, and the `AuditRead` made from their answers. Fail closed: a refused, throttled, failed or
 * malformed answer makes the read `unavailable` with the reason (and the permission when that is why),
 * never a partial list, and never a failed scan.
 */
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { sourceKey } from '../../graph/sources/define-source';
import {
  AUDIT_PERMISSION,
  directoryAuditSources,
  type AuditPage,
  type AuditWindow,
} from '../../graph/sources/directory-audits';
import { LICENCE_CODES, readSource, type Read } from '../scan/run-control';
import type { UnknownReason } from '../verdict/reasons';
import type { AnyControl } from '../verdict/control';
import { sourceReaders } from './attach-audit';
import type { AuditRead, ExclusionGroup } from './audit-event';
import { auditEventsOf } from './audit-events';
import type { NameOf } from './ca-policy-diff';

const DAY_MS = 86_400_000;
/** The longest the log keeps events (Entra ID P1/P2; Free keeps 7 days): older ones can't be asked for. */
export const AUDIT_RETENTION_DAYS = 30;
/** How far back a tenant's first scan looks: Free's whole retention. */
export const FIRST_WINDOW_DAYS = 7;

/** From the previous scan (at most the log's retention back) to this one; no previous scan: 7 days. */
export function auditWindowOf(scannedAt: string, previousScannedAt?: string | null): AuditWindow {
  const to = Date.parse(scannedAt);
  const previous = previousScannedAt ? Date.parse(previousScannedAt) : Number.NaN;
  const from =
    Number.isFinite(previous) && previous < to
      ? Math.max(previous, to - AUDIT_RETENTION_DAYS * DAY_MS)
      : to - FIRST_WINDOW_DAYS * DAY_MS;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** Graph's "no licence for this" codes: then no permission would help. */
const licenceRefused = (outcome: GraphOutcome | undefined): boolean =>
  outcome !== undefined && !outcome.ok && outcome.code !== undefined && LICENCE_CODES.has(outcome.code);

/** Why the log couldn't be read, in a sentence; the request itself is too long to quote. */
function why(reason: UnknownReason, outcome: GraphOutcome | undefined): string {
  if (licenceRefused(outcome)) return "Graph refused the audit log: it says the tenant's licence doesn't include it.";
  switch (reason.kind) {
    case 'missingPermission':
      return `Graph refused the audit log (HTTP 403): grant ${AUDIT_PERMISSION} to see who changed what.`;
    case 'throttled':
      return 'Graph kept throttling the audit-log read (HTTP 429).';
    case 'malformedField':
      return `The audit log answered with a missing or malformed '${reason.path}' (${reason.problem}).`;
    case 'requestFailed':
      return reason.status === 'offline'
        ? 'The audit log could not be reached (offline or blocked).'
        : `The audit-log read failed with HTTP ${reason.status}.`;
    // A static read never fails these ways; should one ever arrive, it is still no answer.
    case 'notLicensed':
      return "Graph refused the audit log: it says the tenant's licence doesn't include it.";
    case 'dnsFailed':
    case 'serviceFailed':
    case 'noDnsResolver':
    case 'notEvaluated':
    case 'evaluatorError':
      return 'The audit log could not be read.';
  }
}

export interface AuditInputs {
  readonly window: AuditWindow;
  readonly outcomes: ReadonlyMap<string, GraphOutcome>;
  readonly controls: readonly AnyControl[];
  /** This scan's exclusion groups: additions to them are kept, to other groups dropped. */
  readonly exclusionGroups: readonly ExclusionGroup[] | undefined;
  readonly nameOf: NameOf;
}

/** The events of the window, attached to controls, or why they couldn't be read. */
export function auditReadOf(inputs: AuditInputs): AuditRead {
  const { window, outcomes } = inputs;
  const pages: AuditPage[] = [];
  for (const source of directoryAuditSources(window)) {
    const outcome = outcomes.get(sourceKey(source));
    const read: Read<AuditPage> = readSource(source, outcome);
    if (!read.ok) {
      const permission =
        read.reason.kind === 'missingPermission' && !licenceRefused(outcome) ? { permission: AUDIT_PERMISSION } : {};
      return { status: 'unavailable', ...window, reason: why(read.reason, outcome), ...permission };
    }
    pages.push(read.value);
  }
  const excluded = new Set((inputs.exclusionGroups ?? []).map((g) => g.id.toLowerCase()));
  const events = auditEventsOf(
    pages.flatMap((p) => p.rows),
    sourceReaders(inputs.controls),
    excluded,
    inputs.nameOf,
  );
  const truncated = pages.some((p) => p.more);
  return { status: 'read', ...window, events, ...(truncated ? { truncated } : {}) };
}
