import { describe, expect, test } from 'vitest';
import type { ServiceGet } from '../engine/scan/service-reader';
import type { AdminService } from '../graph/sources/admin-services';
import { fakeServiceFetch, type Script } from '../../test/fixtures/fake-service-fetch';
import { createServiceReader, SHAREPOINT_NO_HOST, type ServiceReaderOptions } from './create-service-reader';

const TID = '11111111-2222-3333-4444-555555555555';
const ADMIN = 'https://contoso-admin.sharepoint.com';
const spo: ServiceGet = {
  key: 'spo',
  service: 'sharepoint',
  request: { kind: 'sharepointTenant' },
  collection: false,
};

function reader(script: Script, o: Partial<ServiceReaderOptions> = {}) {
  const fake = fakeServiceFetch(script);
  const r = createServiceReader({
    tenantId: TID,
    cloud: 'global',
    enabled: new Set<AdminService>(['sharepoint']),
    getToken: (s) => Promise.resolve(`token-${s}`),
    fetch: fake.fetch,
    sleep: () => Promise.resolve(),
    initialDomain: 'contoso.onmicrosoft.com',
    ...o,
  });
  return { r, calls: fake.calls };
}

describe('SharePoint Online: GET /_api/SPO.Tenant', () => {
  test("one GET on the admin host named after the initial domain, verbose OData; the engine gets d's settings", async () => {
    const { r, calls } = reader(() => ({ body: { d: { __metadata: { type: 'x' }, SharingCapability: 3 } } }));
    const out = await r.read([spo]);
    expect(out.get('spo')).toMatchObject({ ok: true, status: 200, body: { SharingCapability: 3 } });
    expect(calls).toEqual([
      expect.objectContaining({ method: 'GET', url: `${ADMIN}/_api/SPO.Tenant`, body: undefined }),
    ]);
    expect(calls[0]?.headers).toEqual({
      authorization: 'Bearer token-sharepoint',
      accept: 'application/json;odata=verbose',
    });
    expect(r.stats.sharepoint).toEqual({ requests: 1, httpCalls: 1, roundTrips: 1, retries: 0 });
  });

  test('national clouds: GCC High reads {tenant}-admin.sharepoint.us', async () => {
    const { r, calls } = reader(() => ({ body: { d: {} } }), {
      cloud: 'usgov',
      initialDomain: 'agency.onmicrosoft.us',
    });
    await r.read([spo]);
    expect(calls[0]?.url).toBe('https://agency-admin.sharepoint.us/_api/SPO.Tenant');
  });

  test('without an initial domain (or a root given) SharePoint is off, saying why, and never called', async () => {
    const { r, calls } = reader(() => ({ body: {} }), { initialDomain: undefined });
    expect(r.access('sharepoint')).toEqual({ on: false, why: SHAREPOINT_NO_HOST });
    expect(SHAREPOINT_NO_HOST).toMatch(/initial domain/);
    expect((await r.read([spo])).size).toBe(0);
    expect(calls).toEqual([]);
  });

  test('a root given (the CLI’s --spo-url, a local simulator) is used instead', async () => {
    const { r, calls } = reader(() => ({ body: { d: {} } }), {
      initialDomain: undefined,
      roots: { sharepoint: 'http://127.0.0.1:9999/sharepoint/' },
    });
    await r.read([spo]);
    expect(calls[0]?.url).toBe('http://127.0.0.1:9999/sharepoint/_api/SPO.Tenant');
  });

  test("SharePoint's verbose error is read: 403 with message.value", async () => {
    const { r } = reader(() => ({
      status: 403,
      body: {
        error: {
          code: '-2147024891, System.UnauthorizedAccessException',
          message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action.' },
        },
      },
    }));
    expect((await r.read([spo])).get('spo')).toEqual({
      ok: false,
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action.',
    });
  });

  test('a 429 is read again after its Retry-After; a 500 fails', async () => {
    const { r, calls } = reader((_, nth) =>
      nth === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { body: { d: {} } },
    );
    expect((await r.read([spo])).get('spo')).toMatchObject({ ok: true });
    expect(calls).toHaveLength(2);
    const broken = reader(() => ({ status: 500, body: {} }));
    expect((await broken.r.read([spo])).get('spo')).toMatchObject({ ok: false, status: 500 });
  });

  test('a request of another kind is refused before it leaves; a SharePoint request never goes to Exchange', async () => {
    const { r, calls } = reader(() => ({ body: {} }), { enabled: new Set<AdminService>(['sharepoint', 'exchange']) });
    const out = await r.read([
      { ...spo, key: 'cmdlet-to-spo', request: { kind: 'cmdlet', cmdlet: 'Get-OrganizationConfig' } },
      { ...spo, key: 'spo-to-exchange', service: 'exchange' },
    ]);
    expect(out.get('cmdlet-to-spo')).toMatchObject({ ok: false, code: 'RefusedByAllowList' });
    expect(out.get('spo-to-exchange')).toMatchObject({ ok: false, code: 'RefusedByAllowList' });
    expect(calls).toEqual([]);
  });
});
