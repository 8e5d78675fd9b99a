/**
 * Every field of a CA policy that decides a verdict is checked to its documented type (issue 12 §2):
 * one golden policy as Graph sends it, and one change per case.
 */
import { describe, expect, test } from 'vitest';
import { caPolicy } from '../../../simulator/tenants/conditional-access';
import { conditionalAccessPolicies } from './conditional-access-policies';

const golden = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(
      caPolicy('t', () => '2026-01-01T00:00:00Z', {
        displayName: 'Block legacy authentication',
        state: 'enabled',
        users: { include: ['All'], exclude: ['bg1'] },
        clientAppTypes: ['exchangeActiveSync', 'other'],
        locations: { include: ['All'], exclude: ['AllTrusted'] },
        grant: { builtIn: ['block'] },
      }),
    ),
  ) as Record<string, unknown>;

const GONE = Symbol('left out');
type Change = readonly [path: string, value: unknown];

/** Parse the golden policy after setting (or, with GONE, deleting) each dotted path. */
function parsed(...changes: Change[]) {
  const p = golden();
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let at = p;
    for (const k of keys) at = at[k] as Record<string, unknown>;
    if (value === GONE) delete at[last];
    else at[last] = value;
  }
  return conditionalAccessPolicies.parse({ value: [p] });
}

describe('conditional access policy shape', () => {
  test('the golden policy, as Graph sends it, parses', () => {
    expect(parsed()).toMatchObject({ ok: true });
  });

  test.each<[string, Change, string, string]>([
    [
      "includeLocations as the string 'AllTrusted'",
      ['conditions.locations.includeLocations', 'AllTrusted'],
      'conditions.locations.includeLocations',
      'expected array, got string',
    ],
    ['locations left out', ['conditions.locations', GONE], 'conditions.locations', 'missing'],
    ['platforms left out', ['conditions.platforms', GONE], 'conditions.platforms', 'missing'],
    ['devices left out', ['conditions.devices', GONE], 'conditions.devices', 'missing'],
    [
      'a platform Graph does not list',
      ['conditions.platforms', { includePlatforms: ['amiga'], excludePlatforms: [] }],
      'conditions.platforms.includePlatforms[0]',
      'expected one of',
    ],
    [
      'a device filter object without its rule',
      ['conditions.devices', { deviceFilter: { mode: 'exclude' } }],
      'conditions.devices.deviceFilter.rule',
      'missing',
    ],
    [
      'the device filter key left out of a devices condition',
      ['conditions.devices', {}],
      'conditions.devices.deviceFilter',
      'missing',
    ],
    [
      'clientAppTypes as a string',
      ['conditions.clientAppTypes', 'all'],
      'conditions.clientAppTypes',
      'expected array, got string',
    ],
    [
      'a client app type Graph does not list',
      ['conditions.clientAppTypes', ['imap']],
      'conditions.clientAppTypes[0]',
      'expected one of',
    ],
    ['userRiskLevels left out', ['conditions.userRiskLevels', GONE], 'conditions.userRiskLevels', 'missing'],
    [
      'a sign-in risk level Graph does not list',
      ['conditions.signInRiskLevels', ['severe']],
      'conditions.signInRiskLevels[0]',
      'expected one of',
    ],
    [
      'a transfer method Graph does not list',
      ['conditions.authenticationFlows', { transferMethods: 'deviceCodeFlow,teleport' }],
      'conditions.authenticationFlows.transferMethods',
      "'teleport' is not one of",
    ],
    [
      'insider risk levels as a number',
      ['conditions.insiderRiskLevels', 3],
      'conditions.insiderRiskLevels',
      'got number',
    ],
    [
      'the application filter key left out',
      ['conditions.applications.applicationFilter', GONE],
      'conditions.applications.applicationFilter',
      'missing',
    ],
    [
      'the guest exclusion key left out',
      ['conditions.users.excludeGuestsOrExternalUsers', GONE],
      'conditions.users.excludeGuestsOrExternalUsers',
      'missing',
    ],
    [
      'a guest type Graph does not list',
      [
        'conditions.users.excludeGuestsOrExternalUsers',
        {
          guestOrExternalUserTypes: 'everyone',
          externalTenants: {},
        },
      ],
      'conditions.users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes',
      "'everyone' is not one of",
    ],
    [
      'excludeUsers as an object',
      ['conditions.users.excludeUsers', { 0: 'bg1' }],
      'conditions.users.excludeUsers',
      'expected array, got object',
    ],
    [
      'a grant operator Graph does not list',
      ['grantControls.operator', 'XOR'],
      'grantControls.operator',
      'expected one of AND | OR',
    ],
    ['the grant operator left out', ['grantControls.operator', GONE], 'grantControls.operator', 'missing'],
    [
      'a grant control Graph does not list',
      ['grantControls.builtInControls', ['trustMe']],
      'grantControls.builtInControls[0]',
      'expected one of',
    ],
  ])('%s is malformed, naming the field', (_, change, path, problem) => {
    const r = parsed(change);
    expect(r).toMatchObject({ ok: false, path: `value[0].${path}` });
    expect(r.ok ? '' : r.problem).toContain(problem);
  });

  test.each<[string, ...Change[]]>([
    ['unknownFutureValue as a grant control', ['grantControls.builtInControls', ['block', 'unknownFutureValue']]],
    [
      'unknownFutureValue as a platform',
      ['conditions.platforms', { includePlatforms: ['unknownFutureValue'], excludePlatforms: [] }],
    ],
    [
      'a newer Graph leaving out authentication flows and insider risk',
      ['conditions.authenticationFlows', GONE],
      ['conditions.insiderRiskLevels', GONE],
    ],
    [
      'both transfer methods, comma-joined',
      ['conditions.authenticationFlows', { transferMethods: 'deviceCodeFlow,authenticationTransfer' }],
    ],
  ])('%s parses (the evaluators treat it as a value they cannot credit, or no condition)', (_, ...changes) => {
    expect(parsed(...changes)).toMatchObject({ ok: true });
  });
});
