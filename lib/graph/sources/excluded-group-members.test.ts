import { describe, expect, test } from 'vitest';
import { resolveExclusions } from '../../../controls/shared/excluded-people';
import type { CaPolicy } from './conditional-access-policies';
import { NOT_FOUND } from './define-source';
import { ACTIVE_ROLES, ELIGIBLE_ROLES, excludedGroupMembers, type ExclusionRead } from './excluded-group-members';

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

  describe("a group holding an excluded role that isn't in the tenant (GDAP)", () => {
    const READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
    const PARTNER = 'fab0a000-0000-4000-8000-0000000000a1';
    const holders = (principal: object): ExclusionRead => ({
      kind: 'roleHolders',
      eligible: false,
      notLicensed: false,
      holders: [{ roleDefinitionId: READER, principal: principal as never }],
    });
    const noEligible: ExclusionRead = { kind: 'roleHolders', eligible: true, notLicensed: true, holders: [] };
    const partnerGroup = { '@odata.type': '#microsoft.graph.group', id: PARTNER, displayName: 'Partner Readers' };
    const policy = (excludeRoles: string[], excludeGroups: string[] = []) =>
      ({
        conditions: { users: { excludeUsers: [], excludeGroups, excludeRoles, excludeGuestsOrExternalUsers: null } },
      }) as unknown as CaPolicy;

    test('only a role-holding group’s members may answer 404; an excluded or nested group’s may not', () => {
      const planned = excludedGroupMembers.next!({
        [ACTIVE_ROLES]: holders(partnerGroup),
        [ELIGIBLE_ROLES]: noEligible,
        [GROUP]: {
          kind: 'members',
          count: 1,
          members: [{ id: 'aaaa0000-0000-4000-8000-000000000001', '@odata.type': '#microsoft.graph.group' }],
        },
      });
      expect(planned.map((r) => [r.key, r.notFoundIsAnAnswer ?? false])).toEqual([
        ['aaaa0000-0000-4000-8000-000000000001', false],
        [PARTNER, true],
      ]);
    });

    test('its 404 is read as "outside the tenant", and who it lets through says so by name', () => {
      const read = excludedGroupMembers.parse(NOT_FOUND, PARTNER);
      expect(read).toEqual({ ok: true, value: { kind: 'outsideTenant' } });
      if (!read.ok) return;
      const data = { [ACTIVE_ROLES]: holders(partnerGroup), [ELIGIBLE_ROLES]: noEligible, [PARTNER]: read.value };
      const r = resolveExclusions(policy([READER]), data);
      expect(r.people).toEqual([]);
      expect(r.unresolved).toEqual([
        `group 'Partner Readers' (${PARTNER}) holds the role but isn't in this tenant's directory (Graph answers 404 for its members): a partner's group over GDAP, whose members live in the partner's tenant`,
      ]);
    });

    test('a group of our own holding the role is walked as before', () => {
      const own = { '@odata.type': '#microsoft.graph.group', id: GROUP, displayName: 'Readers' };
      const data = {
        [ACTIVE_ROLES]: holders(own),
        [ELIGIBLE_ROLES]: noEligible,
        [GROUP]: members([{ id: 'u1', displayName: 'Reception', '@odata.type': '#microsoft.graph.user' }]),
      };
      const parsed = excludedGroupMembers.parse(data[GROUP], GROUP);
      if (!parsed.ok) throw new Error(parsed.problem);
      const r = resolveExclusions(policy([READER]), { ...data, [GROUP]: parsed.value });
      expect(r.people.map((p) => p.name)).toEqual(['Reception']);
      expect(r.unresolved).toEqual([]);
    });
  });
});
