import { expect, test } from 'vitest';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { rescanSignedInTenant } from './rescan';
import { scanSignedInTenant } from './tenant-scan-service';

const session = {
  connection: { cloud: 'global' as const },
  account: { tenantId: TENANT_ID },
  getToken: () => Promise.resolve('token'),
};

test('"Rescan this control" on the signed-in tenant asks the resolver from Settings › DNS checks, and none when off', async () => {
  const tenant = contoso();
  const sim = createGraphSimulator(tenant);
  const dns = createDnsSimulator(tenant);
  const dohUrl = 'https://resolver.example/dns-query';
  const both: typeof fetch = (input, init) =>
    new Request(input).url.startsWith(dohUrl) ? dns.fetch(input, init) : sim.fetch(input, init);
  const id = 'email-dmarc-enforced';
  const { scan: latest } = await scanSignedInTenant(session, { fetch: both });
  expect(latest.controls.find((c) => c.id === id)!.status).toBe('unknown');

  const off = await rescanSignedInTenant(session, latest, [id], { fetch: both });
  expect(off.controls.find((c) => c.id === id)!.reason).toContain('Settings › DNS checks');
  expect(dns.stats.queries).toBe(0);

  const on = await rescanSignedInTenant(session, latest, [id], { fetch: both, doh: { url: dohUrl } });
  expect(on.controls.find((c) => c.id === id)!.status).not.toBe('unknown');
  expect(dns.stats.byQuery['TXT _dmarc.contoso.com']).toBe(1);
});
