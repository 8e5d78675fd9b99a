import { describe, expect, test } from 'vitest';
import { CMDLET_NOT_AVAILABLE, type ServiceGet } from '../engine/scan/service-reader';
import type { AdminService } from '../graph/sources/admin-services';
import type { ServiceRequest } from '../graph/sources/define-service-source';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { fakeServiceFetch, type Script } from '../../test/fixtures/fake-service-fetch';
import { createServiceReader, type ServiceReaderOptions } from './create-service-reader';

const TID = '11111111-2222-3333-4444-555555555555';
const EXO = `https://outlook.office365.com/adminapi/beta/${TID}/InvokeCommand`;
const TEAMS = 'https://api.interfaces.records.teams.microsoft.com/Skype.Policy/configurations';
const DISCOVERY = `https://ps.compliance.protection.outlook.com/adminapi/beta/${TID}/EXOBanner('AutogenSession')`;

const cmdlet = (name: string, parameters?: Record<string, string>): ServiceGet => ({
  key: name,
  service: name.startsWith('Get-Dlp') || name === 'Get-LabelPolicy' ? 'compliance' : 'exchange',
  request: { kind: 'cmdlet', cmdlet: name, ...(parameters ? { parameters } : {}) } as ServiceRequest,
  collection: true,
});
const teams = (configuration: string, identity?: string): ServiceGet => ({
  key: `${configuration}/${identity ?? '*'}`,
  service: 'teams',
  request: { kind: 'teamsConfiguration', configuration, ...(identity ? { identity } : {}) } as ServiceRequest,
  collection: identity === undefined,
});

function reader(script: Script, o: Partial<ServiceReaderOptions> = {}) {
  const fake = fakeServiceFetch(script);
  const sleeps: number[] = [];
  const r = createServiceReader({
    tenantId: TID,
    cloud: 'global',
    enabled: new Set<AdminService>(['exchange', 'compliance', 'teams']),
    getToken: (s) => Promise.resolve(`token-${s}`),
    fetch: fake.fetch,
    // These pin each InvokeCommand sent alone; Exchange's $batch is exo-batch.test.ts's.
    batch: false,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...o,
  });
  return { r, calls: fake.calls, sleeps };
}

const page = (value: unknown[], next?: string) => ({
  body: { '@odata.context': 'x', value, ...(next ? { '@odata.nextLink': next } : {}) },
});
const failed = (o: GraphOutcome | undefined) =>
  o && !o.ok ? o : expect.fail(`expected a failure, got ${JSON.stringify(o)}`);

describe('Exchange Online: InvokeCommand', () => {
  test('POSTs exactly the CmdletInput with the wire headers, and hands the engine { value }', async () => {
    const { r, calls } = reader(() => page([{ CustomerLockBoxEnabled: true }]));
    const out = await r.read([cmdlet('Get-OrganizationConfig')]);
    expect(out.get('Get-OrganizationConfig')).toEqual({
      ok: true,
      status: 200,
      body: { value: [{ CustomerLockBoxEnabled: true }] },
      pages: 1,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', url: EXO });
    expect(calls[0]?.body).toEqual({ CmdletInput: { CmdletName: 'Get-OrganizationConfig' } });
    expect(calls[0]?.headers).toEqual({
      authorization: 'Bearer token-exchange',
      'content-type': 'application/json',
      prefer: 'odata.maxpagesize=1000',
      'x-responseformat': 'json',
      'x-anchormailbox': `APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${TID}`,
    });
  });

  test('sends Parameters only when the source gives some', async () => {
    const { r, calls } = reader(() => page([]));
    await r.read([cmdlet('Get-RemoteDomain', { Identity: 'Default' })]);
    expect(calls[0]?.body).toEqual({
      CmdletInput: { CmdletName: 'Get-RemoteDomain', Parameters: { Identity: 'Default' } },
    });
  });

  test('reads the next page by re-POSTing the same body to @odata.nextLink, and merges value', async () => {
    const next = `${EXO}?$skiptoken=abc`;
    const { r, calls } = reader((c) => (c.url === EXO ? page([{ Identity: 'a' }], next) : page([{ Identity: 'b' }])));
    const out = await r.read([cmdlet('Get-TransportRule')]);
    expect(out.get('Get-TransportRule')).toMatchObject({
      ok: true,
      body: { value: [{ Identity: 'a' }, { Identity: 'b' }] },
      pages: 2,
    });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['POST', EXO],
      ['POST', next],
    ]);
    expect(calls[1]?.body).toEqual(calls[0]?.body);
    expect(calls[1]?.headers.authorization).toBe('Bearer token-exchange');
    expect(r.stats.exchange).toEqual({ requests: 2, httpCalls: 2, roundTrips: 2, retries: 0 });
  });

  test.each([
    [
      'another host',
      'https://evil.example/adminapi/beta/t/InvokeCommand?$skiptoken=1',
      /points to https:\/\/evil\.example/,
    ],
    ['another path', 'https://outlook.office365.com/adminapi/beta/t/Mailbox?$skiptoken=1', /not InvokeCommand/],
  ])('a nextLink to %s is refused: the source fails and nothing is sent there', async (_, next, message) => {
    const { r, calls } = reader(() => page([{ Identity: 'a' }], next));
    const o = failed((await r.read([cmdlet('Get-TransportRule')])).get('Get-TransportRule'));
    expect(o.message).toMatch(message);
    expect(calls).toHaveLength(1);
  });

  test('stops after the page cap instead of following nextLinks for ever', async () => {
    const { r, calls } = reader((_, n) => page([{ n }], `${EXO}?$skiptoken=${n}`));
    const o = failed((await r.read([cmdlet('Get-TransportRule')])).get('Get-TransportRule'));
    expect(o).toMatchObject({ code: 'TooManyPages', message: expect.stringMatching(/after 50/) });
    expect(calls).toHaveLength(50);
  });

  test.each([
    [
      'details first',
      400,
      { error: { code: 'BadRequest', message: 'outer', details: [{ message: 'first' }, { message: 'second' }] } },
      { status: 400, code: 'BadRequest', message: 'first second' },
    ],
    [
      'then innererror',
      500,
      {
        error: {
          code: 'InternalServerError',
          message: 'outer',
          innererror: { internalException: { message: 'inner' } },
        },
      },
      { status: 500, code: 'InternalServerError', message: 'inner' },
    ],
    [
      'then message',
      403,
      { error: { code: 'Forbidden', message: 'Access denied' } },
      { status: 403, code: 'Forbidden', message: 'Access denied' },
    ],
    ['a bare status', 502, 'Bad gateway', { status: 502, message: 'Exchange Online answered HTTP 502.' }],
    [
      'an error inside a 200',
      200,
      { error: { code: 'ManagementObjectNotFound', message: "Couldn't find object" } },
      { status: 200, code: 'ManagementObjectNotFound', message: "Couldn't find object" },
    ],
    [
      'a cmdlet the plan lacks',
      400,
      {
        error: {
          code: 'BadRequest',
          message:
            "The term 'Get-AtpPolicyForO365' is not recognized as a name of a cmdlet, function, script file, or executable program.",
        },
      },
      { status: 400, code: CMDLET_NOT_AVAILABLE },
    ],
  ])('errors are read as CIPP reads them: %s', async (_, status, body, expected) => {
    const { r } = reader(() => ({ status, body }));
    const o = failed((await r.read([cmdlet('Get-AtpPolicyForO365')])).get('Get-AtpPolicyForO365'));
    expect(o).toMatchObject(expected);
  });

  test('a 429 is sent again after its Retry-After; a 503 that never ends fails as unavailable', async () => {
    const { r, sleeps } = reader((c, n) =>
      c.body && JSON.stringify(c.body).includes('Get-OrganizationConfig')
        ? n === 0
          ? {
              status: 429,
              headers: { 'retry-after': '2' },
              body: { error: { code: 'TooManyRequests', message: 'slow down' } },
            }
          : page([{ A: 1 }])
        : { status: 503, headers: { 'retry-after': '1' } },
    );
    const out = await r.read([cmdlet('Get-OrganizationConfig'), cmdlet('Get-AcceptedDomain')]);
    expect(out.get('Get-OrganizationConfig')).toMatchObject({ ok: true, body: { value: [{ A: 1 }] } });
    expect(failed(out.get('Get-AcceptedDomain'))).toMatchObject({
      status: 503,
      message: 'Exchange Online was unavailable (HTTP 503) and retries ran out.',
    });
    expect(sleeps).toContain(2000);
    expect(r.stats.exchange?.retries).toBe(5);
  });

  test('no network: the request fails offline', async () => {
    const { r } = reader(() => ({ offline: true }));
    expect(failed((await r.read([cmdlet('Get-OrganizationConfig')])).get('Get-OrganizationConfig')).status).toBe(
      'offline',
    );
  });
});

describe('refusal before a byte leaves', () => {
  test.each([
    [
      'a cmdlet off the allow-list',
      cmdlet('Set-OrganizationConfig'),
      /Set-OrganizationConfig is not on the read-only allow-list/,
    ],
    [
      'a parameter the cmdlet may not take',
      cmdlet('Get-OrganizationConfig', { Identity: 'x' }),
      /may not be given -Identity/,
    ],
    [
      'a compliance cmdlet sent to Exchange',
      { ...cmdlet('Get-DlpCompliancePolicy'), service: 'exchange' as const },
      /runs on compliance, not exchange/,
    ],
    ['a Teams configuration outside the list', teams('TeamsCallingPolicy'), /not a listed Teams configuration/],
  ])('%s fails, and fetch is never called', async (_, get, why) => {
    const { r, calls } = reader(() => page([]));
    const o = failed((await r.read([get])).get(get.key));
    expect(o.message).toMatch(/refused by the read-only allow-list/);
    expect(o.message).toMatch(why);
    expect(calls).toEqual([]);
  });
});

describe('tokens and access', () => {
  test('a rejected getToken fails every request of that service with 401, saying why; the others are read', async () => {
    const { r, calls } = reader((c) => (c.method === 'GET' ? { body: [{ Identity: 'Global' }] } : page([])), {
      getToken: (s) => (s === 'exchange' ? Promise.reject(new Error('consent_required')) : Promise.resolve('t')),
    });
    const out = await r.read([
      cmdlet('Get-OrganizationConfig'),
      cmdlet('Get-AcceptedDomain'),
      teams('TeamsMeetingPolicy'),
    ]);
    for (const key of ['Get-OrganizationConfig', 'Get-AcceptedDomain'])
      expect(failed(out.get(key))).toMatchObject({
        status: 401,
        message: 'no token could be had for Exchange Online: consent_required',
      });
    expect(out.get('TeamsMeetingPolicy/*')).toMatchObject({ ok: true });
    expect(calls.map((c) => c.url)).toEqual([`${TEAMS}/TeamsMeetingPolicy`]);
  });

  test('a service not enabled is off with the caller’s sentence, and never read', async () => {
    const { r, calls } = reader(() => page([]), {
      enabled: new Set<AdminService>(['teams']),
      offWhy: (s) => `no --${s} token given`,
    });
    expect(r.access('exchange')).toEqual({ on: false, why: 'no --exchange token given' });
    expect(r.access('teams')).toEqual({ on: true });
    const out = await r.read([cmdlet('Get-OrganizationConfig')]);
    expect(out.size).toBe(0);
    expect(calls).toEqual([]);
  });
});

describe('Teams', () => {
  test('GETs a configuration with the ConfigAPI headers; a collection arrives as { value }, one instance as itself', async () => {
    const { r, calls } = reader((c) =>
      c.url.endsWith('/configuration/Global')
        ? { body: { Identity: 'Global', AllowAnonymousUsersToJoinMeeting: false } }
        : { body: [{ Identity: 'Global' }, { Identity: 'Tag:Strict' }] },
    );
    const out = await r.read([teams('TeamsMeetingPolicy'), teams('TenantFederationSettings', 'Global')]);
    expect(out.get('TeamsMeetingPolicy/*')).toMatchObject({
      ok: true,
      body: { value: [{ Identity: 'Global' }, { Identity: 'Tag:Strict' }] },
    });
    expect(out.get('TenantFederationSettings/Global')).toMatchObject({ ok: true, body: { Identity: 'Global' } });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${TEAMS}/TeamsMeetingPolicy`],
      ['GET', `${TEAMS}/TenantFederationSettings/configuration/Global`],
    ]);
    expect(calls[0]?.headers).toEqual({
      authorization: 'Bearer token-teams',
      accept: 'application/json',
      'x-authz-scope': 'tenant',
    });
  });

  test('an unknown instance is a 404 failure', async () => {
    const { r } = reader(() => ({ status: 404, body: { error: { code: 'NotFound', message: 'No such policy' } } }));
    expect(failed((await r.read([teams('TeamsMeetingPolicy', 'Nope')])).get('TeamsMeetingPolicy/Nope'))).toMatchObject({
      status: 404,
      message: 'No such policy',
    });
  });
});

describe('Security & Compliance: the regional host', () => {
  const REGIONAL = `https://eur03.ps.compliance.protection.outlook.com/adminapi/beta/${TID}/InvokeCommand`;

  test('is discovered once per reader from the 302, without following it, then every cmdlet goes there', async () => {
    const { r, calls } = reader(
      (c) =>
        c.url === DISCOVERY
          ? {
              status: 302,
              headers: { location: `https://eur03.admin.protection.outlook.com:446/adminapi/beta/${TID}/x` },
            }
          : page([{ Name: 'p' }]),
      { initialDomain: 'contoso.onmicrosoft.com' },
    );
    await r.read([cmdlet('Get-DlpCompliancePolicy'), cmdlet('Get-LabelPolicy')]);
    await r.read([cmdlet('Get-DlpCompliancePolicy')]);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', DISCOVERY],
      ['POST', REGIONAL],
      ['POST', REGIONAL],
      ['POST', REGIONAL],
    ]);
    expect(calls[0]?.redirect).toBe('manual');
    expect(calls[1]?.headers).toMatchObject({
      authorization: 'Bearer token-compliance',
      'x-anchormailbox': 'UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com',
    });
    expect(r.stats.compliance).toEqual({ requests: 3, httpCalls: 4, roundTrips: 2, retries: 0 });
  });

  test('without a redirect the discovery host itself is asked, and a failure says so', async () => {
    const { r, calls } = reader((c) =>
      c.url === DISCOVERY ? { status: 200, body: {} } : { status: 500, body: 'boom' },
    );
    const o = failed((await r.read([cmdlet('Get-DlpCompliancePolicy')])).get('Get-DlpCompliancePolicy'));
    expect(calls[1]?.url).toBe(`https://ps.compliance.protection.outlook.com/adminapi/beta/${TID}/InvokeCommand`);
    expect(calls[1]?.headers['x-anchormailbox']).toBeUndefined();
    expect(o.message).toMatch(
      /No regional Security & Compliance host was found, so its discovery host ps\.compliance\.protection\.outlook\.com was asked\./,
    );
  });

  test('an injected discovery (the extension’s) is used; a host it names outside the compliance domain is never called', async () => {
    const { r, calls } = reader(() => page([]), {
      discoverComplianceRoot: () => Promise.resolve('https://evil.example'),
    });
    const o = failed((await r.read([cmdlet('Get-LabelPolicy')])).get('Get-LabelPolicy'));
    expect(o.message).toMatch(/only reads the admin services: https:\/\/evil\.example is not an admin-service host/);
    expect(calls).toEqual([]);
  });
});

describe('clouds, roots and concurrency', () => {
  test.each([
    ['usgov', 'https://outlook.office365.us', 'https://api.interfaces.records.gov.teams.microsoft.us'],
    ['china', 'https://partner.outlook.cn', 'https://api.interfaces.records.teams.microsoftonline.cn'],
  ] as const)('%s: the roots come from serviceEndpoints', async (cloud, exo, teamsRoot) => {
    const { r, calls } = reader((c) => (c.method === 'GET' ? { body: [] } : page([])), { cloud });
    await r.read([cmdlet('Get-OrganizationConfig'), teams('TeamsMeetingPolicy')]);
    expect(calls.map((c) => c.url).sort()).toEqual(
      [
        `${exo}/adminapi/beta/${TID}/InvokeCommand`,
        `${teamsRoot}/Skype.Policy/configurations/TeamsMeetingPolicy`,
      ].sort(),
    );
  });

  test('roots given (the CLI’s --exo-url) replace the cloud’s', async () => {
    const { r, calls } = reader(() => page([]), { roots: { exchange: 'http://127.0.0.1:9/' } });
    await r.read([cmdlet('Get-OrganizationConfig')]);
    expect(calls[0]?.url).toBe(`http://127.0.0.1:9/adminapi/beta/${TID}/InvokeCommand`);
  });

  test('six requests two at a time take three round trips', async () => {
    const names = [
      'Get-OrganizationConfig',
      'Get-AcceptedDomain',
      'Get-TransportConfig',
      'Get-SharingPolicy',
      'Get-AntiPhishPolicy',
      'Get-SafeLinksPolicy',
    ];
    const { r } = reader(() => page([]), { concurrency: 2 });
    const out = await r.read(names.map((n) => cmdlet(n)));
    expect([...out.keys()]).toEqual(names);
    expect(r.stats.exchange).toEqual({ requests: 6, httpCalls: 6, roundTrips: 3, retries: 0 });
  });
});
