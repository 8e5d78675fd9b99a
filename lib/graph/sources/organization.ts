import type { Organization } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { collection, nullable, str, bool, optional, type Need } from './shape';

export type OrganizationInfo = Need<Organization, 'id' | 'displayName'> & Pick<Organization, 'onPremisesSyncEnabled'>;

/** The tenant itself. https://learn.microsoft.com/graph/api/organization-list */
export const organization = defineSource<OrganizationInfo[]>({
  id: 'organization',
  version: 'v1.0',
  path: '/organization',
  query: { $select: 'id,displayName,onPremisesSyncEnabled' },
  permission: 'Organization.Read.All',
  collection: true,
  parse: collection<OrganizationInfo>({ id: str, displayName: str, onPremisesSyncEnabled: optional(nullable(bool)) }),
});
