import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import { TENANT_ID } from '../tenants/contoso-people';
import { cmdlet, EXO, INVOKE, post, rules, tenantWith } from './service-test-requests';

const BATCH = `${EXO}/adminapi/beta/${TENANT_ID}/$batch`;
const data = {
  cmdlets: {
    'Get-OrganizationConfig': [{ Identity: 'contoso.onmicrosoft.com', CustomerLockBoxEnabled: true }],
    'Get-TransportRule': rules(3),
  },
  teams: {},
};

const sub = (id: string, body: unknown, url = INVOKE, method = 'POST', headers: Record<string, string> = {}) => ({
  id,
  method,
  url,
  body,
  headers,
});

interface Responses {
  responses: { id: string; status: number; headers: Record<string, string>; body: Record<string, unknown> }[];
}
const responsesOf = (json: unknown) => (json as Responses).responses;

describe('Exchange $batch', () => {
  test('answers each InvokeCommand as a lone call would, counting one HTTP call for the batch', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, BATCH, {
      requests: [sub('a', cmdlet('Get-OrganizationConfig')), sub('b', cmdlet('Get-AcceptedDomain'))],
    });
    expect(res.status).toBe(200);
    const [a, b] = responsesOf(res.json);
    expect(a).toMatchObject({ id: 'a', status: 200, body: { value: data.cmdlets['Get-OrganizationConfig'] } });
    expect(b).toMatchObject({
      id: 'b',
      status: 400,
      body: { error: { message: expect.stringMatching(/is not recognized/) } },
    });
    expect(sim.serviceStats).toMatchObject({ httpCalls: 1, batches: 1, byService: { exchange: 1 }, violations: [] });
    expect(sim.serviceStats.byCmdlet).toEqual({ 'Get-OrganizationConfig': 1, 'Get-AcceptedDomain': 1 });
  });

  test('pages a sub-request by its own Prefer, and its next page is read in a later batch', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const body = cmdlet('Get-TransportRule', { ResultSize: 'Unlimited' });
    const prefer = { Prefer: 'odata.maxpagesize=2' };
    const first = responsesOf((await post(sim, BATCH, { requests: [sub('1', body, INVOKE, 'POST', prefer)] })).json)[0];
    const next = first?.body['@odata.nextLink'];
    expect(first?.body.value).toEqual(rules(3).slice(0, 2));
    expect(typeof next).toBe('string');
    const second = responsesOf(
      (await post(sim, BATCH, { requests: [sub('1', body, String(next), 'POST', prefer)] })).json,
    )[0];
    expect(second?.body.value).toEqual(rules(3).slice(2));
    expect(second?.body['@odata.nextLink']).toBeUndefined();
  });

  test('injected faults answer their sub-request only: throttled with Retry-After, an error in a 200', async () => {
    const sim = createGraphSimulator(tenantWith(data), {
      serviceFaults: [
        { target: 'Get-OrganizationConfig', kind: 'throttle', retryAfterSeconds: 3 },
        { target: 'Get-TransportRule', kind: 'errorIn200', code: 'InternalError', message: 'Cmdlet failed' },
      ],
    });
    const res = await post(sim, BATCH, {
      requests: [sub('1', cmdlet('Get-OrganizationConfig')), sub('2', cmdlet('Get-TransportRule'))],
    });
    expect(res.status).toBe(200);
    expect(responsesOf(res.json)).toMatchObject([
      { id: '1', status: 429, headers: { 'retry-after': '3' } },
      { id: '2', status: 200, body: { error: { code: 'InternalError', message: 'Cmdlet failed' } } },
    ]);
  });

  test('a refused cmdlet or a request that is no InvokeCommand is answered 400 and recorded, the rest still read', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, BATCH, {
      requests: [
        sub('ok', cmdlet('Get-OrganizationConfig')),
        sub('set', cmdlet('Set-OrganizationConfig', { CustomerLockBoxEnabled: false })),
        sub('away', undefined, 'https://evil.example/steal', 'GET'),
      ],
    });
    expect(responsesOf(res.json).map((r) => [r.id, r.status])).toEqual([
      ['ok', 200],
      ['set', 400],
      ['away', 400],
    ]);
    expect(sim.serviceStats.violations).toMatchObject([
      { service: 'exchange', cmdlet: 'Set-OrganizationConfig' },
      {
        service: 'exchange',
        method: 'GET',
        url: 'https://evil.example/steal',
        reason: expect.stringMatching(/only InvokeCommand/),
      },
    ]);
  });

  test.each([
    [
      'more than 10 requests',
      { requests: Array.from({ length: 11 }, (_, i) => sub(String(i), cmdlet('Get-OrganizationConfig'))) },
      /held 11/,
    ],
    ['no requests list', cmdlet('Get-OrganizationConfig'), /requests/],
    [
      'two requests with one id',
      { requests: [sub('1', cmdlet('Get-OrganizationConfig')), sub('1', cmdlet('Get-TransportRule'))] },
      /own id/,
    ],
  ])('%s is a 400 for the whole batch, reading nothing', async (_, body, why) => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, BATCH, body);
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(why);
    expect(sim.serviceStats.byCmdlet).toEqual({});
  });

  test('needs a token and the tenant’s own id, like InvokeCommand', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const noToken = await post(
      sim,
      BATCH,
      { requests: [sub('1', cmdlet('Get-OrganizationConfig'))] },
      { Authorization: '' },
    );
    expect(noToken.status).toBe(401);
    const other = BATCH.replace(TENANT_ID, '99999999-9999-9999-9999-999999999999');
    expect((await post(sim, other, { requests: [sub('1', cmdlet('Get-OrganizationConfig'))] })).status).toBe(401);
  });

  test('compliance has no $batch: a POST there is a violation', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await post(sim, `https://ps.compliance.protection.outlook.com/adminapi/beta/${TENANT_ID}/$batch`, {
      requests: [],
    });
    expect(res.status).toBe(404);
    expect(sim.serviceStats.violations).toMatchObject([{ service: 'compliance', method: 'POST' }]);
  });
});
