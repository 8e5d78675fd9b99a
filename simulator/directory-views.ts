import type * as Graph from '@microsoft/microsoft-graph-types';
import { roleInfo, RoleTemplates } from './built-in-roles';
import { stableGuid } from './seeded-random';
import type { TenantModel, Typed } from './tenant-model';

/**
 * Values Graph derives from other data. Computing them from the model (instead of storing them twice)
 * keeps a patched fixture consistent: add a role assignment and the role's members follow.
 */

/** What v1.0 `GET /users` returns without `$select` (user-list docs). */
export const USER_DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
] as const;

export function pick(item: object, names: readonly string[]): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ('@odata.type' in source) out['@odata.type'] = source['@odata.type'];
  out['id'] = source['id'];
  for (const name of names) out[name] = source[name] ?? null;
  return out;
}

export function findUser(tenant: TenantModel, idOrUpn: string): Graph.User | undefined {
  const key = idOrUpn.toLowerCase();
  return tenant.users.find((u) => u.id?.toLowerCase() === key || u.userPrincipalName?.toLowerCase() === key);
}

/** A user, group, service principal, device or contact with its `@odata.type`, as directory-object collections carry them. */
export function directoryObject(tenant: TenantModel, id: string): Typed<object> | undefined {
  const key = id.toLowerCase();
  const user = tenant.users.find((u) => u.id?.toLowerCase() === key);
  if (user) return { '@odata.type': '#microsoft.graph.user', ...user };
  const group = tenant.groups.find((g) => g.id?.toLowerCase() === key);
  if (group) return { '@odata.type': '#microsoft.graph.group', ...group };
  const sp = tenant.servicePrincipals.find((s) => s.id?.toLowerCase() === key);
  if (sp) return { '@odata.type': '#microsoft.graph.servicePrincipal', ...sp };
  const device = tenant.devices?.find((d) => d.id?.toLowerCase() === key);
  if (device) return { '@odata.type': '#microsoft.graph.device', ...device };
  const contact = tenant.orgContacts?.find((c) => c.id?.toLowerCase() === key);
  if (contact) return { '@odata.type': '#microsoft.graph.orgContact', ...contact };
  return undefined;
}

/** A role assignment's `principal`: a directory object here, or a partner's group over GDAP (shown, not served). */
export function rolePrincipal(tenant: TenantModel, id: string): Typed<object> | undefined {
  const partnerGroup = tenant.partnerGroups?.find((g) => g.id?.toLowerCase() === id.toLowerCase());
  return directoryObject(tenant, id) ?? (partnerGroup && { '@odata.type': '#microsoft.graph.group', ...partnerGroup });
}

/** Member listings show users with their default properties only. */
export function memberView(obj: Typed<object>): object {
  return obj['@odata.type'] === '#microsoft.graph.user' ? pick(obj, USER_DEFAULT_PROPERTIES) : obj;
}

export function directoryRoleId(tenant: TenantModel, templateId: string): string {
  return stableGuid('directoryRole', tenant.organization.id ?? tenant.name, templateId.toLowerCase());
}

const tenantWide = (a: Graph.UnifiedRoleAssignment): boolean => (a.directoryScopeId ?? '/') === '/';

/** `GET /directoryRoles` lists activated roles only: Global Administrator plus every role someone holds. */
export function activatedDirectoryRoles(tenant: TenantModel): Graph.DirectoryRole[] {
  const templates = new Set<string>([RoleTemplates.globalAdministrator]);
  for (const a of tenant.roleAssignments)
    if (tenantWide(a) && a.roleDefinitionId) templates.add(a.roleDefinitionId.toLowerCase());
  return [...templates].map((templateId) => {
    const info = roleInfo[templateId];
    return {
      id: directoryRoleId(tenant, templateId),
      deletedDateTime: null,
      description: info?.description ?? null,
      displayName: info?.displayName ?? `Role ${templateId}`,
      roleTemplateId: templateId,
    };
  });
}

/** Active, tenant-wide holders of a role (`GET /directoryRoles/…/members`). */
export function roleMembers(tenant: TenantModel, templateId: string): object[] {
  const key = templateId.toLowerCase();
  return tenant.roleAssignments
    .filter((a) => tenantWide(a) && a.roleDefinitionId?.toLowerCase() === key && a.principalId)
    .map((a) => directoryObject(tenant, a.principalId ?? ''))
    .filter((o): o is Typed<object> => o !== undefined)
    .map(memberView);
}

/** PIM's active instances: the model's, or each assignment as a permanent `Assigned` one. */
export function roleAssignmentScheduleInstances(tenant: TenantModel): Graph.UnifiedRoleAssignmentScheduleInstance[] {
  if (tenant.roleAssignmentScheduleInstances) return tenant.roleAssignmentScheduleInstances;
  return tenant.roleAssignments.map((a) => ({
    id: a.id ?? '',
    principalId: a.principalId ?? null,
    roleDefinitionId: a.roleDefinitionId ?? null,
    directoryScopeId: a.directoryScopeId ?? '/',
    appScopeId: null,
    startDateTime: tenant.organization.createdDateTime ?? null,
    endDateTime: null,
    assignmentType: 'Assigned',
    memberType: 'Direct',
    roleAssignmentOriginId: a.id ?? null,
    roleAssignmentScheduleId: a.id ?? null,
  }));
}

const METHOD_TYPES: Readonly<Record<string, string>> = {
  microsoftAuthenticatorPush: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  microsoftAuthenticatorPasswordless: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  fido2SecurityKey: '#microsoft.graph.fido2AuthenticationMethod',
  passKeyDeviceBound: '#microsoft.graph.fido2AuthenticationMethod',
  windowsHelloForBusiness: '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod',
  softwareOneTimePasscode: '#microsoft.graph.softwareOathAuthenticationMethod',
  hardwareOneTimePasscode: '#microsoft.graph.hardwareOathAuthenticationMethod',
  mobilePhone: '#microsoft.graph.phoneAuthenticationMethod',
  alternateMobilePhone: '#microsoft.graph.phoneAuthenticationMethod',
  officePhone: '#microsoft.graph.phoneAuthenticationMethod',
  email: '#microsoft.graph.emailAuthenticationMethod',
  temporaryAccessPass: '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
};

/** The well-known id Graph gives every user's password method. */
const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';

/** `GET /users/{id}/authentication/methods`: the model's, or derived from the user's URD row. */
export function authenticationMethodsFor(tenant: TenantModel, userId: string): Typed<Graph.AuthenticationMethod>[] {
  const given = tenant.authenticationMethods?.[userId];
  if (given) return given;
  const row = tenant.userRegistrationDetails.find((r) => r.id === userId);
  const methods: Typed<Graph.AuthenticationMethod>[] = [
    { '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: PASSWORD_METHOD_ID },
  ];
  for (const m of row?.methodsRegistered ?? []) {
    const type = METHOD_TYPES[m];
    if (type) methods.push({ '@odata.type': type, id: stableGuid('authMethod', userId, m) });
  }
  return methods;
}
