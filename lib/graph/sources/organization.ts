import type { Organization, VerifiedDomain } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, collection, nullable, object, str, bool, optional, type Need } from './shape';

/** A verified domain as far as the scan reads it: which is the tenant's initial `*.onmicrosoft.com`. */
export type OrganizationDomain = Need<VerifiedDomain, 'name'> & Pick<VerifiedDomain, 'isInitial'>;

export type OrganizationInfo = Need<Organization, 'id' | 'displayName'> &
  Pick<Organization, 'onPremisesSyncEnabled'> & { verifiedDomains?: OrganizationDomain[] | null };

/** The tenant itself. https://learn.microsoft.com/graph/api/organization-list */
export const organization = defineSource<OrganizationInfo[]>({
  id: 'organization',
  version: 'v1.0',
  path: '/organization',
  // verifiedDomains: the initial domain names the tenant's SharePoint admin host (lib/engine/pages/tenant-hosts.ts).
  query: { $select: 'id,displayName,onPremisesSyncEnabled,verifiedDomains' },
  permission: 'Organization.Read.All',
  collection: true,
  parse: collection<OrganizationInfo>({
    id: str,
    displayName: str,
    onPremisesSyncEnabled: optional(nullable(bool)),
    verifiedDomains: optional(arrayOf(object<OrganizationDomain>({ name: str, isInitial: optional(nullable(bool)) }))),
  }),
});
