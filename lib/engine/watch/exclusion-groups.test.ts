import { describe, expect, test } from 'vitest';
import type { CaPolicy } from '../../graph/sources/conditional-access-policies';
import { nameKey } from '../../graph/sources/excluded-group-members';
import { exclusionGroupsOf } from './exclusion-groups';

const policy = (id: string, state: string, excludeGroups: string[]) =>
  ({ id, displayName: `Policy ${id}`, state, conditions: { users: { excludeGroups } } }) as unknown as CaPolicy;
const policies = {
  ok: true as const,
  value: [
    policy('p1', 'enabled', ['G1']),
    policy('p2', 'enabledForReportingButNotEnforced', ['g1', 'g2']),
    policy('p3', 'disabled', ['g3']),
  ],
};
const members = (count: number, ids: string[]) => ({
  kind: 'members' as const,
  count,
  members: ids.map((id) => ({ id, displayName: `User ${id}`, '@odata.type': '#microsoft.graph.user' })),
});

describe('exclusionGroupsOf', () => {
  test('every group a live policy excludes, the policies it escapes, its direct members', () => {
    const read = {
      ok: true as const,
      value: {
        g1: members(2, ['u1', 'u2']),
        [nameKey('g1')]: { kind: 'group', id: 'g1', displayName: 'Exceptions' },
        g2: members(1000, ['u3']),
      },
    };
    const groups = exclusionGroupsOf(policies, read, () => null);
    expect(groups).toEqual([
      {
        id: 'g1',
        name: 'Exceptions',
        policies: [
          { id: 'p1', name: 'Policy p1' },
          { id: 'p2', name: 'Policy p2' },
        ],
        members: [
          { id: 'u1', name: 'User u1' },
          { id: 'u2', name: 'User u2' },
        ],
      },
      // Larger than the page read: a partial list would make the next diff lie.
      { id: 'g2', name: null, policies: [{ id: 'p2', name: 'Policy p2' }], members: null },
    ]);
  });

  test('members unreadable: null, never empty; policies unreadable: no list at all', () => {
    const failed = { ok: false as const, reason: { kind: 'throttled' as const, source: 'x' } };
    expect(exclusionGroupsOf(policies, failed, () => 'Named')?.map((g) => [g.name, g.members])).toEqual([
      ['Named', null],
      ['Named', null],
    ]);
    expect(exclusionGroupsOf(failed, undefined, () => null)).toBeUndefined();
  });
});
