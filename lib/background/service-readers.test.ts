import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeServiceReader } from '../../test/fake-service-reader';
import { noDeclarations } from '../engine/scan/declarations';
import type { AdminService } from '../graph/sources/admin-services';
import { createGraphSimulator } from '../../simulator/simulator';
import { hardenedE5, hardenedE5Ids } from '../../simulator/tenants/hardened-e5';
import { INITIAL } from '../../simulator/tenants/hardened-e5-ids';
import type { ServiceData } from '../../simulator/services/service-data';
import { createScanControl } from '../scanner/scan-control';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { createAdminServicesSetting } from './admin-services';
import { createInitialDomains } from './initial-domains';
import type { ActiveSession } from './auth-port';
import { createScanRunner } from './scan-runner';
import { createServiceReaders, type ServiceReaderFactory, type ServiceReaderFactoryOptions } from './service-readers';
import { createToolbarBadge } from './toolbar-badge';

const TENANT = hardenedE5Ids.tenantId;
const LOCKBOX = 'm365-customer-lockbox-enabled';
const data: ServiceData = {
  cmdlets: { 'Get-OrganizationConfig': [{ Identity: 'x', CustomerLockBoxEnabled: true }] },
  teams: {},
};

beforeEach(() => fakeBrowser.reset());

/** createServiceReader's stand-in: the in-memory reader over `data`, on for exactly what it was told. */
function fakeCreate(made: ServiceReaderFactoryOptions[]): ServiceReaderFactory {
  return (o) => {
    made.push(o);
    const inner = fakeServiceReader(data);
    return { ...inner, access: (s) => (o.enabled.has(s) ? { on: true } : { on: false, why: o.offWhy?.(s) ?? '' }) };
  };
}

let n = 0;
async function setup(
  over: {
    hostsAllowed?: boolean | ((patterns: readonly string[]) => boolean);
    token?: (s: AdminService) => Promise<string>;
    /** What one Graph read of the signed-in tenant's initial domain answers (absent: it can't say). */
    graphDomain?: string;
  } = {},
) {
  const db = await openStore(`service-readers-${++n}`);
  const settings = createAdminServicesSetting({ getDb: () => Promise.resolve(db) });
  const made: ServiceReaderFactoryOptions[] = [];
  const tokens: string[] = [];
  const hostsAsked: string[] = [];
  const store = createScanStore(db);
  const initialDomains = createInitialDomains({
    settings,
    latestScan: (id) => store.latestScan(id),
    readSignedIn: () =>
      Promise.resolve(over.graphDomain ? { ok: true, domain: over.graphDomain } : { ok: false, why: 'HTTP 403' }),
  });
  const allowed = over.hostsAllowed ?? true;
  const readers = createServiceReaders({
    settings,
    initialDomains,
    create: fakeCreate(made),
    hostsAllowed: (patterns) => {
      hostsAsked.push(...patterns);
      return Promise.resolve(typeof allowed === 'function' ? allowed(patterns) : allowed);
    },
    fetch: () => Promise.reject(new Error('no network in this test')),
  });
  const session: ActiveSession = {
    connection: { cloud: 'global' },
    account: { id: 'admin', tenantId: TENANT },
    getToken: () => Promise.resolve('graph-token'),
    getServiceToken: (s, domain) => (
      tokens.push(domain ? `${s}@${domain}` : s),
      over.token ? over.token(s) : Promise.resolve(`token-${s}`)
    ),
  };
  const runner = createScanRunner({
    getStore: () => Promise.resolve(store),
    scanControl: createScanControl(),
    activeSession: () => Promise.resolve(session),
    noteMissingPermissions: () => Promise.resolve(),
    doh: () => Promise.resolve({}),
    declarations: () => Promise.resolve(noDeclarations),
    badge: createToolbarBadge({ signInExpired: () => Promise.resolve(false), scored: (s) => Promise.resolve(s) }),
    fetch: createGraphSimulator(hardenedE5()).fetch,
    services: readers,
  });
  const lockbox = async () => (await store.latestScan(TENANT))?.controls.find((c) => c.id === LOCKBOX);
  return { settings, readers, made, tokens, hostsAsked, runner, lockbox };
}

describe('each scan of a tenant reads the services it turned on', () => {
  test('none on: no token asked, no reader made, the controls say the service is off', async () => {
    const { runner, made, tokens, lockbox } = await setup();
    await runner.scanSignedInTenant();
    expect(made).toEqual([]);
    expect(tokens).toEqual([]);
    expect((await lockbox())?.serviceRead).toEqual({
      services: ['exchange'],
      live: false,
      why: 'Exchange Online reading is off for this tenant (Connect page › Admin services).',
    });
  });

  test('Exchange on and a token to be had: the scan reads it live, with the tenant, cloud and token source', async () => {
    const { settings, runner, made, tokens, lockbox } = await setup();
    await settings.set(TENANT, 'exchange', true);
    await runner.scanSignedInTenant();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ tenantId: TENANT, cloud: 'global' });
    expect([...made[0]!.enabled]).toEqual(['exchange']);
    expect(await made[0]!.getToken('exchange')).toBe('token-exchange');
    expect(tokens[0]).toBe('exchange');
    expect((await lockbox())?.serviceRead).toEqual({ services: ['exchange'], live: true });
    expect((await lockbox())?.status).toBe('pass');
    expect((await settings.views(TENANT, 'global'))[0]?.status).toBe('on');
  });

  test('no consent: the Graph scan still runs, the service is off saying so, and the Connect page shows it refused', async () => {
    const why = 'Exchange Online: not consented — Turn on asks for it (Connect page › Admin services).';
    const { settings, runner, made, lockbox } = await setup({ token: () => Promise.reject(new Error(why)) });
    await settings.set(TENANT, 'exchange', true);
    await runner.scanSignedInTenant();
    expect([...made[0]!.enabled]).toEqual([]);
    expect((await lockbox())?.serviceRead).toEqual({ services: ['exchange'], live: false, why });
    expect((await settings.views(TENANT, 'global'))[0]).toMatchObject({ status: 'refused', why });
  });

  test('the browser no longer allows the host: off for this scan, saying how to allow it', async () => {
    const { settings, runner, tokens, lockbox } = await setup({ hostsAllowed: false });
    await settings.set(TENANT, 'exchange', true);
    await runner.scanSignedInTenant();
    expect(tokens).toEqual([]);
    expect((await lockbox())?.serviceRead?.why).toMatch(
      /^This browser doesn't allow Posture Lens to reach https:\/\/\*\.outlook\.office365\.com\/\*/,
    );
  });

  test('the demo tenant reads the services it turned on over the simulator’s fetch, with no token asked', async () => {
    const { settings, readers, made, tokens } = await setup();
    await settings.set('demo', 'teams', true);
    const simulatorFetch = (() => Promise.reject(new Error('unused'))) as typeof fetch;
    const reader = await readers.forDemo('demo')(simulatorFetch, 'contoso.onmicrosoft.com');
    expect(reader.access('teams')).toEqual({ on: true });
    expect(reader.access('exchange')).toMatchObject({ on: false });
    expect(made[0]?.fetch).toBe(simulatorFetch);
    expect(made[0]?.initialDomain).toBe('contoso.onmicrosoft.com');
    expect(tokens).toEqual([]);
  });
});

describe('SharePoint: the tenant’s own admin host, named after its initial domain', () => {
  const DOMAIN = INITIAL;
  const HOST = `https://${DOMAIN.split('.')[0]}-admin.sharepoint.com/*`;

  test('known from the last scan: the reader gets the domain, the browser is asked for that host only, the token is its', async () => {
    const { settings, runner, made, tokens, hostsAsked } = await setup();
    await runner.scanSignedInTenant(); // the organization read names the domain
    await settings.set(TENANT, 'sharepoint', true);
    await runner.scanSignedInTenant();
    expect(made[0]).toMatchObject({ initialDomain: DOMAIN });
    expect([...made[0]!.enabled]).toEqual(['sharepoint']);
    expect(hostsAsked).toEqual([HOST]);
    expect(tokens).toEqual([`sharepoint@${DOMAIN}`]);
    await made[0]!.getToken('sharepoint');
    expect(tokens.at(-1)).toBe(`sharepoint@${DOMAIN}`);
  });

  test('never scanned: one Graph read names it, and the first scan reads SharePoint', async () => {
    const { settings, runner, made } = await setup({ graphDomain: DOMAIN });
    await settings.set(TENANT, 'sharepoint', true);
    await runner.scanSignedInTenant();
    expect(made[0]).toMatchObject({ initialDomain: DOMAIN });
    expect([...made[0]!.enabled]).toEqual(['sharepoint']);
  });

  test('never scanned and Graph can’t say: SharePoint is off saying what is missing, the scan runs, and keeps the domain for the next', async () => {
    const { settings, runner, made, tokens } = await setup();
    await settings.set(TENANT, 'sharepoint', true);
    await settings.set(TENANT, 'exchange', true);
    await runner.scanSignedInTenant();
    expect([...made[0]!.enabled]).toEqual(['exchange']);
    expect(made[0]!.initialDomain).toBeUndefined();
    expect(made[0]!.offWhy?.('sharepoint')).toMatch(/^SharePoint Online can't be read yet: .*initial domain/);
    expect(tokens).toEqual(['exchange']);
    expect((await settings.views(TENANT, 'global'))[3]).toMatchObject({
      status: 'refused',
      why: expect.stringMatching(/^SharePoint Online can't be read yet/),
    });
    // The scan's own organization read named the domain: the next scan reads SharePoint.
    await runner.scanSignedInTenant();
    expect([...made[1]!.enabled].sort()).toEqual(['exchange', 'sharepoint']);
  });

  test('compliance alone: its anchor mailbox gets the domain once known, and no Graph read is made for it', async () => {
    const { settings, runner, made } = await setup({ graphDomain: 'must-not-be-read.onmicrosoft.com' });
    await settings.set(TENANT, 'compliance', true);
    await runner.scanSignedInTenant();
    expect(made[0]!.initialDomain).toBeUndefined();
    // The scan's own organization read named it: the next scan's compliance reads carry it.
    await runner.scanSignedInTenant();
    expect(made[1]).toMatchObject({ initialDomain: DOMAIN });
  });

  test('renamed: the new admin host isn’t allowed yet, so SharePoint is off saying how to allow it', async () => {
    const { settings, runner, made, tokens } = await setup({
      hostsAllowed: (p) => !p.some((h) => h.includes('renamed')),
    });
    await settings.noteInitialDomain(TENANT, 'renamed.onmicrosoft.com');
    await settings.set(TENANT, 'sharepoint', true);
    await runner.scanSignedInTenant();
    expect(made[0]!.offWhy?.('sharepoint')).toBe(
      "This browser doesn't allow Posture Lens to reach https://renamed-admin.sharepoint.com/*: turn the service off and on again on the Connect page › Admin services to allow it.",
    );
    expect(tokens).toEqual([]);
  });
});
