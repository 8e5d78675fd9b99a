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
      `https://outlook.office365.com/adminapi/beta/${TID}/Mailbox`,
      run('Get-OrganizationConfig'),
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

describe('an Exchange $batch', () => {
  const BATCH = `https://outlook.office365.com/adminapi/beta/${TID}/$batch`;
  const sub = (body: unknown, url = EXO, method = 'POST') => ({ id: '1', method, url, body, headers: {} });
  const batch = (...requests: unknown[]) => ({ requests });

  test('of allow-listed InvokeCommands (next pages included) is let through on Exchange only', () => {
    const body = batch(
      sub(run('Get-OrganizationConfig')),
      sub(run('Get-TransportRule', { ResultSize: 'Unlimited' }), `${EXO}?$skiptoken=x`),
    );
    expect(refusedServiceCall({ method: 'POST', url: BATCH, body }, roots)).toBeNull();
    const onCompliance = BATCH.replace('outlook.office365.com', 'eur03.ps.compliance.protection.outlook.com');
    expect(refusedServiceCall({ method: 'POST', url: onCompliance, body }, roots)).toMatch(
      /only Exchange Online is batched/,
    );
  });

  test.each([
    [
      'a Set- cmdlet among reads',
      batch(sub(run('Get-OrganizationConfig')), sub(run('Set-Mailbox'))),
      /not on the read-only allow-list/,
    ],
    [
      'a GET to another host',
      batch(sub(undefined, 'https://evil.example/steal', 'GET')),
      /is a GET, not an InvokeCommand POST/,
    ],
    ['an InvokeCommand on another host', batch(sub(run('Get-OrganizationConfig'), SCC)), /goes to https:\/\/eur03/],
    ['a compliance cmdlet', batch(sub(run('Get-DlpCompliancePolicy'))), /runs on compliance, not exchange/],
    [
      'a POST elsewhere',
      batch(sub(run('Get-OrganizationConfig'), EXO.replace('InvokeCommand', 'Mailbox'))),
      /not InvokeCommand/,
    ],
    ['eleven requests', batch(...Array.from({ length: 11 }, () => sub(run('Get-OrganizationConfig')))), /at most 10/],
    ['an empty batch', batch(), /empty/],
    ['no requests list', { value: [] }, /without a requests list/],
  ])('holding %s is refused whole', (_, body, why) => {
    expect(refusedServiceCall({ method: 'POST', url: BATCH, body }, roots)).toMatch(why);
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
