import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../controls';
import type { AuditRow } from '../../graph/sources/directory-audits';
import { sourceReaders } from './attach-audit';
import { actorOf, auditEventsOf } from './audit-events';

const base: AuditRow = {
  id: 'e1',
  activityDisplayName: 'Update authorization policy',
  activityDateTime: '2026-12-01T08:00:00Z',
  result: 'success',
  initiatedBy: { user: null, app: null },
  targetResources: [],
};
const GROUP = '0e3937e6-a26a-471f-b364-45c480b3ef0d';
const added: AuditRow = {
  ...base,
  id: 'e2',
  activityDisplayName: 'Add member to group',
  initiatedBy: { user: { id: 'n1', userPrincipalName: 'nestor@contoso.com', displayName: 'Nestor' }, app: null },
  targetResources: [
    {
      id: 'u1',
      displayName: null,
      type: 'User',
      userPrincipalName: 'reception@contoso.com',
      modifiedProperties: [
        { displayName: 'Group.ObjectID', oldValue: null, newValue: `"${GROUP}"` },
        { displayName: 'Group.DisplayName', oldValue: null, newValue: '"CA - Legacy Auth Exceptions"' },
      ],
    },
  ],
};
const readers = sourceReaders(catalogue);

describe('actorOf', () => {
  test.each([
    [
      'a user, by UPN',
      { user: { id: 'u', userPrincipalName: 'alex@contoso.com' }, app: null },
      { kind: 'user', upn: 'alex@contoso.com', id: 'u' },
    ],
    [
      'an app, by name',
      { user: null, app: { appId: 'a', displayName: 'Microsoft365DSC', servicePrincipalId: 's' } },
      { kind: 'app', name: 'Microsoft365DSC', id: 's' },
    ],
    // Graph sends a user with no UPN when a service acted: that is nobody the log names.
    [
      'a service, nobody named',
      { user: { id: '00000000-0000-0000-0000-000000000000', userPrincipalName: null }, app: null },
      null,
    ],
  ])('%s', (_name, initiatedBy, expected) => {
    expect(actorOf({ ...base, initiatedBy })).toEqual(expected);
  });
});

describe('auditEventsOf', () => {
  test('a setting change in words, each changed property old → new', () => {
    const row: AuditRow = {
      ...base,
      targetResources: [
        {
          id: 'authorizationPolicy',
          displayName: 'Authorization Policy',
          type: 'Policy',
          modifiedProperties: [
            { displayName: 'AllowedToCreateSecurityGroups', oldValue: 'false', newValue: 'true' },
            { displayName: 'Included Updated Properties', oldValue: null, newValue: '"AllowedToCreateSecurityGroups"' },
          ],
        },
      ],
    };
    const [event] = auditEventsOf([row], readers, new Set(), () => null);
    expect(event?.changed).toEqual([{ field: 'AllowedToCreateSecurityGroups', before: 'false', after: 'true' }]);
    expect(event?.controls).toContain('entra-security-group-creation-restricted');
  });

  test('an addition to an excluded group names the group and the person added', () => {
    const [event] = auditEventsOf([added], readers, new Set([GROUP]), () => null);
    expect(event?.targets).toContainEqual({ id: GROUP, type: 'Group', name: 'CA - Legacy Auth Exceptions' });
    expect(event?.changed).toEqual([
      { field: 'reception@contoso.com in CA - Legacy Auth Exceptions', before: 'not a member', after: 'member' },
    ]);
    expect(event?.controls).toContain('entra-legacy-auth-blocked');
  });

  test('additions to groups no policy excludes are left out', () => {
    expect(auditEventsOf([added], readers, new Set(['another-group']), () => null)).toEqual([]);
  });
});
