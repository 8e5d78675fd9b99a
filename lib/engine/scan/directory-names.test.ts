import { describe, expect, test } from 'vitest';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import type { Evidence } from '../verdict/verdict';
import { idKindOf, planNames, settleNames } from './directory-names';

const USER = '41a640f4-d79b-48a9-95c7-18969bc1a9fb';
const GROUP = '0e3937e6-a26a-471f-b364-45c480b3ef0d';
const APP = 'd4ebce55-015a-49b5-a083-c84d1797ae8c';
const GA = '62e90394-69f5-4237-9190-012177145e10';
const CUSTOM_ROLE = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

const policy: Evidence = {
  source: 'conditionalAccessPolicies',
  id: 'p1',
  displayName: 'Require MFA',
  fields: {
    state: 'enabled',
    'conditions.users.includeUsers': ['All'],
    'conditions.users.excludeUsers': [USER],
    'conditions.users.excludeGroups': [GROUP],
    'conditions.users.includeRoles': [GA, CUSTOM_ROLE],
    'conditions.applications.excludeApplications': [APP],
  },
};

const ok = (body: unknown): GraphOutcome => ({ ok: true, status: 200, body, pages: 1 });
const failed = (status: number | 'offline'): GraphOutcome => ({ ok: false, status, message: 'no' });

describe('planNames', () => {
  test('built-in roles are named from the list; users, groups and apps are read; words like "All" are left alone', () => {
    const { known, gets } = planNames([policy]);
    expect(known).toEqual({ [GA]: { name: 'Global Administrator', kind: 'role' } });
    expect(gets.map((g) => g.url)).toEqual([
      `/users/${USER}?$select=id,displayName,userPrincipalName`,
      `/groups/${GROUP}?$select=id,displayName`,
      `/servicePrincipals(appId='${APP}')?$select=id,appId,displayName`,
    ]);
    // A custom role isn't read: its id stays an id.
    expect(gets.some((g) => g.url.includes(CUSTOM_ROLE))).toBe(false);
    expect(gets.every((g) => !g.collection && g.version === 'v1.0')).toBe(true);
  });

  test('an id another evidence entry names is not read again, and each id is read once', () => {
    const member: Evidence = { source: 'excludedGroupMembers', id: USER, displayName: 'Break Glass 01', fields: {} };
    const { known, gets } = planNames([policy, policy, member]);
    expect(known[USER]).toEqual({ name: 'Break Glass 01', kind: 'user' });
    expect(gets.map((g) => g.key)).toEqual([`name:group:${GROUP}`, `name:application:${APP}`]);
  });

  test('fields that hold no directory ids are never looked up', () => {
    expect(idKindOf('conditions.users.excludeGroups')).toBe('group');
    expect(idKindOf('roleDefinitionId')).toBe('role');
    expect(idKindOf('state')).toBeUndefined();
    const { gets } = planNames([{ source: 'domains', id: USER, fields: { id: USER, note: GROUP } }]);
    expect(gets).toEqual([]);
  });
});

describe('settleNames', () => {
  const { gets } = planNames([policy]);
  const [user, group, app] = gets.map((g) => g.key) as [string, string, string];

  test('answers become names; a user without a display name is named by sign-in name', () => {
    const outcomes = new Map([
      [user, ok({ id: USER, displayName: null, userPrincipalName: 'bg01@contoso.com' })],
      [group, ok({ id: GROUP, displayName: 'CA exclusions' })],
      [app, ok({ id: 'sp', appId: APP, displayName: 'Intune Enrollment' })],
    ]);
    expect(settleNames(gets, outcomes)).toEqual({
      names: {
        [USER]: { name: 'bg01@contoso.com', kind: 'user' },
        [GROUP]: { name: 'CA exclusions', kind: 'group' },
        [APP]: { name: 'Intune Enrollment', kind: 'application' },
      },
    });
  });

  test('403, 429 and a missing answer leave ids as ids, and the first failure is said once with the count', () => {
    const outcomes = new Map([
      [user, failed(403)],
      [group, failed(429)],
    ]);
    const settled = settleNames(gets, outcomes);
    expect(settled.names).toEqual({});
    expect(settled.unreadable).toBe('HTTP 403 (needs User.Read.All) (3 lookups failed)');
  });

  test('a 404 (the object is gone) leaves the id, but is an answer, not a failure', () => {
    const outcomes = new Map([
      [user, failed(404)],
      [group, ok({ displayName: 'CA exclusions' })],
      [app, failed(404)],
    ]);
    expect(settleNames(gets, outcomes)).toEqual({ names: { [GROUP]: { name: 'CA exclusions', kind: 'group' } } });
  });
});
