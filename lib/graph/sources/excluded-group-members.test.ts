import { describe, expect, test } from 'vitest';
import { resolveExclusions } from '../../../controls/shared/excluded-people';
import type { CaPolicy } from './conditional-access-policies';
import { excludedGroupMembers } from './excluded-group-members';

const GROUP = '11111111-1111-4111-8111-111111111111';
const members = (value: unknown[]) => ({ '@odata.count': value.length, value });

describe('excluded group members', () => {
  test('a member without @odata.type is malformed, never silently "not a person"', () => {
    const r = excludedGroupMembers.parse(members([{ id: 'u1', displayName: 'Reception' }]), GROUP);
    expect(r).toMatchObject({ ok: false, path: 'value[0].@odata.type', problem: 'missing' });
  });

  test('a member of a type Posture Lens does not know counts as a person', () => {
    const read = excludedGroupMembers.parse(
      members([
        { id: 'u1', displayName: 'Reception', '@odata.type': '#microsoft.graph.user' },
        { id: 'x1', displayName: 'Agent 7', '@odata.type': '#microsoft.graph.agentUser' },
        { id: 'd1', displayName: 'Kiosk-01', '@odata.type': '#microsoft.graph.device' },
      ]),
      GROUP,
    );
    if (!read.ok) throw new Error(read.problem);
    const policy = {
      conditions: {
        users: { excludeUsers: [], excludeGroups: [GROUP], excludeRoles: [], excludeGuestsOrExternalUsers: null },
      },
    } as unknown as CaPolicy;
    const r = resolveExclusions(policy, { [GROUP]: read.value });
    expect(r.people.map((p) => p.name)).toEqual(['Reception', 'Agent 7']);
    expect(r.others.map((p) => p.name)).toEqual(['Kiosk-01']);
  });
});
