/**
 * One thing a scheduled scan found worth telling the admin (issue 15 §1, §3, §5), with who did it and
 * when where the audit log says, and never a guess where it can't.
 */
import type { Status } from '../verdict/status';
import { auditEventsFor, type AuditEvent, type AuditRead } from './audit-event';

export interface StatusPoints {
  readonly status: Status;
  readonly score: number;
}

/**
 * Who changed it, as far as the scan could tell: the log's event, the permission that would have read
 * the log, why else it couldn't be read, or nothing to name (the log has no event for it, or nobody
 * changed anything: a review date, a control new to the catalogue).
 */
export type Who =
  | { readonly kind: 'event'; readonly event: AuditEvent }
  | { readonly kind: 'needsPermission'; readonly permission: string }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'notInLog' };

interface FindingBase {
  /** The control the notification opens at its timeline (for a group addition, the escaped policy's control). */
  readonly controlId: string | null;
  readonly title: string;
  /** Points lost (positive), 0 when the change costs none. */
  readonly pointsLost: number;
  readonly who: Who;
}

export type AlertFinding =
  | (FindingBase & {
      /** A control's status or points dropped, or a control new to the scan fails. */
      readonly kind: 'regression' | 'newFailing';
      readonly controlId: string;
      readonly before: StatusPoints | null;
      readonly after: StatusPoints;
      /** Ours, or borrowed from Microsoft Secure Score (the "own controls only" threshold skips those). */
      readonly source: 'posture-lens' | 'microsoft';
    })
  | (FindingBase & {
      /**
       * A review control's cadence ran out (`due: 'review'`: it stops earning its points until reviewed
       * again), or a risk acceptance's review date came (`'riskAccepted'`), since the previous scan.
       */
      readonly kind: 'reviewDue';
      readonly due: 'review' | 'riskAccepted';
      readonly controlId: string;
      /** When it came due: ISO for a review, `YYYY-MM-DD` for an accepted risk. */
      readonly reviewBy: string;
      /** Who last marked it Reviewed, or who accepted the risk. */
      readonly lastBy: string;
    })
  | (FindingBase & {
      /** Someone was added to a group a Conditional Access policy excludes. */
      readonly kind: 'exclusionAdded';
      readonly member: { readonly id: string; readonly name: string | null };
      readonly group: { readonly id: string; readonly name: string | null };
      readonly policies: readonly { readonly id: string; readonly name: string | null }[];
    })
  | (FindingBase & {
      /** Controls this tenant never had: a new catalogue version's, or new Secure Score profiles. */
      readonly kind: 'newControls';
      readonly controls: readonly { readonly id: string; readonly title: string; readonly maxScore: number }[];
    });

/** Who made the change a control shows, from the events the scan attached to it. */
export function whoChanged(scan: { readonly audit?: AuditRead }, controlId: string): Who {
  const latest = auditEventsFor(scan, controlId)[0];
  return latest ? { kind: 'event', event: latest } : whoWithoutEvent(scan.audit);
}

/** Why no event names the actor: the log couldn't be read (and what would read it), or it has none. */
export function whoWithoutEvent(audit: AuditRead | undefined): Who {
  if (!audit) return { kind: 'unreadable', reason: 'this scan didn’t read the audit log' };
  if (audit.status === 'read') return { kind: 'notInLog' };
  // A 403 names the permission; the only one the directory audit log takes is AuditLog.Read.All.
  if (audit.permission) return { kind: 'needsPermission', permission: audit.permission };
  return { kind: 'unreadable', reason: audit.reason };
}
