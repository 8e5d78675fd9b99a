import { collection, defineRoute } from './route-def';

/**
 * The Entra audit log. `$filter` on activityDateTime (eq, ge, le), activityDisplayName (eq, startswith)
 * and the other documented properties, `$top`, `$orderby` and paging by next link; newest first unless
 * ordered otherwise. https://learn.microsoft.com/graph/api/directoryaudit-list
 * https://learn.microsoft.com/graph/api/resources/directoryaudit
 */
export const auditRoutes = [
  defineRoute({
    path: '/auditLogs/directoryAudits',
    resource: 'directoryAudit',
    // Recent doc pages pair it with Directory.Read.All; the catalogue's token holds AuditLog.Read.All.
    permissions: ['AuditLog.Read.All'],
    context: 'auditLogs/directoryAudits',
    page: { size: 100, max: 1000 },
    filter: {
      properties: [
        'activityDateTime',
        'activityDisplayName',
        'category',
        'correlationId',
        'loggedByService',
        'result',
        'initiatedBy',
        'targetResources',
      ],
      functions: ['startswith'],
      operators: ['eq', 'ge', 'le', 'and', 'or'],
    },
    orderBy: ['activityDateTime'],
    resolve: ({ tenant }) =>
      collection(
        [...(tenant.directoryAudits ?? [])].sort((a, b) =>
          (b.activityDateTime ?? '').localeCompare(a.activityDateTime ?? ''),
        ),
      ),
  }),
];
