import type {
  KeyCredentialConfiguration,
  PasswordCredentialConfiguration,
  TenantAppManagementPolicy,
} from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, bool, entity, nullable, object, str, type Need, type Shape } from './shape';

export type PasswordRestriction = Need<PasswordCredentialConfiguration, 'restrictionType' | 'state'> &
  Pick<PasswordCredentialConfiguration, 'maxLifetime' | 'restrictForAppsCreatedAfterDateTime'>;
export type KeyRestriction = Need<KeyCredentialConfiguration, 'restrictionType' | 'state'> &
  Pick<KeyCredentialConfiguration, 'maxLifetime' | 'restrictForAppsCreatedAfterDateTime'>;
export type CredentialRestrictions = {
  passwordCredentials?: PasswordRestriction[] | null;
  keyCredentials?: KeyRestriction[] | null;
};
export type AppManagementPolicy = Need<TenantAppManagementPolicy, 'id' | 'isEnabled'> & {
  applicationRestrictions?: CredentialRestrictions | null;
  servicePrincipalRestrictions?: CredentialRestrictions | null;
};

const restriction: Shape<PasswordRestriction> = {
  restrictionType: str,
  state: str,
  maxLifetime: nullable(str),
  restrictForAppsCreatedAfterDateTime: nullable(str),
};
// An empty or null list means no restriction of that kind (tenantappmanagementpolicy resource page).
const restrictions = nullable(
  object<CredentialRestrictions>({
    passwordCredentials: nullable(arrayOf(object(restriction))),
    keyCredentials: nullable(arrayOf(object(restriction))),
  }),
);

/** https://learn.microsoft.com/graph/api/tenantappmanagementpolicy-get */
export const appManagementPolicy = defineSource<AppManagementPolicy>({
  id: 'defaultAppManagementPolicy',
  version: 'v1.0',
  path: '/policies/defaultAppManagementPolicy',
  permission: 'Policy.Read.All',
  collection: false,
  parse: entity<AppManagementPolicy>({
    id: str,
    isEnabled: bool,
    applicationRestrictions: restrictions,
    servicePrincipalRestrictions: restrictions,
  }),
});
