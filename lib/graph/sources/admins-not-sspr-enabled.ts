import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { licences } from './licences';
import { bool, collection, nullable, str, type Need, type Shape } from './shape';

export type AdminSsprRow = Need<UserRegistrationDetails, 'id' | 'userPrincipalName' | 'isAdmin' | 'isSsprEnabled'> &
  Pick<UserRegistrationDetails, 'userDisplayName'>;

const row: Shape<AdminSsprRow> = {
  id: str,
  userPrincipalName: str,
  userDisplayName: nullable(str),
  isAdmin: bool,
  isSsprEnabled: bool,
};

/**
 * Member administrators whom the registration report shows as not allowed to reset their password:
 * administrators follow a separate reset policy, so the SSPR-for-users control leaves them out. Few rows.
 * https://learn.microsoft.com/graph/api/authenticationmethodsroot-list-userregistrationdetails
 */
export const adminsNotSsprEnabled = defineSource<AdminSsprRow[]>({
  id: 'adminsNotSsprEnabled',
  version: 'v1.0',
  path: '/reports/authenticationMethods/userRegistrationDetails',
  query: { $filter: "isAdmin eq true and isSsprEnabled eq false and userType eq 'member'" },
  permission: 'AuditLog.Read.All',
  collection: true,
  licence: licences.entraP1,
  parse: collection(row),
});
