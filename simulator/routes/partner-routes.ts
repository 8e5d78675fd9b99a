import { collection, defineRoute } from './route-def';

/**
 * A partner tenant's GDAP relationships with its customers (read-only). `$filter` on status and the
 * other documented properties, `$select`, `$top` (up to 300) and paging by next link.
 * https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadminrelationships
 */
export const partnerRoutes = [
  defineRoute({
    path: '/tenantRelationships/delegatedAdminRelationships',
    resource: 'delegatedAdminRelationship',
    permissions: ['DelegatedAdminRelationship.Read.All'],
    context: 'tenantRelationships/delegatedAdminRelationships',
    page: { size: 100, max: 300 },
    filter: { properties: ['status', 'displayName', 'id'], operators: ['eq', 'ne', 'and', 'or'] },
    resolve: ({ tenant }) => collection(tenant.delegatedAdminRelationships ?? []),
  }),
];
