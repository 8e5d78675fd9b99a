import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  RoleTemplates,
  staff,
  withoutServicePlans,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-least-privileged-roles-used';

const ACTIVE = '/roleManagement/directory/roleAssignments';
const ELIGIBLE = '/roleManagement/directory/roleEligibilityScheduleInstances';
const GA = RoleTemplates.globalAdministrator;

const admin = (t: TenantModel, displayName: string): string => t.users.find((u) => u.displayName === displayName)!.id!;
/** Every privileged eligibility becomes Global Administrator. */
const allEligibleAreGa = (t: TenantModel): void => {
  for (const e of t.roleEligibilityScheduleInstances) e.roleDefinitionId = GA;
};
const activeGa = (t: TenantModel, principalId: string): void => {
  t.roleAssignments.push({ id: `test-${principalId}`, principalId, roleDefinitionId: GA, directoryScopeId: '/' });
};

describeControl(control, {
  pass: {
    'break-glass and one eligible Global Administrator, narrower roles for the rest': {
      reasonIncludes:
        '3 Global Administrators to 3 users with only other privileged roles: least-privileged roles are used.',
      evidence: ['privilegedRoleAssignments'],
    },
  },
  fail: {
    'one more active Global Administrator tips the ratio': {
      tenant: (t) => activeGa(t, admin(t, 'Priya Raman (admin)')),
      reasonIncludes: '4 Global Administrators to 2 users with only other privileged roles',
      check: (r) => expect(r.affected).toMatchObject({ count: 4 }),
    },
    'everyone eligible is made Global Administrator': {
      tenant: allEligibleAreGa,
      reasonIncludes: 'more people hold Global Administrator than narrower roles (CISA MS.AAD.7.2v1).',
      check: (r) => expect(r.affected).toMatchObject({ noun: 'Global Administrators' }),
    },
    'without PIM read, the two break-glass accounts outnumber active narrower roles': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM_P2'),
      reasonIncludes:
        "2 Global Administrators to 0 users with only other privileged roles (PIM-eligible assignments couldn't be read",
    },
  },
  unknown: {
    // Fail-open closed: unread eligibilities can hide Global Administrators that would tip the ratio.
    'PIM eligibility refused (403) where active assignments alone would pass': {
      tenant: (t) => {
        for (const u of staff(t, 3))
          t.roleAssignments.push({
            id: `test-sec-${u.id}`,
            principalId: u.id!,
            roleDefinitionId: RoleTemplates.securityAdministrator,
            directoryScopeId: '/',
          });
      },
      faults: [forbidden(ELIGIBLE)],
      reasonIncludes: ['HTTP 403', 'RoleEligibilitySchedule.Read.Directory'],
    },
    'a malformed PIM answer is unknown, naming the field: hidden narrower roles could tip the ratio back': {
      faults: [malformed(ELIGIBLE, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].principalId' (missing)",
    },
    'a PIM eligibility listed twice is refused, not a fail (fuzz, hardenedE5 seed 102)': {
      tenant: (t) => {
        t.roleEligibilityScheduleInstances.push(structuredClone(t.roleEligibilityScheduleInstances[0]!));
      },
      reasonIncludes: 'is listed twice',
    },
    'PIM eligibility refused (403) where active assignments alone would fail': {
      tenant: (t) => activeGa(t, admin(t, 'Priya Raman (admin)')),
      faults: [forbidden(ELIGIBLE)],
      reasonIncludes: ['HTTP 403', 'RoleEligibilitySchedule.Read.Directory'],
    },
    '403 on role assignments names RoleManagement.Read.Directory': {
      faults: [forbidden(ACTIVE)],
      reasonIncludes: ['HTTP 403', 'RoleManagement.Read.Directory'],
    },
    'an assignment without a principal id': {
      faults: [malformed(ACTIVE, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].principalId' (missing)",
    },
    'no user holds a privileged role': {
      tenant: (t) => {
        t.roleAssignments = [];
        t.roleEligibilityScheduleInstances = [];
      },
      reasonIncludes: 'No user holds a privileged role',
    },
    '500 on role assignments': {
      faults: [failing(ACTIVE, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
