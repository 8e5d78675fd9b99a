import { collection, defineRoute, entityOrNotFound, param, sameId } from './route-def';

// Least-privileged read first (graph-sources.md §1, §5.1), then the broader scopes Graph also accepts.
const ORGANIZATION = ['Organization.Read.All', 'Directory.Read.All'];
const DOMAIN = ['Domain.Read.All', 'Directory.Read.All'];

export const organizationRoutes = [
  defineRoute({
    path: '/organization',
    resource: 'organization',
    permissions: ORGANIZATION,
    context: 'organization',
    resolve: ({ tenant }) => collection([tenant.organization]),
  }),
  defineRoute({
    path: '/organization/{id}',
    resource: 'organization',
    permissions: ORGANIZATION,
    context: 'organization/$entity',
    resolve: (ctx) => {
      const id = param(ctx, 'id');
      return entityOrNotFound(sameId(ctx.tenant.organization.id, id) ? ctx.tenant.organization : undefined, id);
    },
  }),
  defineRoute({
    // Supports $select only; "$filter is not supported" per subscribedsku-list.
    path: '/subscribedSkus',
    resource: 'subscribedSku',
    permissions: ['Organization.Read.All', 'LicenseAssignment.Read.All', 'Directory.Read.All'],
    context: 'subscribedSkus',
    resolve: ({ tenant }) => collection(tenant.subscribedSkus),
  }),
  defineRoute({
    path: '/domains',
    resource: 'domain',
    permissions: DOMAIN,
    context: 'domains',
    resolve: ({ tenant }) => collection(tenant.domains),
  }),
  defineRoute({
    path: '/domains/{id}',
    resource: 'domain',
    permissions: DOMAIN,
    context: 'domains/$entity',
    resolve: (ctx) => {
      const id = param(ctx, 'id');
      return entityOrNotFound(
        ctx.tenant.domains.find((d) => sameId(d.id, id)),
        id,
      );
    },
  }),
  defineRoute({
    path: '/domains/{id}/serviceConfigurationRecords',
    resource: 'domainDnsRecord',
    permissions: DOMAIN,
    context: "domains('{id}')/serviceConfigurationRecords",
    resolve: (ctx) => {
      const id = param(ctx, 'id');
      const domain = ctx.tenant.domains.find((d) => sameId(d.id, id));
      if (!domain) return { kind: 'notFound', id };
      return collection(ctx.tenant.domainServiceConfigurationRecords[domain.id ?? ''] ?? []);
    },
  }),
  defineRoute({
    path: '/domains/{id}/federationConfiguration',
    resource: 'internalDomainFederation',
    permissions: DOMAIN,
    context: "domains('{id}')/federationConfiguration",
    resolve: (ctx) => {
      const id = param(ctx, 'id');
      const domain = ctx.tenant.domains.find((d) => sameId(d.id, id));
      if (!domain) return { kind: 'notFound', id };
      return collection(ctx.tenant.domainFederationConfigurations[domain.id ?? ''] ?? []);
    },
  }),
  defineRoute({
    // Graph docs: Global Administrator is the only role supported (graph-sources.md I-28, §7.3).
    path: '/directory/onPremisesSynchronization',
    resource: 'onPremisesDirectorySynchronization',
    permissions: ['OnPremDirectorySynchronization.Read.All'],
    globalAdminOnly: true,
    context: 'directory/onPremisesSynchronization',
    resolve: ({ tenant }) => collection(tenant.onPremisesSynchronization),
  }),
  defineRoute({
    path: '/directory/onPremisesSynchronization/{id}',
    resource: 'onPremisesDirectorySynchronization',
    permissions: ['OnPremDirectorySynchronization.Read.All'],
    globalAdminOnly: true,
    context: 'directory/onPremisesSynchronization/$entity',
    resolve: (ctx) => {
      const id = param(ctx, 'id');
      return entityOrNotFound(
        ctx.tenant.onPremisesSynchronization.find((s) => sameId(s.id, id)),
        id,
      );
    },
  }),
];
