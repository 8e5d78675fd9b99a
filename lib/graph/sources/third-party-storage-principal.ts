import type { ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, collection, str, type Need } from './shape';

/** The first-party app behind "Let users open files stored in third-party storage services in Microsoft 365 on the web". */
export const THIRD_PARTY_STORAGE_APP_ID = 'c1f33bc0-bdb4-4248-ba9b-096807ddb43e';

export type ThirdPartyStoragePrincipal = Need<ServicePrincipal, 'id' | 'accountEnabled'>;

/** https://learn.microsoft.com/graph/api/serviceprincipal-list — zero or one service principal. */
export const thirdPartyStoragePrincipal = defineSource<ThirdPartyStoragePrincipal[]>({
  id: 'thirdPartyStoragePrincipal',
  version: 'v1.0',
  path: '/servicePrincipals',
  query: { $filter: `appId eq '${THIRD_PARTY_STORAGE_APP_ID}'`, $select: 'id,accountEnabled' },
  permission: 'Application.Read.All',
  collection: true,
  parse: collection<ThirdPartyStoragePrincipal>({ id: str, accountEnabled: bool }),
});
