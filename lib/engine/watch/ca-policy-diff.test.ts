import { describe, expect, test } from 'vitest';
import { diffCaPolicy, parseLogged } from './ca-policy-diff';

const NAMES: Record<string, string> = { g1: 'CA - Legacy Auth Exceptions', g2: 'Break-glass', u1: 'Reception' };
const nameOf = (id: string) => NAMES[id] ?? null;

const policy = {
  id: 'p1',
  displayName: 'Require MFA for all users',
  state: 'enabled',
  modifiedDateTime: '2026-10-01T00:00:00Z',
  conditions: {
    clientAppTypes: ['all'],
    users: {
      includeUsers: ['All'],
      excludeUsers: [] as string[],
      includeGroups: [] as string[],
      excludeGroups: ['g2'],
    },
    applications: { includeApplications: ['All'], excludeApplications: [] },
  },
  grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
};
type Policy = typeof policy;
const edit = (f: (p: Policy) => Policy) => f(structuredClone(policy));

describe('diffCaPolicy: a policy change in words', () => {
  test.each([
    [
      'switched to report-only',
      edit((p) => ({ ...p, state: 'enabledForReportingButNotEnforced' })),
      [{ field: 'State', before: 'On', after: 'Report-only' }],
    ],
    ['switched off', edit((p) => ({ ...p, state: 'disabled' })), [{ field: 'State', before: 'On', after: 'Off' }]],
    [
      'a group excluded, by name',
      edit((p) => {
        p.conditions.users.excludeGroups.push('g1');
        return p;
      }),
      [{ field: 'Excluded groups', before: 'Break-glass', after: 'Break-glass, CA - Legacy Auth Exceptions' }],
    ],
    [
      'a user excluded, an unknown id left as it is',
      edit((p) => {
        p.conditions.users.excludeUsers.push('u1', 'u9');
        return p;
      }),
      [{ field: 'Excluded users', before: 'none', after: 'Reception, u9' }],
    ],
    [
      'grant controls changed',
      edit((p) => ({
        ...p,
        grantControls: { ...p.grantControls, operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] },
      })),
      [
        { field: 'Grant: require', before: 'one of', after: 'all of' },
        { field: 'Grant controls', before: 'mfa', after: 'mfa, compliantDevice' },
      ],
    ],
    [
      'a field without words still shows, by its path',
      edit((p) => ({
        ...p,
        conditions: { ...p.conditions, clientAppTypes: ['browser'] },
        sessionControls: { signInFrequency: { value: 4 } },
      })),
      [
        { field: 'Client apps', before: 'all', after: 'browser' },
        { field: 'sessionControls.signInFrequency.value', before: '—', after: '4' },
      ],
    ],
    [
      'only the save time changed: nothing to say',
      edit((p) => ({ ...p, modifiedDateTime: '2026-12-01T00:00:00Z' })),
      [],
    ],
  ])('%s', (_name, after, expected) => {
    expect(diffCaPolicy(policy, after, nameOf)).toEqual(expected);
  });

  test('an added policy lists what it sets; a deleted one what it had', () => {
    const added = diffCaPolicy(null, policy, nameOf);
    expect(added).toContainEqual({ field: 'State', before: '—', after: 'On' });
    expect(added).toContainEqual({ field: 'Excluded groups', before: '—', after: 'Break-glass' });
    expect(diffCaPolicy(policy, null, nameOf)).toContainEqual({
      field: 'Name',
      before: 'Require MFA for all users',
      after: '—',
    });
  });

  test('parseLogged reads the log’s JSON text, and keeps text that isn’t JSON', () => {
    expect(parseLogged('"On"')).toBe('On');
    expect(parseLogged('["a","b"]')).toEqual(['a', 'b']);
    expect(parseLogged('not json')).toBe('not json');
    expect(parseLogged(null)).toBeNull();
  });
});
