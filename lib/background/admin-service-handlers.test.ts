import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuthState } from '../messaging/protocol';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { adminServiceHandlers } from './admin-service-handlers';
import { createAdminServicesSetting } from './admin-services';
import { createInitialDomains } from './initial-domains';

const sender = {};
const active = { id: 'a1', username: 'adele@contoso.com', name: 'Adele', tenantId: 't1', tenantName: 'Contoso' };
const signedIn: AuthState = {
  status: 'signedIn',
  connection: { clientId: 'c', tenant: '', cloud: 'usgov' },
  redirectUri: 'https://x.chromiumapp.org/',
  accounts: [active],
  active,
  missingPermissions: [],
  problem: null,
};

beforeEach(() => fakeBrowser.reset());

let n = 0;
async function setup(opts: { consent?: string | null; activeTenant?: string; graphDomain?: string } = {}) {
  const db = await openStore(`admin-service-handlers-${++n}`);
  const store = createScanStore(db);
  if (opts.activeTenant) await store.setActiveTenant(opts.activeTenant);
  const asked: string[] = [];
  const graphReads: string[] = [];
  const settings = createAdminServicesSetting({ getDb: () => Promise.resolve(db) });
  const initialDomains = createInitialDomains({
    settings,
    latestScan: (id) => store.latestScan(id),
    readSignedIn: (id) => {
      graphReads.push(id);
      return Promise.resolve(
        opts.graphDomain ? { ok: true, domain: opts.graphDomain } : { ok: false, why: 'HTTP 403' },
      );
    },
  });
  const handlers = adminServiceHandlers({
    auth: {
      state: () => Promise.resolve(signedIn),
      consentToService: (s, domain) => (
        asked.push(domain ? `${s}@${domain}` : s),
        Promise.resolve(opts.consent ?? null)
      ),
    },
    getStore: () => Promise.resolve(store),
    settings,
    initialDomains,
  });
  return { handlers, asked, graphReads, settings };
}

describe('Connect page › Admin services', () => {
  test('the signed-in tenant’s services, all off, with its cloud’s hosts', async () => {
    const { handlers } = await setup();
    const view = await handlers.getAdminServices(null, sender);
    expect(view).toMatchObject({ tenantId: 't1', tenantName: 'Contoso', demo: false });
    expect(view.services.map((s) => s.status)).toEqual(['off', 'off', 'off', 'off']);
    expect(view.services[0]?.hosts).toEqual(['https://*.outlook.office365.us/*']);
  });

  test('Turn on asks for the service’s consent, then it is on', async () => {
    const { handlers, asked } = await setup();
    const view = await handlers.setAdminService({ tenantId: 't1', service: 'exchange', on: true }, sender);
    expect(asked).toEqual(['exchange']);
    expect(view.services[0]?.status).toBe('on');
  });

  test('a consent not given leaves it off and says why', async () => {
    const { handlers } = await setup({ consent: 'Exchange Online: Sign-in was cancelled.' });
    await expect(handlers.setAdminService({ tenantId: 't1', service: 'exchange', on: true }, sender)).rejects.toThrow(
      'Exchange Online: Sign-in was cancelled.',
    );
    expect((await handlers.getAdminServices(null, sender)).services[0]?.status).toBe('off');
  });

  test('Turn off asks nothing', async () => {
    const { handlers, asked } = await setup();
    await handlers.setAdminService({ tenantId: 't1', service: 'teams', on: true }, sender);
    const view = await handlers.setAdminService({ tenantId: 't1', service: 'teams', on: false }, sender);
    expect(asked).toEqual(['teams']);
    expect(view.services[2]?.status).toBe('off');
  });

  test('a page showing another tenant changes nothing', async () => {
    const { handlers, asked } = await setup();
    await expect(handlers.setAdminService({ tenantId: 't2', service: 'exchange', on: true }, sender)).rejects.toThrow(
      /another tenant/,
    );
    expect(asked).toEqual([]);
  });

  test('the demo tenant turns services on without consent (the simulator answers them)', async () => {
    const { handlers, asked } = await setup({ activeTenant: DEMO_TENANT_ID });
    const view = await handlers.setAdminService({ tenantId: DEMO_TENANT_ID, service: 'exchange', on: true }, sender);
    expect(view).toMatchObject({ demo: true });
    expect(view.services[0]).toMatchObject({ status: 'on', hosts: ['https://*.outlook.office365.com/*'] });
    expect(asked).toEqual([]);
  });

  test('a stored tenant that isn’t the signed-in one can’t be turned on', async () => {
    const { handlers } = await setup({ activeTenant: 't9' });
    await expect(handlers.setAdminService({ tenantId: 't9', service: 'exchange', on: true }, sender)).rejects.toThrow(
      'Sign in to this tenant to turn its admin services on.',
    );
  });
});

describe('Connect page › Admin services › SharePoint Online', () => {
  test('a tenant not scanned yet: one Graph read names its admin host, which Turn on asks for, consenting to it', async () => {
    const { handlers, asked, graphReads } = await setup({ graphDomain: 'contoso.onmicrosoft.com' });
    const view = await handlers.getAdminServices(null, sender);
    // The signed-in connection is usgov's: its SharePoint domain.
    expect(view.services[3]).toMatchObject({
      service: 'sharepoint',
      hosts: ['https://contoso-admin.sharepoint.us/*'],
      unavailable: null,
    });
    expect(graphReads).toEqual(['t1']);
    const on = await handlers.setAdminService({ tenantId: 't1', service: 'sharepoint', on: true }, sender);
    expect(asked).toEqual(['sharepoint@contoso.onmicrosoft.com']);
    expect(on.services[3]?.status).toBe('on');
    // Kept: no second Graph read.
    expect(graphReads).toEqual(['t1']);
  });

  test('no domain to be had: the item says what is missing, and Turn on asks nothing', async () => {
    const { handlers, asked } = await setup();
    const view = await handlers.getAdminServices(null, sender);
    expect(view.services[3]?.hosts).toEqual([]);
    expect(view.services[3]?.unavailable).toMatch(/initial domain .*scan the tenant once/);
    await expect(handlers.setAdminService({ tenantId: 't1', service: 'sharepoint', on: true }, sender)).rejects.toThrow(
      /^SharePoint Online can't be read yet/,
    );
    expect(asked).toEqual([]);
    expect((await handlers.getAdminServices(null, sender)).services[3]?.status).toBe('off');
  });

  test('the demo never reads Graph for it', async () => {
    const { handlers, graphReads } = await setup({ activeTenant: DEMO_TENANT_ID });
    await handlers.setAdminService({ tenantId: DEMO_TENANT_ID, service: 'sharepoint', on: true }, sender);
    expect(graphReads).toEqual([]);
  });
});
