import { describe, expect, test } from 'vitest';
import { assertServiceReadOnly, refusedServiceCall } from './service-read-only';
import { serviceRoots } from './create-service-reader';

const roots = serviceRoots('global');
const TID = 'tid-1';
const EXO = `https://outlook.office365.com/adminapi/beta/${TID}/InvokeCommand`;
const SCC = `https://eur03.ps.compliance.protection.outlook.com/adminapi/beta/${TID}/InvokeCommand`;
const TEAMS = 'https://api.interfaces.records.teams.microsoft.com/Skype.Policy/configurations';
const run = (CmdletName: string, Parameters?: Record<string, unknown>) => ({
  CmdletInput: { CmdletName, ...(Parameters ? { Parameters } : {}) },
});

describe('refusedServiceCall', () => {
  test.each([
    ['an allow-listed Exchange cmdlet', 'POST', EXO, run('Get-OrganizationConfig')],
    ['its next page', 'POST', `${EXO}?$skiptoken=x`, run('Get-TransportRule', { ResultSize: 'Unlimited' })],
    ['a compliance cmdlet on the regional host', 'POST', SCC, run('Get-DlpCompliancePolicy')],
    ['a compliance cmdlet on the discovery host', 'POST', SCC.replace('eur03.', ''), run('Get-LabelPolicy')],
    [
      'the compliance discovery',
      'GET',
      `https://ps.compliance.protection.outlook.com/adminapi/beta/${TID}/EXOBanner('AutogenSession')`,
      undefined,
    ],
    ['a listed Teams configuration', 'GET', `${TEAMS}/TeamsMeetingPolicy`, undefined],
    ['one instance of it', 'GET', `${TEAMS}/TenantFederationSettings/configuration/Global`, undefined],
  ])('lets %s through', (_, method, url, body) => {
    expect(refusedServiceCall({ method, url, body }, roots)).toBeNull();
  });

  test.each([
    [
      'a Set- cmdlet',
      'POST',
      EXO,
      run('Set-OrganizationConfig', { CustomerLockBoxEnabled: false }),
      /not on the read-only allow-list/,
    ],
    ['a Get- cmdlet off the list', 'POST', EXO, run('Get-Mailbox'), /not on the read-only allow-list/],
    [
      'a parameter not allowed',
      'POST',
      EXO,
      run('Get-OrganizationConfig', { Identity: 'x' }),
      /may not be given -Identity/,
    ],
    [
      'a compliance cmdlet on Exchange',
      'POST',
      EXO,
      run('Get-DlpCompliancePolicy'),
      /runs on compliance, not exchange/,
    ],
    [
      'InvokeCommand on another host',
      'POST',
      'https://evil.example/adminapi/beta/t/InvokeCommand',
      run('Get-OrganizationConfig'),
      /not an admin-service host/,
    ],
    [
      'InvokeCommand on Graph',
      'POST',
      'https://graph.microsoft.com/adminapi/beta/t/InvokeCommand',
      run('Get-OrganizationConfig'),
      /not an admin-service host/,
    ],
    [
      'a POST elsewhere on Exchange',
      'POST',
      `https://outlook.office365.com/adminapi/beta/${TID}/$batch`,
      { requests: [] },
      /is not InvokeCommand/,
    ],
    ['a body beside CmdletInput', 'POST', EXO, { ...run('Get-OrganizationConfig'), Extra: 1 }, /more than CmdletInput/],
    ['no body', 'POST', EXO, undefined, /not a CmdletInput object/],
    [
      'a GET of an Exchange entity',
      'GET',
      `https://outlook.office365.com/adminapi/beta/${TID}/Mailbox('x')`,
      undefined,
      /not the compliance discovery/,
    ],
    ['a DELETE', 'DELETE', EXO, undefined, /never sends DELETE/],
    [
      'a Teams configuration off the list',
      'GET',
      `${TEAMS}/TeamsCallingPolicy`,
      undefined,
      /not a listed Teams configuration/,
    ],
    [
      'a Teams write',
      'PUT',
      `${TEAMS}/TeamsMeetingPolicy/configuration/Global`,
      { AllowAnonymousUsersToJoinMeeting: true },
      /only read with GET/,
    ],
    [
      'a lookalike compliance host',
      'POST',
      `https://eur03.ps.compliance.protection.outlook.com.evil.example/adminapi/beta/${TID}/InvokeCommand`,
      run('Get-LabelPolicy'),
      /not an admin-service host/,
    ],
  ])('refuses %s', (_, method, url, body, why) => {
    expect(refusedServiceCall({ method, url, body }, roots)).toMatch(why);
    expect(() => assertServiceReadOnly({ method, url, body }, roots)).toThrow(
      /^Posture Lens only reads the admin services: /,
    );
  });
});

describe('one host serving every service (a local stand-in, --exo-url = --teams-url)', () => {
  const local = 'http://127.0.0.1:4567';
  const same = { exchange: local, compliance: local, teams: local };

  test('each service’s reads are let through on it', () => {
    for (const call of [
      { method: 'POST', url: `${local}/adminapi/beta/t/InvokeCommand`, body: run('Get-OrganizationConfig') },
      { method: 'POST', url: `${local}/adminapi/beta/t/InvokeCommand`, body: run('Get-DlpCompliancePolicy') },
      { method: 'GET', url: `${local}/adminapi/beta/t/EXOBanner('AutogenSession')` },
      { method: 'GET', url: `${local}/Skype.Policy/configurations/TeamsMeetingPolicy` },
    ])
      expect(refusedServiceCall(call, same), call.url).toBeNull();
  });

  test('and anything else is still refused', () => {
    expect(
      refusedServiceCall(
        { method: 'POST', url: `${local}/adminapi/beta/t/InvokeCommand`, body: run('Set-Mailbox') },
        same,
      ),
    ).toMatch(/not on the read-only allow-list/);
    expect(refusedServiceCall({ method: 'GET', url: `${local}/Skype.Policy/configurations/Other` }, same)).toMatch(
      /not the compliance discovery|not a listed Teams configuration/,
    );
  });
});
