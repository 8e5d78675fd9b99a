/**
 * The bypass nobody scores (issue 15 §3): someone added to a group a Conditional Access policy excludes
 * loses that policy's MFA or block without any policy changing. Found from the audit log's "Add member
 * to group" events on those groups, and from a diff of their members between the two scans (which
 * still works when the log can't be read); notified even when no score moves.
 */
import type { ScanResult } from '../scan/run-scan';
import type { AuditEvent, ExclusionGroup } from './audit-event';
import { whoWithoutEvent, type AlertFinding, type Who } from './alert-finding';

type Addition = Extract<AlertFinding, { kind: 'exclusionAdded' }>;
type Scan = Pick<ScanResult, 'audit' | 'exclusionGroups' | 'controls'>;
type Member = { readonly id: string; readonly name: string | null };

// Activity names differ in casing between sources: compared lower-cased.
const ADD_MEMBER = 'add member to group';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The "Add member to group" events of the scan's audit read that name `groupId` among their targets. */
function additionsLogged(scan: Scan, groupId: string): { member: Member; event: AuditEvent }[] {
  if (scan.audit?.status !== 'read') return [];
  return scan.audit.events.flatMap((event) => {
    if (!same(event.activity, ADD_MEMBER) || !event.targets.some((t) => t.id === groupId)) return [];
    const user = event.targets.find((t) => t.id !== groupId && !same(t.type, 'group'));
    return user ? [{ member: { id: user.id, name: user.name }, event }] : [];
  });
}

/**
 * The control the notification opens: one whose evidence shows an escaped policy (ours before a
 * borrowed one), else one the log attached the event to.
 */
function controlFor(scan: Scan, group: ExclusionGroup, event: AuditEvent | undefined): string | null {
  const policyIds = new Set(group.policies.map((p) => p.id));
  const showing = scan.controls.filter((c) => c.evidence.some((e) => e.id !== undefined && policyIds.has(e.id)));
  const own = showing.find((c) => c.source === 'posture-lens') ?? showing[0];
  return own?.id ?? event?.controls[0] ?? null;
}

function additionsTo(previous: Scan, next: Scan, group: ExclusionGroup): Addition[] {
  const before = previous.exclusionGroups?.find((g) => g.id === group.id);
  const logged = additionsLogged(next, group.id);
  const added = new Map<string, { member: Member; event?: AuditEvent }>();
  // Newest event last, so the map keeps the latest addition of each member.
  for (const l of [...logged].sort((a, b) => a.event.at.localeCompare(b.event.at))) added.set(l.member.id, l);
  // A group newly excluded has no earlier members to compare with: only the log can say who was added.
  if (before?.members && group.members) {
    const had = new Set(before.members.map((m) => m.id));
    for (const m of group.members) if (!had.has(m.id) && !added.has(m.id)) added.set(m.id, { member: m });
  }
  const stillIn = group.members ? new Set(group.members.map((m) => m.id)) : null;
  return (
    [...added.values()]
      // Added and removed again between the scans: nobody escapes the policy now.
      .filter(({ member }) => !stillIn || stillIn.has(member.id))
      .map(({ member, event }) => {
        const named = group.members?.find((m) => m.id === member.id)?.name;
        const who: Who = event ? { kind: 'event', event } : whoWithoutEvent(next.audit);
        return {
          kind: 'exclusionAdded',
          controlId: controlFor(next, group, event),
          title: group.policies.map((p) => p.name ?? p.id).join(', '),
          pointsLost: 0,
          member: { id: member.id, name: member.name ?? named ?? null },
          group: { id: group.id, name: group.name },
          policies: group.policies,
          who,
        };
      })
  );
}

/** Everyone added to an excluded group between the two scans, with the policies they now escape. */
export function exclusionAdditions(previous: Scan, next: Scan): Addition[] {
  return (next.exclusionGroups ?? []).flatMap((g) => additionsTo(previous, next, g));
}
