import type { IdentitySecurityDefaultsEnforcementPolicy } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, entity, str, type Need } from './shape';

export type SecurityDefaults = Need<IdentitySecurityDefaultsEnforcementPolicy, 'id' | 'isEnabled'>;

/** https://learn.microsoft.com/graph/api/identitysecuritydefaultsenforcementpolicy-get */
export const securityDefaults = defineSource<SecurityDefaults>({
  id: 'securityDefaults',
  version: 'v1.0',
  path: '/policies/identitySecurityDefaultsEnforcementPolicy',
  permission: 'Policy.Read.All',
  collection: false,
  parse: entity<SecurityDefaults>({ id: str, isEnabled: bool }),
});
