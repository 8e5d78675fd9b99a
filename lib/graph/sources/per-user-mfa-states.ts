import type { PerUserMfaState, StrongAuthenticationRequirements } from '@microsoft/microsoft-graph-types-beta';
import { defineDerivedSource } from './define-source';
import { entity, oneOf, type Need } from './shape';
import { userDirectory, type UserDirectory } from './users';

export type PerUserMfaRequirement = Need<StrongAuthenticationRequirements, 'perUserMfaState'>;

const STATES: readonly PerUserMfaState[] = ['disabled', 'enabled', 'enforced', 'unknownFutureValue'];

/**
 * Most users whose per-user MFA state a scan reads one by one (25 `$batch` calls of 20). Graph has no
 * list operation for it, so a larger directory is not read at all: a sample must never pass a tenant.
 */
export const PER_USER_MFA_READ_LIMIT = 500;

/** Whether the directory is small enough for the per-user reads (the count, and the page, within the limit). */
export const perUserMfaReadable = (d: UserDirectory): boolean =>
  d.count <= PER_USER_MFA_READ_LIMIT && d.users.length <= PER_USER_MFA_READ_LIMIT;

/**
 * Each user's legacy per-user MFA state (disabled, enabled, enforced), keyed by user id: beta only,
 * one user per call. No request at all when the directory is larger than `PER_USER_MFA_READ_LIMIT`.
 * https://learn.microsoft.com/graph/api/authentication-get?view=graph-rest-beta
 */
export const perUserMfaStates = defineDerivedSource<UserDirectory, PerUserMfaRequirement>({
  id: 'perUserMfaStates',
  from: userDirectory,
  version: 'beta',
  pathTemplate: '/users/{id}/authentication/requirements',
  permission: 'Policy.Read.All',
  requests: (directory) =>
    perUserMfaReadable(directory)
      ? directory.users
          .map((u) => u.id)
          .sort()
          .map((id) => ({
            key: id,
            path: `/users/${encodeURIComponent(id)}/authentication/requirements`,
            collection: false,
          }))
      : [],
  parse: entity<PerUserMfaRequirement>({ perUserMfaState: oneOf(STATES) }),
});
