/**
 * Audit-log rows, as read, into the events a scan keeps: who (a user's UPN or an app's name), what was
 * acted on, the fields that changed in words, and the controls each change can affect.
 */
import { ADD_GROUP_MEMBER, type AuditProperty, type AuditRow } from '../../graph/sources/directory-audits';
import { attachedControls, type SourceReaders } from './attach-audit';
import type { AuditActor, AuditEvent, AuditFieldChange, AuditTarget } from './audit-event';
import { diffCaPolicy, parseLogged, type NameOf } from './ca-policy-diff';

/** The user who acted (by UPN), else the app (by name), else nobody the log names. */
export function actorOf(row: AuditRow): AuditActor | null {
  const user = row.initiatedBy.user;
  if (user?.userPrincipalName)
    return { kind: 'user', upn: user.userPrincipalName, ...(user.id ? { id: user.id } : {}) };
  const app = row.initiatedBy.app;
  const name = app?.displayName ?? app?.appId;
  if (!app || !name) return null;
  const id = app.servicePrincipalId ?? app.appId;
  return { kind: 'app', name, ...(id ? { id } : {}) };
}

const is = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
/** A logged value as text: JSON strings unwrapped, lists joined. */
function valueText(value: string | null | undefined): string {
  const v = parseLogged(value);
  if (v === null) return '—';
  if (Array.isArray(v))
    return v.length === 0 ? 'none' : v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ');
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Properties the log adds to say what it logged, not what changed. */
const BOOKKEEPING =
  /^(included updated properties|action client name|targetid\.|group\.(objectid|displayname|wellknownobjectname)$)/i;

/** The group an "Add member to group" names: a Group target, or the member's Group.ObjectID property. */
export function addedToGroup(row: AuditRow): { id: string; name: string | null } | null {
  const targets = row.targetResources ?? [];
  const group = targets.find((t) => is(t.type, 'Group') && t.id);
  if (group?.id) return { id: group.id, name: group.displayName ?? null };
  const props = targets.flatMap((t) => t.modifiedProperties ?? []);
  const id = parseLogged(props.find((p) => is(p.displayName, 'Group.ObjectID'))?.newValue);
  const name = parseLogged(props.find((p) => is(p.displayName, 'Group.DisplayName'))?.newValue);
  return typeof id === 'string' ? { id, name: typeof name === 'string' ? name : null } : null;
}

function changesOf(props: readonly AuditProperty[], nameOf: NameOf): AuditFieldChange[] {
  return props.flatMap((p): AuditFieldChange[] => {
    if (is(p.displayName, 'ConditionalAccessPolicy'))
      return diffCaPolicy(parseLogged(p.oldValue), parseLogged(p.newValue), nameOf);
    if (!p.displayName || BOOKKEEPING.test(p.displayName)) return [];
    const before = valueText(p.oldValue);
    const after = valueText(p.newValue);
    return before === after ? [] : [{ field: p.displayName, before, after }];
  });
}

function targetsOf(row: AuditRow): AuditTarget[] {
  const targets: AuditTarget[] = (row.targetResources ?? []).map((t) => ({
    id: t.id ?? '',
    type: t.type ?? '',
    name: t.displayName ?? t.userPrincipalName ?? null,
  }));
  const group = is(row.activityDisplayName, ADD_GROUP_MEMBER) ? addedToGroup(row) : null;
  if (group && !targets.some((t) => is(t.id, group.id)))
    targets.push({ id: group.id, type: 'Group', name: group.name });
  return targets;
}

function changedOf(row: AuditRow, nameOf: NameOf): AuditFieldChange[] {
  if (is(row.activityDisplayName, ADD_GROUP_MEMBER)) {
    const member = (row.targetResources ?? []).find((t) => !is(t.type, 'Group'));
    const group = addedToGroup(row);
    const who =
      member?.displayName ?? member?.userPrincipalName ?? (member?.id ? (nameOf(member.id) ?? member.id) : 'a member');
    // Read as "reception@contoso.com in CA - Legacy Auth Exceptions: not a member → member".
    return group ? [{ field: `${who} in ${group.name ?? group.id}`, before: 'not a member', after: 'member' }] : [];
  }
  return changesOf(
    (row.targetResources ?? []).flatMap((t) => t.modifiedProperties ?? []),
    nameOf,
  );
}

/**
 * The events a scan keeps: successful changes only (a failed attempt changed nothing), each with the
 * controls it can affect; additions to groups no Conditional Access policy excludes are left out.
 */
export function auditEventsOf(
  rows: readonly AuditRow[],
  readers: SourceReaders,
  excludedGroups: ReadonlySet<string>,
  nameOf: NameOf,
): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (const row of rows) {
    if (row.result && row.result !== 'success') continue;
    const group = is(row.activityDisplayName, ADD_GROUP_MEMBER) ? addedToGroup(row) : null;
    const controls = attachedControls(row.activityDisplayName, group?.id ?? null, readers, excludedGroups);
    if (is(row.activityDisplayName, ADD_GROUP_MEMBER) && controls.length === 0) continue;
    events.push({
      id: row.id,
      activity: row.activityDisplayName,
      at: row.activityDateTime,
      actor: actorOf(row),
      targets: targetsOf(row),
      changed: changedOf(row, nameOf),
      controls,
    });
  }
  return events.sort((a, b) => b.at.localeCompare(a.at));
}
