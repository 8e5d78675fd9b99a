import { describe, expect, test } from 'vitest';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';
import { freshDefaults } from '../../simulator/tenants/fresh-defaults';
import { ScanFailedError } from './scan-failed';
import { scanSignedInTenant } from './tenant-scan-service';

const session = {
  connection: { cloud: 'global' as const },
  account: { tenantId: contoso().organization.id! },
  getToken: () => Promise.resolve('token'),
};

describe('scanning the signed-in tenant', () => {
  test('a reachable tenant is scanned and its organization named', async () => {
    const sim = createGraphSimulator(contoso());
    const { scan } = await scanSignedInTenant(session, { fetch: sim.fetch });
    expect(scan.failure).toBeUndefined();
    expect(scan.tenant.displayName).toBe('Contoso');
    expect(scan.controls.some((c) => c.status === 'pass')).toBe(true);
  });

  test('DNS checks: off, the email controls say where to turn them on; with a resolver, it is asked and they decide', async () => {
    const tenant = contoso();
    const sim = createGraphSimulator(tenant);
    const dns = createDnsSimulator(tenant);
    const dohUrl = 'https://resolver.example/dns-query';
    const asked: string[] = [];
    // One fetch, as in the background: Graph to the simulator, the resolver's URL to the DNS simulator.
    const both: typeof fetch = (input, init) => {
      const url = new Request(input).url;
      if (!url.startsWith(dohUrl)) return sim.fetch(input, init);
      asked.push(new URL(url).searchParams.get('name')!);
      return dns.fetch(input, init);
    };
    const email = ['email-spf-hardfail-configured', 'email-dmarc-enforced', 'email-dkim-enabled'];

    const off = await scanSignedInTenant(session, { fetch: both });
    for (const id of email) {
      const c = off.scan.controls.find((x) => x.id === id)!;
      expect(c.status).toBe('unknown');
      expect(c.reason).toContain('Settings › DNS checks');
    }
    expect(asked).toEqual([]);

    const on = await scanSignedInTenant(session, { fetch: both, doh: { url: dohUrl } });
    for (const id of email) expect(on.scan.controls.find((x) => x.id === id)!.status).not.toBe('unknown');
    expect(asked).toContain('_dmarc.contoso.com');
    expect(asked.some((n) => n.endsWith('.onmicrosoft.com'))).toBe(false);
  });

  test('offline: nothing is returned to save, and the error says so in a sentence', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const attempt = scanSignedInTenant(session, { fetch: offline });
    await expect(attempt).rejects.toBeInstanceOf(ScanFailedError);
    await expect(attempt).rejects.toThrow(
      'Microsoft Graph could not be reached: this browser seems to be offline. Nothing was saved; the last scan is still shown.',
    );
  });

  test('every request refused with 401: reported as a refused sign-in, not scored', async () => {
    const refused: typeof fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ error: { code: 'InvalidAuthenticationToken' } }), { status: 401 }));
    await expect(scanSignedInTenant(session, { fetch: refused })).rejects.toThrow(
      /refused the sign-in’s token \(HTTP 401\)/,
    );
  });

  test('a sign-in that fails before the scan stops it with the sign-in’s own error', async () => {
    const sim = createGraphSimulator(contoso());
    const expired = { ...session, getToken: () => Promise.reject(new Error('Your sign-in has expired.')) };
    await expect(scanSignedInTenant(expired, { fetch: sim.fetch })).rejects.toThrow('Your sign-in has expired.');
    expect(sim.stats.httpCalls).toBe(0);
  });

  test('the organization read refused: nothing to save, and the sentence says the tenant could not be identified', async () => {
    const sim = createGraphSimulator(contoso(), { faults: [{ path: '/organization', kind: 'forbidden' }] });
    const attempt = scanSignedInTenant(session, { fetch: sim.fetch });
    await expect(attempt).rejects.toBeInstanceOf(ScanFailedError);
    await expect(attempt).rejects.toThrow(/could not be identified.*Organization\.Read\.All.*Nothing was saved/);
  });

  test('Graph answering as another tenant than the one signed in: refused, nothing to save', async () => {
    const sim = createGraphSimulator(freshDefaults());
    await expect(scanSignedInTenant(session, { fetch: sim.fetch })).rejects.toThrow(
      /read Fresh Start.*not the signed-in tenant.*Nothing was saved/,
    );
  });
});
