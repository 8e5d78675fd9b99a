import { describe, expect, test } from 'vitest';
import { CMDLET_ALLOW_LIST, refusedCmdlet } from './cmdlet-allow-list';

const input = (name: string, parameters?: Record<string, unknown>) => ({
  CmdletInput: { CmdletName: name, ...(parameters ? { Parameters: parameters } : {}) },
});

describe('the read-only allow-list', () => {
  test('lists Get-* cmdlets only', () => {
    for (const name of Object.keys(CMDLET_ALLOW_LIST)) expect(name).toMatch(/^Get-[A-Za-z0-9]+$/);
  });

  test('lets an allowed cmdlet through, with its allowed parameters', () => {
    expect(refusedCmdlet('exchange', input('Get-OrganizationConfig'))).toBeNull();
    expect(refusedCmdlet('exchange', input('Get-RemoteDomain', { Identity: 'Default' }))).toBeNull();
    expect(refusedCmdlet('compliance', input('Get-DlpCompliancePolicy'))).toBeNull();
  });

  test.each([
    [
      'a write cmdlet',
      'exchange',
      input('Set-OrganizationConfig', { CustomerLockBoxEnabled: true }),
      'not on the read-only allow-list',
    ],
    ['a Get cmdlet not listed', 'exchange', input('Get-Mailbox'), 'not on the read-only allow-list'],
    ['a name differing in case', 'exchange', input('get-organizationconfig'), 'not on the read-only allow-list'],
    [
      'a parameter not listed',
      'exchange',
      input('Get-OrganizationConfig', { Identity: 'x' }),
      'may not be given -Identity',
    ],
    [
      'a parameter holding an object',
      'exchange',
      input('Get-RemoteDomain', { Identity: { a: 1 } }),
      'not a plain value',
    ],
    ['an Exchange cmdlet sent to compliance', 'compliance', input('Get-OrganizationConfig'), 'runs on exchange'],
    [
      'a second command beside it',
      'exchange',
      { ...input('Get-OrganizationConfig'), Script: 'Remove-Mailbox' },
      'more than CmdletInput',
    ],
    [
      'extra keys in CmdletInput',
      'exchange',
      { CmdletInput: { CmdletName: 'Get-OrganizationConfig', Pipeline: 'Set-X' } },
      'holds Pipeline',
    ],
    ['a body that is not an object', 'exchange', 'Get-OrganizationConfig', 'not a CmdletInput object'],
  ] as const)('refuses %s', (_, service, body, why) => {
    expect(refusedCmdlet(service, body)).toContain(why);
  });
});
