/**
 * The admin services reach the simulator from the service worker (issue 17): `serveAdminServices`
 * routes Exchange Online, the compliance hosts and Teams to the same simulator `serveGraph` uses, and
 * the simulator tells them apart by host. What a background transport sees: InvokeCommand pages, a
 * `$batch` of InvokeCommands (one POST, its sub-requests answered one by one), the compliance discovery as an opaque redirect (fetch can't read its Location), Teams' arrays; nothing
 * leaves the machine and nothing the simulator refused as a write.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { serveAdminServices, serveGraph, type GraphRequest } from './admin-pages';
import { launchExtension, type LaunchedExtension } from './launch-extension';

describe('admin services routed to the simulator', () => {
  const tenant = contoso();
  tenant.services = {
    cmdlets: {
      'Get-TransportRule': Array.from({ length: 3 }, (_, i) => ({ Identity: `Rule ${i}`, Name: `Rule ${i}` })),
    },
    teams: { TeamsMeetingPolicy: [{ Identity: 'Global', AllowAnonymousUsersToJoinMeeting: false }] },
  };
  const sim = createGraphSimulator(tenant);
  let ext: LaunchedExtension;
  let seen: GraphRequest[];

  beforeAll(async () => {
    ext = await launchExtension();
    await serveGraph(ext.context, (req) => sim.handle(req));
    seen = (await serveAdminServices(ext.context, (req) => sim.handle(req))).requests;
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('from the service worker: InvokeCommand pages, a $batch, discovery, Teams, and Graph beside them', async () => {
    const worker = await ext.currentServiceWorker();
    const answers = await worker.evaluate(async (tid) => {
      const auth = { Authorization: 'Bearer e2e', 'Content-Type': 'application/json' };
      const body = JSON.stringify({ CmdletInput: { CmdletName: 'Get-TransportRule' } });
      const post = (url: string) =>
        fetch(url, { method: 'POST', headers: { ...auth, Prefer: 'odata.maxpagesize=2' }, body });
      const first = await post(`https://outlook.office365.com/adminapi/beta/${tid}/InvokeCommand`);
      const page1 = (await first.json()) as { value: unknown[]; '@odata.nextLink': string };
      const page2 = (await (await post(page1['@odata.nextLink'])).json()) as { value: unknown[] };
      const invoke = `https://outlook.office365.com/adminapi/beta/${tid}/InvokeCommand`;
      const sub = (id: string, CmdletName: string) => ({
        id,
        method: 'POST',
        url: invoke,
        body: { CmdletInput: { CmdletName } },
        headers: { Prefer: 'odata.maxpagesize=2', 'X-CmdletName': CmdletName },
      });
      const batch = await fetch(`https://outlook.office365.com/adminapi/beta/${tid}/$batch`, {
        method: 'POST',
        headers: { ...auth, Prefer: 'odata.maxpagesize=1000;odata.continue-on-error' },
        body: JSON.stringify({ requests: [sub('1', 'Get-TransportRule'), sub('2', 'Get-AcceptedDomain')] }),
      });
      const batched = (await batch.json()) as {
        responses: { id: string; status: number; body: { value?: unknown[]; '@odata.nextLink'?: string } }[];
      };
      const banner = await fetch(
        `https://ps.compliance.protection.outlook.com/adminapi/beta/${tid}/EXOBanner('AutogenSession')`,
        { headers: auth, redirect: 'manual' },
      );
      const teams = await fetch(
        'https://api.interfaces.records.teams.microsoft.com/Skype.Policy/configurations/TeamsMeetingPolicy',
        { headers: { Authorization: 'Bearer e2e', Accept: 'application/json', 'x-authz-scope': 'tenant' } },
      );
      const graph = await fetch('https://graph.microsoft.com/v1.0/organization', { headers: auth });
      return {
        pages: [page1.value.length, page2.value.length],
        batch: batched.responses.map((r) => [r.id, r.status, r.body.value?.length, typeof r.body['@odata.nextLink']]),
        banner: banner.type,
        teams: (await teams.json()) as unknown,
        graph: graph.status,
      };
    }, TENANT_ID);
    expect(answers).toEqual({
      pages: [2, 1],
      // Get-AcceptedDomain is not in this tenant's data: "not recognized", that sub-request's own 400.
      batch: [
        ['1', 200, 2, 'string'],
        ['2', 400, undefined, 'undefined'],
      ],
      banner: 'opaqueredirect',
      teams: [{ Identity: 'Global', AllowAnonymousUsersToJoinMeeting: false }],
      graph: 200,
    });
    expect(seen.map((r) => `${r.method} ${new URL(r.url).host}`)).toEqual([
      'POST outlook.office365.com',
      'POST outlook.office365.com',
      'POST outlook.office365.com',
      'GET ps.compliance.protection.outlook.com',
      'GET api.interfaces.records.teams.microsoft.com',
    ]);
    expect(new URL(seen[2]?.url ?? '').pathname).toBe(`/adminapi/beta/${TENANT_ID}/$batch`);
    expect(sim.serviceStats).toMatchObject({
      byCmdlet: { 'Get-TransportRule': 3, 'Get-AcceptedDomain': 1 },
      batches: 1,
      discoveries: 1,
      violations: [],
    });
    expect(ext.blockedRequests).toEqual([]);
  });
});
