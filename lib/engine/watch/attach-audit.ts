/**
 * Which controls an audit event can affect, decided from data: the Graph sources each control reads,
 * and the sources each watched activity changes (`WATCHED_ACTIVITIES`). A control that reads the
 * Conditional Access policies hears of every policy change; one that reads group membership hears of
 * additions to the groups those policies exclude. Activity names are matched case-insensitively: the
 * log, the docs and KQL spell them differently.
 */
import { isDerived, isDnsSource } from '../../graph/sources/define-source';
import { ADD_GROUP_MEMBER, WATCHED_ACTIVITIES } from '../../graph/sources/directory-audits';
import { excludedGroupMembers } from '../../graph/sources/excluded-group-members';
import { sourceOf, type AnyControl, type SourceMap } from '../verdict/control';

/** Control ids by the id of a Graph source they read (derived and DNS sources also by their parent's). */
export type SourceReaders = ReadonlyMap<string, readonly string[]>;

export function sourceReaders(controls: readonly AnyControl[]): SourceReaders {
  const readers = new Map<string, string[]>();
  const add = (sourceId: string, controlId: string) => {
    const list = readers.get(sourceId) ?? [];
    if (!list.includes(controlId)) list.push(controlId);
    readers.set(sourceId, list);
  };
  for (const c of controls)
    for (const spec of Object.values(c.sources as SourceMap)) {
      const s = sourceOf(spec);
      add(s.id, c.id);
      if (isDerived(s) || isDnsSource(s)) add(s.from.id, c.id);
    }
  return readers;
}

const BY_ACTIVITY = new Map(Object.entries(WATCHED_ACTIVITIES).map(([name, ids]) => [name.toLowerCase(), ids]));

/**
 * The controls one event can affect, sorted. An addition to a group counts only when the group is one
 * a Conditional Access policy excludes (`excludedGroups`, lower-case ids).
 */
export function attachedControls(
  activity: string,
  groupId: string | null,
  readers: SourceReaders,
  excludedGroups: ReadonlySet<string>,
): string[] {
  const name = activity.toLowerCase();
  if (name === ADD_GROUP_MEMBER.toLowerCase()) {
    if (!groupId || !excludedGroups.has(groupId.toLowerCase())) return [];
    return [...(readers.get(excludedGroupMembers.id) ?? [])].sort();
  }
  const sources = BY_ACTIVITY.get(name) ?? [];
  return [...new Set(sources.flatMap((id) => readers.get(id) ?? []))].sort();
}
