import { Licences } from '../licences';
import { collection, defineRoute, entity, entityOrNotFound, param, sameId } from './route-def';
import type { LicenceGate } from './route-def';

const SECURITY = ['SecurityEvents.Read.All'];

/** URD without Entra ID P1 (graph-sources.md §2.3, §5.3). */
const URD_LICENCE: LicenceGate = {
  licence: Licences.entraP1,
  status: 403,
  code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
  message: "Tenant is not a B2C tenant and doesn't have premium license",
};

const ACCESS_REVIEW_LICENCE: LicenceGate = {
  licence: Licences.entraP2,
  status: 403,
  code: 'AadPremiumLicenseRequired',
  message: 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.',
};

export const reportRoutes = [
  defineRoute({
    // "Only $filter and $orderBy are supported" (authenticationmethodsroot-list-userregistrationdetails).
    path: '/reports/authenticationMethods/userRegistrationDetails',
    resource: 'userRegistrationDetails',
    permissions: ['AuditLog.Read.All'],
    licence: URD_LICENCE,
    context: 'reports/authenticationMethods/userRegistrationDetails',
    page: { size: 100, max: 100 },
    top: false,
    select: false,
    filter: {
      properties: [
        'id',
        'userPrincipalName',
        'userDisplayName',
        'userType',
        'isAdmin',
        'isMfaCapable',
        'isMfaRegistered',
        'isSsprRegistered',
        'isSsprEnabled',
        'isSsprCapable',
        'isPasswordlessCapable',
        'isSystemPreferredAuthenticationMethodEnabled',
        'methodsRegistered',
        'systemPreferredAuthenticationMethods',
        'userPreferredMethodForSecondaryAuthentication',
        'lastUpdatedDateTime',
      ],
      operators: ['eq', 'and', 'or'],
    },
    orderBy: ['userPrincipalName', 'userDisplayName', 'lastUpdatedDateTime'],
    resolve: ({ tenant }) => collection(tenant.userRegistrationDetails),
  }),
  defineRoute({
    // usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all'): the report's own
    // aggregate, so a count never needs every row. The key segment arrives as one parameter.
    path: '/reports/authenticationMethods/usersRegisteredByFeature/{args}',
    resource: 'userRegistrationFeatureSummary',
    permissions: ['AuditLog.Read.All'],
    licence: URD_LICENCE,
    context: 'microsoft.graph.userRegistrationFeatureSummary',
    select: false,
    resolve: (ctx) => {
      const args = param(ctx, 'args').toLowerCase();
      const userTypes = /includedusertypes='?(\w+)/.exec(args)?.[1] ?? 'all';
      const userRoles = /includeduserroles='?(\w+)/.exec(args)?.[1] ?? 'all';
      const rows = ctx.tenant.userRegistrationDetails.filter(
        (r) =>
          (userTypes === 'all' || (r.userType ?? '').toLowerCase() === userTypes) &&
          (userRoles === 'all' || (userRoles === 'privilegedadmin') === Boolean(r.isAdmin)),
      );
      const count = (pick: (r: (typeof rows)[number]) => boolean | null | undefined) =>
        rows.filter((r) => pick(r)).length;
      return entity({
        totalUserCount: rows.length,
        userTypes,
        userRoles,
        userRegistrationFeatureCounts: [
          { feature: 'ssprRegistered', userCount: count((r) => r.isSsprRegistered) },
          { feature: 'ssprEnabled', userCount: count((r) => r.isSsprEnabled) },
          { feature: 'ssprCapable', userCount: count((r) => r.isSsprCapable) },
          { feature: 'passwordlessCapable', userCount: count((r) => r.isPasswordlessCapable) },
          { feature: 'mfaCapable', userCount: count((r) => r.isMfaCapable) },
        ],
      });
    },
  }),
  defineRoute({
    path: '/reports/authenticationMethods/userRegistrationDetails/{id}',
    resource: 'userRegistrationDetails',
    permissions: ['AuditLog.Read.All'],
    licence: URD_LICENCE,
    context: 'reports/authenticationMethods/userRegistrationDetails/$entity',
    select: false,
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.userRegistrationDetails.find((r) => sameId(r.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/directory/recommendations',
    versions: ['beta'],
    resource: 'recommendation',
    permissions: ['DirectoryRecommendations.Read.All'],
    context: 'directory/recommendations',
    page: { size: 100, max: 999 },
    filter: {
      properties: [
        'id',
        'recommendationType',
        'status',
        'category',
        'priority',
        'featureAreas',
        'impactType',
        'releaseType',
      ],
    },
    resolve: ({ tenant }) => collection(tenant.directoryRecommendations),
  }),
  defineRoute({
    path: '/directory/recommendations/{id}',
    versions: ['beta'],
    resource: 'recommendation',
    permissions: ['DirectoryRecommendations.Read.All'],
    context: 'directory/recommendations/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.directoryRecommendations.find((r) => sameId(r.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    // 90 daily snapshots, newest first; the catalogue asks for `$top=1` (graph-sources.md §2.12).
    path: '/security/secureScores',
    resource: 'secureScore',
    permissions: SECURITY,
    context: 'security/secureScores',
    page: { size: 100, max: 100 },
    filter: { properties: ['id', 'azureTenantId', 'createdDateTime'] },
    resolve: ({ tenant }) => collection(tenant.secureScores),
  }),
  defineRoute({
    path: '/security/secureScores/{id}',
    resource: 'secureScore',
    permissions: SECURITY,
    context: 'security/secureScores/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.secureScores.find((s) => sameId(s.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/security/secureScoreControlProfiles',
    resource: 'secureScoreControlProfile',
    permissions: SECURITY,
    context: 'security/secureScoreControlProfiles',
    page: { size: 100, max: 1000 },
    filter: {
      properties: ['id', 'controlCategory', 'service', 'tier', 'deprecated', 'actionType', 'title', 'azureTenantId'],
    },
    resolve: ({ tenant }) => collection(tenant.secureScoreControlProfiles),
  }),
  defineRoute({
    path: '/security/secureScoreControlProfiles/{id}',
    resource: 'secureScoreControlProfile',
    permissions: SECURITY,
    context: 'security/secureScoreControlProfiles/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.secureScoreControlProfiles.find((p) => sameId(p.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
  defineRoute({
    path: '/identityGovernance/accessReviews/definitions',
    resource: 'accessReviewScheduleDefinition',
    permissions: ['AccessReview.Read.All'],
    licence: ACCESS_REVIEW_LICENCE,
    context: 'identityGovernance/accessReviews/definitions',
    page: { size: 100, max: 100 },
    filter: {
      properties: ['id', 'displayName', 'status', 'scope', 'createdDateTime'],
      functions: ['startswith', 'contains'],
    },
    resolve: ({ tenant }) => collection(tenant.accessReviewDefinitions),
  }),
  defineRoute({
    path: '/identityGovernance/accessReviews/definitions/{id}',
    resource: 'accessReviewScheduleDefinition',
    permissions: ['AccessReview.Read.All'],
    licence: ACCESS_REVIEW_LICENCE,
    context: 'identityGovernance/accessReviews/definitions/$entity',
    resolve: (ctx) =>
      entityOrNotFound(
        ctx.tenant.accessReviewDefinitions.find((d) => sameId(d.id, param(ctx, 'id'))),
        param(ctx, 'id'),
      ),
  }),
];
