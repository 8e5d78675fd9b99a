/**
 * Read-only over a whole run: the hardened E5 tenant scanned with every admin service on, Graph through its
 * simulator and the services through a fake fetch answering from its service data. Every call
 * that left is a GET or a `$batch` of GETs to Graph, or an allow-listed read of a service host.
 */
import { expect, test } from 'vitest';
import { catalogue } from '../../controls';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import { hardenedE5 } from '../../simulator/tenants/hardened-e5';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { fakeServiceFetch } from '../../test/fixtures/fake-service-fetch';
import type { AdminService } from '../graph/sources/admin-services';
import { assertReadOnly } from '../graph/read-only';
import { isRecord } from '../graph/response-body';
import { isServiceSource } from '../graph/sources/define-service-source';
import { scanTenant } from '../scanner/scan-tenant';
import { createServiceReader, serviceRoots } from './create-service-reader';
import { refusedServiceCall } from './service-read-only';

const GRAPH = 'https://graph.microsoft.com';
const isLiveRead = (s: unknown): boolean => typeof s === 'object' && s !== null && isServiceSource(s);

test('a scan with every service on only reads, Graph and the admin services alike', async () => {
  const tenant = hardenedE5();
  const sim = createGraphSimulator(tenant);
  const graphCalls: { method: string; url: string; body?: unknown }[] = [];
  const graphFetch: typeof fetch = async (input, init) => {
    const req = new Request(input, init);
    const body = req.method === 'POST' ? ((await req.clone().json()) as unknown) : undefined;
    graphCalls.push({ method: req.method, url: new URL(req.url).pathname.replace(/^\/(v1\.0|beta)/, ''), body });
    return sim.fetch(req);
  };
  const initialDomain = tenant.domains.find((d) => d.isInitial)?.id ?? '';
  const services = fakeServiceFetch((call) => {
    if (call.method === 'GET' && call.url.endsWith('/_api/SPO.Tenant'))
      return { body: { d: tenant.services?.sharepoint } };
    if (call.method === 'GET' && call.url.includes('/Skype.Policy/')) {
      const name = /configurations\/([^/]+)/.exec(call.url)?.[1] ?? '';
      return { body: tenant.services?.teams[name as 'TeamsMeetingPolicy'] ?? [] };
    }
    if (call.method === 'GET')
      return { status: 302, headers: { location: 'https://nam01.admin.protection.outlook.com:446/x' } };
    const name = isRecord(call.body) && isRecord(call.body.CmdletInput) ? String(call.body.CmdletInput.CmdletName) : '';
    return { body: { value: tenant.services?.cmdlets[name as 'Get-OrganizationConfig'] ?? [] } };
  });
  const reader = createServiceReader({
    tenantId: TENANT_ID,
    cloud: 'global',
    enabled: new Set<AdminService>(['exchange', 'compliance', 'teams', 'sharepoint']),
    getToken: (s) => Promise.resolve(`token-${s}`),
    fetch: services.fetch,
    initialDomain,
  });
  const scan = await scanTenant({
    graphRoot: GRAPH,
    cloud: 'global',
    fetch: graphFetch,
    getToken: () => Promise.resolve('t'),
    doh: { url: 'https://dns.test/dns-query', fetch: createDnsSimulator(tenant).fetch },
    services: reader,
  });

  const readers = catalogue.filter((c) => c.sources && Object.values(c.sources as object).some(isLiveRead));
  expect(readers.length).toBeGreaterThan(0);
  expect(scan.controls.find((c) => c.id === 'm365-customer-lockbox-enabled')).toMatchObject({
    status: 'pass',
    serviceRead: { services: ['exchange'], live: true },
  });
  expect(scan.controls.find((c) => c.id === 'spo-infected-file-download-blocked')).toMatchObject({
    status: 'pass',
    serviceRead: { services: ['sharepoint'], live: true },
  });
  expect(services.calls.filter((c) => c.url.includes('sharepoint'))).toEqual([
    expect.objectContaining({
      method: 'GET',
      url: `https://${initialDomain.split('.')[0]}-admin.sharepoint.com/_api/SPO.Tenant`,
    }),
  ]);
  expect(services.calls.length).toBeGreaterThan(0);
  for (const call of graphCalls) expect(() => assertReadOnly(call)).not.toThrow();
  const roots = serviceRoots('global', {}, initialDomain);
  for (const call of services.calls) expect(refusedServiceCall(call, roots), `${call.method} ${call.url}`).toBeNull();
  expect(services.calls.filter((c) => c.method === 'POST').every((c) => c.url.includes('/InvokeCommand'))).toBe(true);
});
