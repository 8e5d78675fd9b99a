import { expect } from 'vitest';
import {
  addGroup,
  describeControl,
  failing,
  forbidden,
  hardenedE5Ids,
  malformed,
  RoleTemplates,
  withoutServicePlans,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-global-admins-limited';

const ACTIVE = '/roleManagement/directory/roleAssignments';
const ELIGIBLE = '/roleManagement/directory/roleEligibilityScheduleInstances';
const GA = RoleTemplates.globalAdministrator;

/** Admin accounts in the golden tenant that hold other roles through PIM, by display name. */
const admin = (t: TenantModel, displayName: string): string => t.users.find((u) => u.displayName === displayName)!.id!;
const PRIYA = 'Priya Raman (admin)';
const TOM = 'Tom Kelly (admin)';

const activeGa = (t: TenantModel, principalId: string): void => {
  t.roleAssignments.push({
    id: `test-ga-${principalId}`,
    principalId,
    roleDefinitionId: GA,
    directoryScopeId: '/',
    appScopeId: null,
  });
};
const eligibleGa = (t: TenantModel, principalId: string): void => {
  t.roleEligibilityScheduleInstances.push({
    id: `test-ga-eligible-${principalId}`,
    principalId,
    roleDefinitionId: GA,
    directoryScopeId: '/',
    appScopeId: null,
    memberType: 'Direct',
    startDateTime: '2026-10-01T00:00:00Z',
    endDateTime: null,
  });
};
const noEligibleGa = (t: TenantModel): void => {
  t.roleEligibilityScheduleInstances = t.roleEligibilityScheduleInstances.filter((e) => e.roleDefinitionId !== GA);
};

describeControl(control, {
  pass: {
    'two break-glass accounts and one PIM-eligible administrator': {
      reasonIncludes: '3 people hold Global Administrator.',
      evidence: ['Break Glass 01', 'Break Glass 02', 'Alex Chen (admin)'],
      check: (r) => {
        expect(r.affected).toMatchObject({ noun: 'Global Administrators', count: 3 });
        expect(r.evidence.find((e) => e.displayName === 'Alex Chen (admin)')?.note).toBe('PIM eligible.');
      },
    },
    'just the two break-glass accounts': {
      tenant: noEligibleGa,
      reasonIncludes: '2 people hold Global Administrator.',
    },
    'four, counting one more active assignment': {
      tenant: (t) => activeGa(t, admin(t, PRIYA)),
      reasonIncludes: '4 people hold Global Administrator.',
    },
    'someone both active and eligible counts once': {
      tenant: (t) => activeGa(t, hardenedE5Ids.eligibleGlobalAdmin),
      reasonIncludes: '3 people hold Global Administrator.',
    },
    'without Entra ID P2, PIM is not read and active assignments decide': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM_P2'),
      reasonIncludes: ['2 people hold Global Administrator (PIM', 'only active ones are counted'],
    },
  },
  fail: {
    'a single Global Administrator is a single point of failure': {
      tenant: (t) => {
        noEligibleGa(t);
        t.roleAssignments = t.roleAssignments.filter((a) => a.principalId !== hardenedE5Ids.breakGlass[1]);
      },
      reasonIncludes: 'Only 1 person holds Global Administrator: one lost account locks you out.',
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Break Glass 01'] }),
    },
    'five active Global Administrators are more than CIS allows': {
      tenant: (t) => {
        activeGa(t, admin(t, PRIYA));
        activeGa(t, admin(t, TOM));
      },
      reasonIncludes: '5 people hold Global Administrator; CIS 1.1.3 allows at most 4.',
      evidence: [PRIYA, TOM],
      check: (r) =>
        expect(r.affected).toMatchObject({ count: 5, sample: expect.arrayContaining([PRIYA, TOM]) as unknown }),
    },
    'five counting PIM-eligible administrators': {
      tenant: (t) => {
        eligibleGa(t, admin(t, PRIYA));
        eligibleGa(t, admin(t, TOM));
      },
      reasonIncludes: '5 people hold Global Administrator; CIS 1.1.3 allows at most 4.',
    },
    'five active ones fail even when PIM eligibility cannot be read': {
      tenant: (t) => {
        for (const name of [PRIYA, TOM, 'Sara Lind (admin)']) activeGa(t, admin(t, name));
      },
      faults: [forbidden(ELIGIBLE)],
      reasonIncludes: ['5 people hold Global Administrator (PIM', 'CIS 1.1.3 allows at most 4.'],
    },
    'a role-assignable group holding the role hides its members': {
      tenant: (t) => activeGa(t, addGroup(t, 'Tier 0 admins', [admin(t, PRIYA), admin(t, TOM)], true)),
      reasonIncludes: '3 people hold Global Administrator directly, and 1 group(s) hold it too (Tier 0 admins)',
      evidence: ['Tier 0 admins'],
    },
    'a group eligible for the role through PIM': {
      tenant: (t) => eligibleGa(t, addGroup(t, 'Tier 0 admins', [admin(t, PRIYA)], true)),
      reasonIncludes: 'and 1 group(s) hold it too (Tier 0 admins)',
    },
  },
  unknown: {
    // Fail-open closed: an unread eligibility list can hide more Global Administrators than CIS allows.
    'PIM eligibility refused (403) where active assignments alone would pass': {
      faults: [forbidden(ELIGIBLE)],
      reasonIncludes: ['HTTP 403', 'RoleEligibilitySchedule.Read.Directory'],
    },
    'a malformed PIM answer where active assignments alone would pass': {
      faults: [malformed(ELIGIBLE, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].principalId' (missing)",
    },
    '403 on role assignments names RoleManagement.Read.Directory': {
      faults: [forbidden(ACTIVE)],
      reasonIncludes: ['HTTP 403', 'RoleManagement.Read.Directory', 'roleAssignments'],
    },
    'an assignment without a principal id': {
      faults: [malformed(ACTIVE, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].principalId' (missing)",
    },
    'a principal type that is a number': {
      faults: [
        malformed(ACTIVE, {
          value: [
            {
              id: 'a',
              principalId: 'p',
              roleDefinitionId: GA,
              principal: { '@odata.type': 42, id: 'p', displayName: 'X' },
            },
          ],
        }),
      ],
      reasonIncludes: "'value[0].principal.@odata.type' (expected string, got number)",
    },
    'a principal without a display name': {
      faults: [
        malformed(ACTIVE, {
          value: [
            {
              id: 'a',
              principalId: 'p',
              roleDefinitionId: GA,
              principal: { '@odata.type': '#microsoft.graph.user', id: 'p' },
            },
          ],
        }),
      ],
      reasonIncludes: "'value[0].principal.displayName' (missing)",
    },
    'an assignment whose principal was not expanded': {
      tenant: (t) => activeGa(t, '00000000-0000-0000-0000-00000000dead'),
      reasonIncludes: ['.principal', 'got null'],
    },
    '500 on role assignments': {
      faults: [failing(ACTIVE, 500)],
      reasonIncludes: 'HTTP 500',
    },
    '404 on role assignments': {
      faults: [failing(ACTIVE, 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
