/**
 * Who changed what (issue 15): Entra audit-log events read for the window between two scans of a
 * tenant (`GET /auditLogs/directoryAudits`, AuditLog.Read.All), each attached at scan time to the
 * controls it can affect, and the members of the groups Conditional Access excludes, kept so the next
 * scan can tell who was added. Graph strings here are attacker-controlled: shown as text, never HTML.
 */

/** Who made a change: a person (by UPN) or an app (by display name). The log says which. */
export type AuditActor =
  | { readonly kind: 'user'; readonly upn: string; readonly id?: string }
  | { readonly kind: 'app'; readonly name: string; readonly id?: string };

/** One changed field, in words: `{ field: 'State', before: 'On', after: 'Report-only' }`. */
export interface AuditFieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** What an event acted on: a policy, a group, a user, a role … (`type` as the log names it). */
export interface AuditTarget {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
}

export interface AuditEvent {
  /** The log's own id, so the same event read by two scans is recognised. */
  readonly id: string;
  /** As the log names it ("Update conditional access policy"); compared case-insensitively. */
  readonly activity: string;
  /** When it happened (`activityDateTime`, ISO 8601). */
  readonly at: string;
  /** Null when the log names nobody (a Microsoft service acting on its own). */
  readonly actor: AuditActor | null;
  readonly targets: readonly AuditTarget[];
  /** The fields that changed, in words (a CA policy's JSON before and after, compared). */
  readonly changed: readonly AuditFieldChange[];
  /** Ids of the controls this change can affect, decided when the scan read it. */
  readonly controls: readonly string[];
}

/**
 * The audit read of one scan: the events of `[from, to]`, or why it couldn't be read (then the alert
 * says "who: grant AuditLog.Read.All to see", never a guess). `truncated`: more events than one scan
 * reads; the newest were kept.
 */
export type AuditRead =
  | {
      readonly status: 'read';
      readonly from: string;
      readonly to: string;
      readonly events: readonly AuditEvent[];
      readonly truncated?: boolean;
    }
  | {
      readonly status: 'unavailable';
      readonly from: string;
      readonly to: string;
      readonly reason: string;
      /** The permission that would make it readable, when that is why. */
      readonly permission?: string;
    };

/** A group some Conditional Access policy excludes, with its direct members at scan time. */
export interface ExclusionGroup {
  readonly id: string;
  readonly name: string | null;
  /** The policies that exclude it: adding someone to the group takes them out of these. */
  readonly policies: readonly { readonly id: string; readonly name: string | null }[];
  /** Direct members; null when they couldn't be read (then no membership diff is made). */
  readonly members: readonly { readonly id: string; readonly name: string | null }[] | null;
}

/** The events a scan attached to one control, newest first. */
export function auditEventsFor(scan: { readonly audit?: AuditRead }, controlId: string): AuditEvent[] {
  if (scan.audit?.status !== 'read') return [];
  return scan.audit.events.filter((e) => e.controls.includes(controlId)).sort((a, b) => b.at.localeCompare(a.at));
}

/** The actor as a person reads it: "alex@contoso.com", "Microsoft365DSC (app)", or "someone the log doesn't name". */
export function actorText(actor: AuditActor | null): string {
  if (!actor) return 'someone the log doesn’t name';
  return actor.kind === 'user' ? actor.upn : `${actor.name} (app)`;
}
