/**
 * The groups Conditional Access excludes, with their direct members, from what the scan already read
 * (the policies and the excluded-group-members follow-ups): adding someone to one of them takes that
 * person out of the policy without touching it, so the next scan compares the members.
 */
import type { CaPolicy } from '../../graph/sources/conditional-access-policies';
import { nameKey, type ExclusionRead } from '../../graph/sources/excluded-group-members';
import type { Read } from '../scan/run-control';
import type { ExclusionGroup } from './audit-event';

/**
 * Every group a live (on or report-only) policy excludes, sorted by id; members null when they
 * couldn't be read, or when the group is larger than the one page read (a partial list would make a
 * membership diff lie). Absent (undefined) when the policies themselves couldn't be read.
 */
export function exclusionGroupsOf(
  policies: Read<CaPolicy[]>,
  members: Read | undefined,
  nameOf: (id: string) => string | null,
): ExclusionGroup[] | undefined {
  if (!policies.ok) return undefined;
  const reads = members?.ok ? (members.value as Readonly<Record<string, ExclusionRead>>) : {};
  const byGroup = new Map<string, { id: string; name: string | null }[]>();
  for (const p of policies.value) {
    if (p.state === 'disabled') continue;
    for (const g of p.conditions.users.excludeGroups) {
      const list = byGroup.get(g.toLowerCase()) ?? [];
      list.push({ id: p.id, name: p.displayName ?? null });
      byGroup.set(g.toLowerCase(), list);
    }
  }
  return [...byGroup]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, policiesOf]) => {
      const read = reads[id];
      const named = reads[nameKey(id)];
      const complete = read?.kind === 'members' && read.count <= read.members.length;
      return {
        id,
        name: (named?.kind === 'group' ? named.displayName : null) ?? nameOf(id),
        policies: policiesOf,
        members: complete ? read.members.map((m) => ({ id: m.id, name: m.displayName ?? null })) : null,
      };
    });
}
