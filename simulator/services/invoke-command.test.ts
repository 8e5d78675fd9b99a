import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import { TENANT_ID } from '../tenants/contoso-people';
import { BEARER, cmdlet, EXO, INVOKE, getService, post, rules, tenantWith } from './service-test-requests';

const data = {
  cmdlets: {
    'Get-OrganizationConfig': [{ Identity: 'contoso.onmicrosoft.com', Name: 'contoso', AuditDisabled: false }],
    'Get-TransportRule': rules(25),
    'Get-RemoteDomain': [
      { Identity: 'Default', Name: 'Default', DomainName: '*', AutoForwardEnabled: true },
      { Identity: 'Partner', Name: 'Partner', DomainName: 'fabrikam.com', AutoForwardEnabled: false },
    ],
    'Get-EXOMailbox': [
      { Identity: 'ada', RecipientTypeDetails: 'UserMailbox' },
      { Identity: 'info', RecipientTypeDetails: 'SharedMailbox' },
      { Identity: 'room', RecipientTypeDetails: 'RoomMailbox' },
    ],
  },
  teams: {},
};

describe('InvokeCommand', () => {
  test('answers an allowed cmdlet with its output in value, as JSON, and counts it per cmdlet', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json.value).toEqual([{ Identity: 'contoso.onmicrosoft.com', Name: 'contoso', AuditDisabled: false }]);
    expect(res.json['@odata.context']).toContain(`${EXO}/adminapi/beta/${TENANT_ID}/$metadata`);
    expect(res.json['@odata.nextLink']).toBeUndefined();
    expect(sim.serviceStats).toMatchObject({ httpCalls: 1, byService: { exchange: 1 }, violations: [] });
    expect(sim.serviceStats.byCmdlet).toEqual({ 'Get-OrganizationConfig': 1 });
    expect(sim.stats.httpCalls).toBe(0); // Graph's own counters don't move
  });

  test('pages by @odata.nextLink when Prefer: odata.maxpagesize is smaller; the next page is the same body re-POSTed', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const body = cmdlet('Get-TransportRule', { ResultSize: 'Unlimited' });
    const prefer = { Prefer: 'odata.maxpagesize=10' };
    const seen: unknown[] = [];
    let url: string | undefined = INVOKE;
    let pages = 0;
    while (url !== undefined) {
      const page = await post(sim, url, body, prefer);
      expect(page.status).toBe(200);
      expect(page.headers['preference-applied']).toBe('odata.maxpagesize=10');
      seen.push(...(page.json.value ?? []));
      url = page.json['@odata.nextLink'];
      if (url !== undefined)
        expect(url).toMatch(new RegExp(`^${EXO}/adminapi/beta/${TENANT_ID}/InvokeCommand\\?\\$skiptoken=`));
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(rules(25));
    expect(sim.serviceStats.byCmdlet['Get-TransportRule']).toBe(3);
  });

  test('one page when the output fits (maxpagesize=1000, the clients’ value)', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, INVOKE, cmdlet('Get-TransportRule'), { Prefer: 'odata.maxpagesize=1000' });
    expect(res.json.value).toHaveLength(25);
    expect(res.json['@odata.nextLink']).toBeUndefined();
  });

  test('a GET to the nextLink is 405; a nextLink re-POSTed with another body is refused', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const first = await post(sim, INVOKE, cmdlet('Get-TransportRule'), { Prefer: 'odata.maxpagesize=10' });
    const next = first.json['@odata.nextLink'] ?? '';
    expect((await getService(sim, next)).status).toBe(405);
    const other = await post(sim, next, cmdlet('Get-RemoteDomain'), { Prefer: 'odata.maxpagesize=10' });
    expect(other.status).toBe(400);
    expect(other.json.error?.code).toBe('InvalidSkipToken');
    expect(sim.serviceStats.violations).toEqual([]);
  });

  test('-Identity matches Identity or Name; one that matches nothing is not found', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const byIdentity = await post(sim, INVOKE, cmdlet('Get-RemoteDomain', { Identity: 'Default' }));
    expect(byIdentity.json.value?.map((d) => d['DomainName'])).toEqual(['*']);
    const missing = await post(sim, INVOKE, cmdlet('Get-RemoteDomain', { Identity: 'Nowhere' }));
    expect(missing.status).toBe(404);
    expect(missing.json.error?.message).toContain("'Nowhere' couldn't be found");
  });

  test('-RecipientTypeDetails keeps the mailboxes of those types', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(
      sim,
      INVOKE,
      cmdlet('Get-EXOMailbox', { RecipientTypeDetails: ['SharedMailbox', 'RoomMailbox'] }),
    );
    expect(res.json.value?.map((m) => m['Identity'])).toEqual(['info', 'room']);
  });

  test('a cmdlet the tenant has no data for is "not recognized" (HTTP 400)', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, INVOKE, cmdlet('Get-AtpPolicyForO365'));
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toBe(
      "The term 'Get-AtpPolicyForO365' is not recognized as a name of a cmdlet, function, script file, or executable program.",
    );
    expect(sim.serviceStats.violations).toEqual([]);
  });

  test('without a bearer token: 401 with a challenge', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'), { Authorization: '' });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  test("another tenant's id is 401, a path segment that is no tenant id 404; the initial domain is accepted", async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const other = await post(
      sim,
      `${EXO}/adminapi/beta/00000000-0000-0000-0000-000000000001/InvokeCommand`,
      cmdlet('Get-OrganizationConfig'),
    );
    expect(other.status).toBe(401);
    const junk = await post(sim, `${EXO}/adminapi/beta/not-a-tenant/InvokeCommand`, cmdlet('Get-OrganizationConfig'));
    expect(junk.status).toBe(404);
    const byDomain = await post(
      sim,
      `${EXO}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`,
      cmdlet('Get-OrganizationConfig'),
    );
    expect(byDomain.status).toBe(200);
  });

  test('a Set-* cmdlet is refused with 400 and recorded as a violation', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, INVOKE, cmdlet('Set-OrganizationConfig', { AuditDisabled: true }));
    expect(res.status).toBe(400);
    expect(sim.serviceStats.violations).toEqual([
      {
        service: 'exchange',
        method: 'POST',
        url: INVOKE,
        cmdlet: 'Set-OrganizationConfig',
        reason: 'Set-OrganizationConfig is not on the read-only allow-list',
      },
    ]);
    expect(sim.serviceStats.byCmdlet).toEqual({});
  });

  test('a parameter off the allow-list, a compliance cmdlet on Exchange and a body that is no CmdletInput are violations too', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    await post(sim, INVOKE, cmdlet('Get-RemoteDomain', { Identity: 'Default', ErrorAction: 'Stop' }));
    await post(sim, INVOKE, cmdlet('Get-DlpCompliancePolicy'));
    await post(sim, INVOKE, '{"CmdletInput":');
    expect(sim.serviceStats.violations.map((v) => v.reason)).toEqual([
      'Get-RemoteDomain may not be given -ErrorAction',
      'Get-DlpCompliancePolicy runs on compliance, not exchange',
      'the body is not a CmdletInput object',
    ]);
  });

  test('writing methods on InvokeCommand or POSTs elsewhere are violations ($batch: exchange-batch.test.ts)', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const put = await sim.handle({ method: 'PUT', url: INVOKE, headers: BEARER, body: '{}' });
    expect(put.status).toBe(405);
    const other = await post(sim, `${EXO}/adminapi/beta/${TENANT_ID}/Mailbox`, cmdlet('Get-OrganizationConfig'));
    expect(other.status).toBe(404);
    expect(sim.serviceStats.violations.map((v) => v.method)).toEqual(['PUT', 'POST']);
  });

  test('tenant-specific Exchange hosts and the national clouds answer too', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    for (const root of [
      'https://nam12.outlook.office365.com',
      'https://outlook.office365.us',
      'https://outlook-dod.office365.us',
    ]) {
      const res = await post(sim, `${root}/adminapi/beta/${TENANT_ID}/InvokeCommand`, cmdlet('Get-OrganizationConfig'));
      expect(res.status).toBe(200);
      expect(res.json['@odata.context']).toContain(root);
    }
  });
});
