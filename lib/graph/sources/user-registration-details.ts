import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { licences } from './licences';
import { bool, collection, nullable, str, strings, type Need, type Shape } from './shape';

export type RegistrationRow = Need<
  UserRegistrationDetails,
  'id' | 'userPrincipalName' | 'isAdmin' | 'isMfaCapable' | 'isMfaRegistered' | 'methodsRegistered'
> &
  Pick<UserRegistrationDetails, 'userDisplayName' | 'userType'>;

const row: Shape<RegistrationRow> = {
  id: str,
  userPrincipalName: str,
  userDisplayName: nullable(str),
  userType: nullable(str),
  isAdmin: bool,
  isMfaCapable: bool,
  isMfaRegistered: bool,
  methodsRegistered: strings,
};

// The report supports only $filter and $orderby, so each question is its own filtered request:
// the rows that answer it, never every user. https://learn.microsoft.com/graph/api/authenticationmethodsroot-list-userregistrationdetails
const urd = (id: string, filter: string, allPages = true) =>
  defineSource<RegistrationRow[]>({
    id,
    version: 'v1.0',
    path: '/reports/authenticationMethods/userRegistrationDetails',
    query: { $filter: filter },
    permission: 'AuditLog.Read.All',
    collection: allPages,
    licence: licences.entraP1,
    parse: collection(row),
  });

/** Registration rows of every user who holds an admin role. */
export const adminRegistrations = urd('adminRegistrations', 'isAdmin eq true');
/**
 * The first page of members who can't complete MFA: names to show, not a count (the registration
 * summary counts). One page however many there are.
 */
export const membersNotMfaCapableSample = urd(
  'membersNotMfaCapable',
  "isMfaCapable eq false and userType eq 'member'",
  false,
);
