import { describe, expect, test } from 'vitest';
import { serviceEndpoints } from '../../lib/graph/sources/admin-services';
import { createGraphSimulator } from '../simulator';
import { contoso } from '../tenants/contoso';
import { TENANT_ID } from '../tenants/contoso-people';

// The demo (lib/scanner/demo-scan.ts) scans Contoso through one in-process simulator's fetch with an
// opaque token: that same fetch answers the admin services' real hosts, so a service reader given it
// reads the demo's service data with no network.
describe("the demo's simulator fetch answers the admin services", () => {
  const { exchange, compliance, teams } = serviceEndpoints.global;
  const auth = { Authorization: 'Bearer demo-tenant-token', 'Content-Type': 'application/json' };
  const body = (name: string) => JSON.stringify({ CmdletInput: { CmdletName: name } });

  test('Exchange, compliance (discovery, then the regional host) and Teams, without touching Graph', async () => {
    const tenant = contoso();
    const sim = createGraphSimulator(tenant);
    const org = await sim.fetch(`${exchange.root}/adminapi/beta/${TENANT_ID}/InvokeCommand`, {
      method: 'POST',
      headers: { ...auth, Prefer: 'odata.maxpagesize=1000', 'X-ResponseFormat': 'json' },
      body: body('Get-OrganizationConfig'),
    });
    expect(org.status).toBe(200);
    expect(((await org.json()) as { value: unknown[] }).value).toHaveLength(1);

    const banner = await sim.fetch(`${compliance.root}/adminapi/beta/${TENANT_ID}/EXOBanner('AutogenSession')`, {
      headers: auth,
      redirect: 'manual',
    });
    const prefix = new URL(banner.headers.get('location') ?? '').hostname.split('.')[0] ?? '';
    const dlp = await sim.fetch(
      `https://${prefix}.ps.compliance.protection.outlook.com/adminapi/beta/${TENANT_ID}/InvokeCommand`,
      { method: 'POST', headers: auth, body: body('Get-DlpCompliancePolicy') },
    );
    // 400 "not recognized" as long as the demo's Purview data doesn't hold the cmdlet.
    expect(dlp.status).toBe(tenant.services?.cmdlets['Get-DlpCompliancePolicy'] ? 200 : 400);

    const meeting = await sim.fetch(`${teams.root}/Skype.Policy/configurations/TeamsMeetingPolicy`, { headers: auth });
    expect(meeting.status).toBe(200);
    expect(Array.isArray(await meeting.json())).toBe(true);

    expect(sim.stats.httpCalls).toBe(0);
    expect(sim.serviceStats).toMatchObject({ httpCalls: 4, discoveries: 1, violations: [] });
  });
});
