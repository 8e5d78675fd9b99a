import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import { TENANT_ID } from '../tenants/contoso-people';
import { BEARER, cmdlet, getService, post, tenantWith } from './service-test-requests';

const DISCOVERY = `https://ps.compliance.protection.outlook.com/adminapi/beta/${TENANT_ID}/EXOBanner('AutogenSession')`;
const data = {
  cmdlets: { 'Get-DlpCompliancePolicy': [{ Identity: 'Default DLP', Name: 'Default DLP', Mode: 'Enable' }] },
  teams: {},
};

describe('Security & Compliance', () => {
  test("discovery answers 302 to the tenant's {prefix}.admin.protection.outlook.com:446", async () => {
    const sim = createGraphSimulator(tenantWith(data), { complianceRegion: 'eur03b' });
    const res = await getService(sim, `${DISCOVERY}?Version=3.9.2`);
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe(
      `https://eur03b.admin.protection.outlook.com:446/adminapi/beta/${TENANT_ID}/EXOBanner('AutogenSession')?Version=3.9.2`,
    );
    expect(sim.serviceStats.discoveries).toBe(1);
  });

  test('the discovered regional host answers compliance cmdlets; another region is a 404', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const regional = `https://nam12b.ps.compliance.protection.outlook.com/adminapi/beta/${TENANT_ID}/InvokeCommand`;
    const res = await post(sim, regional, cmdlet('Get-DlpCompliancePolicy'));
    expect(res.status).toBe(200);
    expect(res.json.value?.[0]?.['Name']).toBe('Default DLP');
    const elsewhere = await post(sim, regional.replace('nam12b', 'eur03b'), cmdlet('Get-DlpCompliancePolicy'));
    expect(elsewhere.status).toBe(404);
    expect(sim.serviceStats.byService).toEqual({ compliance: 2 });
  });

  test('the discovery host itself answers cmdlets too (a client without the redirect keeps it)', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const url = `https://ps.compliance.protection.outlook.com/adminapi/beta/${TENANT_ID}/InvokeCommand`;
    expect((await post(sim, url, cmdlet('Get-DlpCompliancePolicy'))).status).toBe(200);
  });

  test('an Exchange cmdlet on the compliance host is refused and recorded', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const url = `https://nam12b.ps.compliance.protection.outlook.com/adminapi/beta/${TENANT_ID}/InvokeCommand`;
    expect((await post(sim, url, cmdlet('Get-OrganizationConfig'))).status).toBe(400);
    expect(sim.serviceStats.violations).toMatchObject([
      { service: 'compliance', reason: 'Get-OrganizationConfig runs on exchange, not compliance' },
    ]);
  });

  test('discovery needs a token and the tenant; national clouds redirect to their own admin host', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    expect((await getService(sim, DISCOVERY, {})).status).toBe(401);
    const gov = await getService(
      sim,
      `https://ps.compliance.protection.office365.us/adminapi/beta/${TENANT_ID}/EXOBanner('AutogenSession')`,
    );
    expect(gov.headers['location']).toMatch(/^https:\/\/nam12b\.admin\.protection\.office365\.us:446\//);
    const dod = await getService(
      sim,
      `https://l5.ps.compliance.protection.office365.us/adminapi/beta/${TENANT_ID}/EXOBanner('AutogenSession')`,
      BEARER,
    );
    expect(dod.status).toBe(302);
  });

  test("through fetch: redirect 'manual' gives the 302 and its Location; followed, the call fails like a real fetch", async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const manual = await sim.fetch(DISCOVERY, { headers: BEARER, redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toMatch(/^https:\/\/nam12b\.admin\.protection\.outlook\.com:446\//);
    await expect(sim.fetch(DISCOVERY, { headers: BEARER })).rejects.toThrow(TypeError);
  });
});
