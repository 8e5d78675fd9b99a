import {
  authenticationMethodsFor,
  directoryObject,
  findUser,
  memberView,
  USER_DEFAULT_PROPERTIES,
} from '../directory-views';
import { collection, defineRoute, entity, entityOrNotFound, param, sameId } from './route-def';

const USER = ['User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All'];
const GROUP = ['Group.Read.All', 'GroupMember.Read.All', 'Directory.Read.All'];
const APPLICATION = ['Application.Read.All', 'Directory.Read.All'];
const GROUP_SETTINGS = ['GroupSettings.Read.All', 'Directory.Read.All'];

// Paging per the user/group list docs: 100 by default, $top up to 999.
const DIRECTORY_PAGE = { size: 100, max: 999 } as const;

const USER_FILTERABLE = [
  'id',
  'accountEnabled',
  'userType',
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'mailNickname',
  'jobTitle',
  'department',
  'companyName',
  'country',
  'city',
  'usageLocation',
  'createdDateTime',
  'assignedLicenses',
  'assignedPlans',
  'onPremisesSyncEnabled',
  'onPremisesImmutableId',
  'proxyAddresses',
  'employeeId',
  'creationType',
  'externalUserState',
  'identities',
  'otherMails',
];
const GROUP_FILTERABLE = [
  'id',
  'displayName',
  'groupTypes',
  'mailEnabled',
  'securityEnabled',
  'mail',
  'mailNickname',
  'isAssignableToRole',
  'membershipRuleProcessingState',
  'onPremisesSyncEnabled',
  'createdDateTime',
  'visibility',
  'classification',
  'proxyAddresses',
];

export const directoryObjectRoutes = [
  defineRoute({
    path: '/users',
    resource: 'User',
    permissions: USER,
    context: 'users',
    directoryObject: true,
    page: DIRECTORY_PAGE,
    count: true,
    filter: { properties: USER_FILTERABLE },
    orderBy: ['displayName', 'userPrincipalName', 'createdDateTime'],
    defaultProperties: USER_DEFAULT_PROPERTIES,
    resolve: ({ tenant }) => collection(tenant.users),
  }),
  defineRoute({
    path: '/users/{id}',
    resource: 'User',
    permissions: USER,
    context: 'users/$entity',
    directoryObject: true,
    defaultProperties: USER_DEFAULT_PROPERTIES,
    resolve: (ctx) => entityOrNotFound(findUser(ctx.tenant, param(ctx, 'id')), param(ctx, 'id')),
  }),
  defineRoute({
    // Iterating this over all users is what the docs warn against; the catalogue reads it for a few admins.
    path: '/users/{id}/authentication/methods',
    resource: 'authenticationMethod',
    permissions: ['UserAuthenticationMethod.Read.All'],
    context: "users('{id}')/authentication/methods",
    resolve: (ctx) => {
      const user = findUser(ctx.tenant, param(ctx, 'id'));
      return user
        ? collection(authenticationMethodsFor(ctx.tenant, user.id ?? ''))
        : { kind: 'notFound', id: param(ctx, 'id') };
    },
  }),
  defineRoute({
    // Legacy per-user MFA state (graph-sources.md I-21): beta only, one user per call.
    path: '/users/{id}/authentication/requirements',
    versions: ['beta'],
    resource: 'strongAuthenticationRequirements',
    permissions: ['Policy.Read.All', 'UserAuthenticationMethod.Read.All'],
    context: "users('{id}')/authentication/requirements",
    select: false,
    resolve: (ctx) => {
      const user = findUser(ctx.tenant, param(ctx, 'id'));
      if (!user) return { kind: 'notFound', id: param(ctx, 'id') };
      return entity({ perUserMfaState: ctx.tenant.perUserMfaStates[user.id ?? ''] ?? 'disabled' });
    },
  }),
  defineRoute({
    path: '/groups',
    resource: 'Group',
    permissions: GROUP,
    context: 'groups',
    directoryObject: true,
    page: DIRECTORY_PAGE,
    count: true,
    filter: { properties: GROUP_FILTERABLE },
    orderBy: ['displayName'],
    resolve: ({ tenant }) => collection(tenant.groups),
  }),
  defineRoute({
    path: '/groups/{id}',
    resource: 'Group',
    permissions: GROUP,
    context: 'groups/$entity',
    directoryObject: true,
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.groups.find((g) => sameId(g.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/groups/{id}/members',
    resource: 'directoryObject',
    permissions: GROUP,
    context: 'directoryObjects',
    directoryObject: true,
    page: DIRECTORY_PAGE,
    count: true,
    resolve: (ctx) => {
      const group = ctx.tenant.groups.find((g) => sameId(g.id, param(ctx, 'id')));
      if (!group) return { kind: 'notFound', id: param(ctx, 'id') };
      const members = (ctx.tenant.groupMembers[group.id ?? ''] ?? [])
        .map((id) => directoryObject(ctx.tenant, id))
        .filter((o): o is object => o !== undefined)
        .map(memberView);
      return collection(members);
    },
  }),
  defineRoute({
    path: '/servicePrincipals',
    resource: 'ServicePrincipal',
    permissions: APPLICATION,
    context: 'servicePrincipals',
    directoryObject: true,
    page: DIRECTORY_PAGE,
    count: true,
    filter: {
      properties: [
        'id',
        'appId',
        'displayName',
        'servicePrincipalType',
        'accountEnabled',
        'tags',
        'appOwnerOrganizationId',
        'servicePrincipalNames',
      ],
    },
    orderBy: ['displayName'],
    resolve: ({ tenant }) => collection(tenant.servicePrincipals),
  }),
  // Alternate key, `/servicePrincipals(appId='…')`; listed before `{id}` so it wins.
  defineRoute({
    path: '/servicePrincipals/appId={appId}',
    resource: 'ServicePrincipal',
    permissions: APPLICATION,
    context: 'servicePrincipals/$entity',
    directoryObject: true,
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.servicePrincipals.find((s) => sameId(s.appId, param(ctx, 'appId'))),
        param(ctx, 'appId'),
      ),
  }),
  defineRoute({
    path: '/servicePrincipals/{id}',
    resource: 'ServicePrincipal',
    permissions: APPLICATION,
    context: 'servicePrincipals/$entity',
    directoryObject: true,
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.servicePrincipals.find((s) => sameId(s.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/groupSettings',
    versions: ['v1.0'],
    resource: 'groupSetting',
    permissions: GROUP_SETTINGS,
    context: 'groupSettings',
    resolve: ({ tenant }) => collection(tenant.groupSettings),
  }),
  defineRoute({
    path: '/groupSettings/{id}',
    versions: ['v1.0'],
    resource: 'groupSetting',
    permissions: GROUP_SETTINGS,
    context: 'groupSettings/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.groupSettings.find((s) => sameId(s.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    // The beta name of the same directory settings (graph-sources.md §0 "GS").
    path: '/settings',
    versions: ['beta'],
    resource: 'directorySetting',
    permissions: GROUP_SETTINGS,
    context: 'settings',
    resolve: ({ tenant }) => collection(tenant.groupSettings),
  }),
  defineRoute({
    path: '/settings/{id}',
    versions: ['beta'],
    resource: 'directorySetting',
    permissions: GROUP_SETTINGS,
    context: 'settings/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.groupSettings.find((s) => sameId(s.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
];
