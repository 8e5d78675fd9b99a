import type * as Graph from '@microsoft/microsoft-graph-types';
import { roleInfo } from '../built-in-roles';
import {
  activatedDirectoryRoles,
  roleAssignmentScheduleInstances,
  roleMembers,
  rolePrincipal,
} from '../directory-views';
import { Licences } from '../licences';
import { parseQuery } from '../odata-query';
import { collection, defineRoute, entityOrNotFound, param, sameId } from './route-def';
import type { Expander, LicenceGate, RouteAnswer, RouteContext } from './route-def';

const ROLES = ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'];
const ELIGIBILITY = [
  'RoleEligibilitySchedule.Read.Directory',
  'RoleManagement.Read.Directory',
  'RoleManagement.Read.All',
];
const ASSIGNMENT_SCHEDULE = [
  'RoleAssignmentSchedule.Read.Directory',
  'RoleManagement.Read.Directory',
  'RoleManagement.Read.All',
];
const ROLE_POLICY = ['RoleManagementPolicy.Read.Directory', 'RoleManagement.Read.Directory', 'RoleManagement.Read.All'];

/** PIM without P2: a 400, not a 403 (seen from Graph in maester365/maester#1421). */
const PIM_LICENCE: LicenceGate = {
  licence: Licences.entraP2,
  status: 400,
  code: 'AadPremiumLicenseRequired',
  message: 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.',
};

const PAGE = { size: 100, max: 999 } as const;

const principal: Expander = (item, { tenant }) => {
  const id = (item as { principalId?: string | null }).principalId;
  return id ? (rolePrincipal(tenant, id) ?? null) : null;
};

const roleDefinition: Expander = (item) => {
  const id = (item as { roleDefinitionId?: string | null }).roleDefinitionId ?? '';
  const info = roleInfo[id.toLowerCase()];
  return {
    id,
    templateId: id,
    displayName: info?.displayName ?? null,
    description: info?.description ?? null,
    isBuiltIn: info !== undefined,
    isEnabled: true,
  };
};

const ASSIGNMENT_FILTER = { properties: ['id', 'roleDefinitionId', 'principalId', 'directoryScopeId', 'appScopeId'] };

function findRole(ctx: RouteContext, by: 'id' | 'templateId'): Graph.DirectoryRole | undefined {
  const key = by === 'id' ? param(ctx, 'id') : param(ctx, 'templateId');
  return activatedDirectoryRoles(ctx.tenant).find((r) => sameId(by === 'id' ? r.id : r.roleTemplateId, key));
}

/** A role's members, found by its id or template id; 404 when no such role is activated. */
const membersOfRole =
  (by: 'id' | 'templateId') =>
  (ctx: RouteContext): RouteAnswer => {
    const role = findRole(ctx, by);
    return role
      ? collection(roleMembers(ctx.tenant, role.roleTemplateId ?? ''))
      : { kind: 'notFound', id: param(ctx, by) };
  };

function policyRules(policy: Graph.UnifiedRoleManagementPolicy): object[] {
  return policy.rules ?? [];
}

const expandPolicy: Expander = (item, { tenant }, nested) => {
  const id = (item as Graph.UnifiedRoleManagementPolicyAssignment).policyId ?? '';
  const policy = tenant.roleManagementPolicies.find((p) => sameId(p.id, id));
  if (!policy) return null;
  const wantsRules = nested !== null && (parseQuery(nested).expand ?? []).some((e) => e.name.toLowerCase() === 'rules');
  const { rules, effectiveRules, ...rest } = policy;
  void effectiveRules;
  return wantsRules ? { ...rest, rules: rules ?? [] } : rest;
};

export const roleRoutes = [
  // directoryRoles and their members don't page and take no query options (graph-sources.md §2.4).
  defineRoute({
    path: '/directoryRoles',
    resource: 'directoryRole',
    permissions: ROLES,
    context: 'directoryRoles',
    select: false,
    resolve: ({ tenant }) => collection(activatedDirectoryRoles(tenant)),
  }),
  defineRoute({
    path: '/directoryRoles/roleTemplateId={templateId}',
    resource: 'directoryRole',
    permissions: ROLES,
    context: 'directoryRoles/$entity',
    resolve: (ctx) => entityOrNotFound(findRole(ctx, 'templateId'), param(ctx, 'templateId')),
  }),
  defineRoute({
    path: '/directoryRoles/roleTemplateId={templateId}/members',
    resource: 'directoryObject',
    permissions: ROLES,
    context: 'directoryObjects',
    resolve: membersOfRole('templateId'),
  }),
  defineRoute({
    path: '/directoryRoles/{id}',
    resource: 'directoryRole',
    permissions: ROLES,
    context: 'directoryRoles/$entity',
    resolve: (ctx) => entityOrNotFound(findRole(ctx, 'id'), param(ctx, 'id')),
  }),
  defineRoute({
    path: '/directoryRoles/{id}/members',
    resource: 'directoryObject',
    permissions: ROLES,
    context: 'directoryObjects',
    resolve: membersOfRole('id'),
  }),
  defineRoute({
    // Active assignments only; supports $filter, $expand, $select (rbacapplication-list-roleassignments).
    path: '/roleManagement/directory/roleAssignments',
    resource: 'unifiedRoleAssignment',
    permissions: ROLES,
    context: 'roleManagement/directory/roleAssignments',
    page: PAGE,
    top: false,
    filter: ASSIGNMENT_FILTER,
    expand: { principal, roleDefinition },
    resolve: ({ tenant }) => collection(tenant.roleAssignments),
  }),
  defineRoute({
    path: '/roleManagement/directory/roleAssignments/{id}',
    resource: 'unifiedRoleAssignment',
    permissions: ROLES,
    context: 'roleManagement/directory/roleAssignments/$entity',
    expand: { principal, roleDefinition },
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.roleAssignments.find((a) => sameId(a.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/roleManagement/directory/roleEligibilityScheduleInstances',
    resource: 'unifiedRoleEligibilityScheduleInstance',
    permissions: ELIGIBILITY,
    licence: PIM_LICENCE,
    context: 'roleManagement/directory/roleEligibilityScheduleInstances',
    page: PAGE,
    top: false,
    filter: { properties: [...ASSIGNMENT_FILTER.properties, 'memberType'] },
    expand: { principal, roleDefinition },
    resolve: ({ tenant }) => collection(tenant.roleEligibilityScheduleInstances),
  }),
  defineRoute({
    path: '/roleManagement/directory/roleAssignmentScheduleInstances',
    resource: 'unifiedRoleAssignmentScheduleInstance',
    permissions: ASSIGNMENT_SCHEDULE,
    licence: PIM_LICENCE,
    context: 'roleManagement/directory/roleAssignmentScheduleInstances',
    page: PAGE,
    top: false,
    filter: { properties: [...ASSIGNMENT_FILTER.properties, 'assignmentType', 'memberType'] },
    expand: { principal, roleDefinition },
    resolve: ({ tenant }) => collection(roleAssignmentScheduleInstances(tenant)),
  }),
  defineRoute({
    // Graph requires the scope in the filter (unifiedrolemanagementpolicyassignment-list).
    path: '/policies/roleManagementPolicyAssignments',
    resource: 'unifiedRoleManagementPolicyAssignment',
    permissions: ROLE_POLICY,
    licence: PIM_LICENCE,
    context: 'policies/roleManagementPolicyAssignments',
    filter: {
      properties: ['scopeId', 'scopeType', 'roleDefinitionId', 'policyId'],
      required: ['scopeId', 'scopeType'],
    },
    navigation: ['policy'],
    expand: { policy: expandPolicy },
    resolve: ({ tenant }) => collection(tenant.roleManagementPolicyAssignments),
  }),
  defineRoute({
    path: '/policies/roleManagementPolicies',
    resource: 'unifiedRoleManagementPolicy',
    permissions: ROLE_POLICY,
    licence: PIM_LICENCE,
    context: 'policies/roleManagementPolicies',
    filter: { properties: ['scopeId', 'scopeType', 'id'], required: ['scopeId', 'scopeType'] },
    navigation: ['rules', 'effectiveRules'],
    expand: {
      rules: (item) => policyRules(item),
      effectiveRules: (item) => policyRules(item),
    },
    resolve: ({ tenant }) => collection(tenant.roleManagementPolicies),
  }),
  defineRoute({
    path: '/policies/roleManagementPolicies/{id}',
    resource: 'unifiedRoleManagementPolicy',
    permissions: ROLE_POLICY,
    licence: PIM_LICENCE,
    context: 'policies/roleManagementPolicies/$entity',
    navigation: ['rules', 'effectiveRules'],
    expand: {
      rules: (item) => policyRules(item),
      effectiveRules: (item) => policyRules(item),
    },
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.roleManagementPolicies.find((p) => sameId(p.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/policies/roleManagementPolicies/{id}/rules',
    resource: 'unifiedRoleManagementPolicyRule',
    permissions: ROLE_POLICY,
    licence: PIM_LICENCE,
    context: "policies/roleManagementPolicies('{id}')/rules",
    resolve: (ctx) => {
      const policy = ctx.tenant.roleManagementPolicies.find((p) => sameId(p.id, param(ctx, 'id')));
      return policy ? collection(policyRules(policy)) : { kind: 'notFound', id: param(ctx, 'id') };
    },
  }),
  defineRoute({
    path: '/policies/roleManagementPolicies/{id}/rules/{ruleId}',
    resource: 'unifiedRoleManagementPolicyRule',
    permissions: ROLE_POLICY,
    licence: PIM_LICENCE,
    context: "policies/roleManagementPolicies('{id}')/rules/$entity",
    resolve: (ctx) => {
      const policy = ctx.tenant.roleManagementPolicies.find((p) => sameId(p.id, param(ctx, 'id')));
      const rule = policy
        ? policyRules(policy).find((r) => sameId((r as { id?: string }).id, param(ctx, 'ruleId')))
        : undefined;
      return entityOrNotFound(rule, param(ctx, 'ruleId'));
    },
  }),
];
