import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import { tenantIds } from './service-context';
import { BEARER, getService, tenantWith } from './service-test-requests';

const settings = { SharingCapability: 2, DisallowInfectedFileDownload: true };
const tenant = tenantWith({ cmdlets: {}, teams: {}, sharepoint: settings });
const prefix = tenantIds(tenant).initialDomain?.split('.')[0] ?? '';
const ADMIN = `https://${prefix}-admin.sharepoint.com`;
const VERBOSE = { ...BEARER, Accept: 'application/json;odata=verbose' };

describe('SharePoint Online: GET /_api/SPO.Tenant', () => {
  test('verbose: the settings under d with __metadata, as ScubaGear reads them', async () => {
    const sim = createGraphSimulator(tenant);
    const res = await getService(sim, `${ADMIN}/_api/SPO.Tenant`, VERBOSE);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json;odata=verbose/);
    expect(res.json).toEqual({
      d: {
        __metadata: expect.objectContaining({ type: 'Microsoft.Online.SharePoint.TenantAdministration.Tenant' }),
        ...settings,
      },
    });
    expect(sim.serviceStats.byService).toEqual({ sharepoint: 1 });
  });

  test('without odata=verbose the settings come flat', async () => {
    const res = await getService(createGraphSimulator(tenant), `${ADMIN}/_api/SPO.Tenant`);
    expect(res.json).toEqual(settings);
  });

  test('GCC High’s admin host and a local root answer too', async () => {
    const sim = createGraphSimulator(tenant);
    expect((await getService(sim, `https://${prefix}-admin.sharepoint.us/_api/SPO.Tenant`, VERBOSE)).status).toBe(200);
    expect((await getService(sim, 'http://127.0.0.1:4000/sharepoint/_api/SPO.Tenant', VERBOSE)).status).toBe(200);
  });

  test('no token is 401; another tenant’s admin host refuses this tenant’s token', async () => {
    const sim = createGraphSimulator(tenant);
    expect((await getService(sim, `${ADMIN}/_api/SPO.Tenant`, {})).status).toBe(401);
    expect((await getService(sim, 'https://fabrikam-admin.sharepoint.com/_api/SPO.Tenant', VERBOSE)).status).toBe(401);
  });

  test('a tenant without SharePoint data answers 404', async () => {
    const sim = createGraphSimulator(tenantWith({ cmdlets: {}, teams: {} }));
    expect((await getService(sim, `${ADMIN}/_api/SPO.Tenant`, VERBOSE)).status).toBe(404);
  });

  test('another path or a query is 404 and a violation; a write is 405 and a violation', async () => {
    const sim = createGraphSimulator(tenant);
    expect((await getService(sim, `${ADMIN}/_api/web`, VERBOSE)).status).toBe(404);
    expect((await getService(sim, `${ADMIN}/_api/SPO.Tenant?$select=SharingCapability`, VERBOSE)).status).toBe(404);
    const write = await sim.handle({ method: 'PATCH', url: `${ADMIN}/_api/SPO.Tenant`, headers: VERBOSE, body: '{}' });
    expect(write.status).toBe(405);
    expect(sim.serviceStats.violations.map((v) => [v.service, v.method])).toEqual([
      ['sharepoint', 'GET'],
      ['sharepoint', 'GET'],
      ['sharepoint', 'PATCH'],
    ]);
  });

  test('faults: 403, throttling and a malformed body, as for the other services', async () => {
    const sim = createGraphSimulator(tenant, {
      serviceFaults: [
        { target: 'SPO.Tenant', kind: 'status', status: 403, times: 1 },
        { target: 'SPO.Tenant', kind: 'throttle', retryAfterSeconds: 2, times: 1 },
        { target: 'SPO.Tenant', kind: 'malformed', body: '{"d":', times: 1 },
      ],
    });
    const url = `${ADMIN}/_api/SPO.Tenant`;
    expect((await getService(sim, url, VERBOSE)).status).toBe(403);
    const throttled = await getService(sim, url, VERBOSE);
    expect([throttled.status, throttled.headers['retry-after']]).toEqual([429, '2']);
    expect((await sim.handle({ method: 'GET', url, headers: VERBOSE })).body).toBe('{"d":');
    expect((await getService(sim, url, VERBOSE)).status).toBe(200);
  });
});
