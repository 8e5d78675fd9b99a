import type { TenantModel } from '../../test/describe-control';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  needsEntraP2,
  RoleTemplates,
  staff,
} from '../../test/describe-control';
import control from './entra-privileged-roles-pim-managed';

const INSTANCES = '/roleManagement/directory/roleAssignmentScheduleInstances';

const assign = (t: TenantModel, roleDefinitionId: string, principalId: string): void => {
  t.roleAssignments.push({
    id: `test-${roleDefinitionId}-${principalId}`,
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
  });
};

/** The instances Graph derives from the tenant's assignments, made explicit so one can be changed. */
const explicitInstances = (t: TenantModel): NonNullable<TenantModel['roleAssignmentScheduleInstances']> =>
  (t.roleAssignmentScheduleInstances = t.roleAssignments.map((a) => ({
    id: a.id ?? '',
    principalId: a.principalId ?? null,
    roleDefinitionId: a.roleDefinitionId ?? null,
    directoryScopeId: '/',
    appScopeId: null,
    startDateTime: '2025-01-01T00:00:00Z',
    endDateTime: null,
    assignmentType: 'Assigned',
    memberType: 'Direct',
  })));

describeControl(control, {
  pass: {
    'only the two break-glass accounts are permanent': {
      reasonIncludes: 'apart from 2 break-glass Global Administrator account(s).',
      evidence: ['roleAssignmentScheduleInstances'],
    },
    'a time-bound Exchange assignment': {
      tenant: (t) => {
        assign(t, RoleTemplates.exchangeAdministrator, staff(t, 1)[0]!.id!);
        const last = explicitInstances(t).at(-1)!;
        last.endDateTime = '2026-12-31T00:00:00Z';
      },
    },
    'an activated eligibility': {
      tenant: (t) => {
        assign(t, RoleTemplates.securityAdministrator, staff(t, 1)[0]!.id!);
        explicitInstances(t).at(-1)!.assignmentType = 'Activated';
      },
    },
    'a permanent Exchange Administrator, when the declared privileged roles leave Exchange out': {
      tenant: (t) => assign(t, RoleTemplates.exchangeAdministrator, staff(t, 1)[0]!.id!),
      declarations: { emergencyAccess: [], exemptions: [], privilegedRoles: [RoleTemplates.globalAdministrator] },
      evidence: ['1 privileged roles (declared)'],
    },
  },
  fail: {
    'a permanent Exchange Administrator': {
      tenant: (t) => assign(t, RoleTemplates.exchangeAdministrator, staff(t, 1)[0]!.id!),
      reasonIncludes: ['1 permanent privileged role assignment(s)', '(Exchange Administrator).'],
    },
    'a third permanent Global Administrator': {
      tenant: (t) => assign(t, RoleTemplates.globalAdministrator, staff(t, 1)[0]!.id!),
      reasonIncludes: '3 permanent privileged role assignment(s)',
    },
    'a service principal as permanent Global Administrator': {
      tenant: (t) => {
        t.roleAssignments = t.roleAssignments.filter((a) => a.roleDefinitionId !== RoleTemplates.globalAdministrator);
        assign(t, RoleTemplates.globalAdministrator, t.servicePrincipals[0]!.id!);
      },
      reasonIncludes: '1 permanent privileged role assignment(s)',
    },
  },
  unknown: {
    '403 names RoleAssignmentSchedule.Read.Directory': {
      faults: [forbidden(INSTANCES)],
      reasonIncludes: ['HTTP 403', 'RoleAssignmentSchedule.Read.Directory'],
    },
    'assignmentType missing': {
      tenant: (t) => {
        delete explicitInstances(t)[0]!.assignmentType;
      },
      reasonIncludes: "'value[0].assignmentType' (missing)",
    },
    'principal not expanded': {
      faults: [
        malformed(INSTANCES, {
          value: [{ id: 'a', principalId: 'p', roleDefinitionId: 'r', assignmentType: 'Assigned', endDateTime: null }],
        }),
      ],
      reasonIncludes: "'value[0].principal' (missing)",
    },
    '500 on the instances': {
      faults: [failing(INSTANCES, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsEntraP2(),
});
