import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fleetTenantId, fleetToken, type FleetTenant } from '../../simulator/fleet';
import { fleetFetch } from '../../test/fixtures/fleet-fetch';
import { noDeclarations } from '../engine/scan/declarations';
import type { AuthState } from '../messaging/auth-view';
import { TenantAccessError, type TenantScanStatus, type TenantScansView } from '../messaging/partner-protocol';
import { DEMO_TENANT_ID, scanDemoTenant } from '../scanner/demo-scan';
import { SCAN_CANCELLED } from '../scanner/scan-control';
import { createCustomerTenants } from '../store/customer-tenants';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import type { ActiveSession } from './auth-port';
import { createTenantScanLocks } from './tenant-scan-locks';
import { createTenantScans } from './tenant-scans';
import { createToolbarBadge } from './toolbar-badge';

const PARTNER = 'partner-account';
/** The partner's own tenant (a signed-in account's); every other tenant here is a customer tenant. */
const HOME = fleetTenantId(90);
const [A, B, C, D, E] = [1, 2, 3, 4, 5].map(fleetTenantId) as [string, string, string, string, string];
const badgeText = () => fakeBrowser.action.getBadgeText({});

beforeEach(() => fakeBrowser.reset());

const authState = (): AuthState => {
  const account = {
    id: PARTNER,
    username: 'admin@partner.example',
    name: 'Partner Admin',
    tenantId: HOME,
    tenantName: 'Partner',
  };
  return {
    status: 'signedIn',
    connection: null,
    redirectUri: 'https://example.chromiumapp.org/',
    accounts: [account],
    active: account,
    missingPermissions: [],
    problem: null,
  };
};

/** Customer tenants A…E (and any given) over the simulated fleet; `refuse`: what a tenant's token request says. */
async function setup(name: string, fleet: readonly FleetTenant[], refuse: Record<string, TenantAccessError> = {}) {
  const db = await openStore(name);
  const store = createScanStore(db);
  const customers = createCustomerTenants(() => Promise.resolve(db));
  for (const t of fleet)
    await customers.put({
      tenantId: t.tid,
      name: `customer ${t.tid.slice(-2)}`,
      domain: null,
      accountId: PARTNER,
      source: 'added',
      addedAt: '2026-12-01T00:00:00.000Z',
      addedBy: 'admin@partner.example',
    });
  const net = fleetFetch([...fleet, { tid: HOME, posture: 'freshDefaults' }]);
  const session = (tid: string): ActiveSession => ({
    connection: { cloud: 'global' },
    account: { id: PARTNER, tenantId: tid },
    getToken: () => (refuse[tid] ? Promise.reject(refuse[tid]) : Promise.resolve(fleetToken(tid))),
  });
  const noted: string[][] = [];
  const watched: [tenant: string, previous: string | null, scan: string][] = [];
  const scans = createTenantScans({
    getStore: () => Promise.resolve(store),
    customers,
    auth: {
      state: () => Promise.resolve(authState()),
      activeSession: () => Promise.resolve(session(HOME)),
      tenantSession: (_account, tid) => Promise.resolve(session(tid)),
      noteMissingPermissions: (_id, perms) => Promise.resolve(void noted.push([...perms])),
    },
    doh: () => Promise.resolve({}),
    declarations: () => Promise.resolve(noDeclarations),
    badge: createToolbarBadge({ signInExpired: () => Promise.resolve(false), scored: (s) => Promise.resolve(s) }),
    locks: createTenantScanLocks(),
    clock: () => Date.now(),
    fetch: net.fetch,
    afterScheduledScan: (previous, scan) =>
      Promise.resolve(void watched.push([scan.tenant.id, previous?.scannedAt ?? null, scan.scannedAt])),
  });
  const views: TenantScansView[] = [];
  scans.subscribe((v) => views.push(v));
  /** Resolves at the first view (now or later) where `ok` holds. */
  const until = (ok: (v: TenantScansView) => boolean): Promise<void> =>
    new Promise((resolve) => {
      const stop = scans.subscribe((v) => ok(v) && (stop(), resolve()));
    });
  return { store, customers, scans, views, net, noted, until, watched };
}

const stateOf = (v: TenantScansView, tenantId: string): TenantScanStatus['state'] | undefined =>
  v.tenants.find((t) => t.tenantId === tenantId)?.state;
const fleet = (...tids: string[]): FleetTenant[] =>
  tids.map((tid, i) => ({ tid, posture: (['contoso', 'hardenedE5', 'freshDefaults'] as const)[i % 3]! }));

describe('Scan selected', { timeout: 30_000 }, () => {
  test('never more tenants at once than the limit; each scan saved under its own tenant, nobody else’s history touched', async () => {
    const { store, customers, scans, views, net } = await setup('tenant-scans-limit', fleet(A, B, C, D, E));
    await store.saveScan(await scanDemoTenant(), { demo: true });
    const answer = await scans.scan([A, B, C, D, E], { concurrency: 2 });
    expect(answer.tenants.map((t) => t.state)).toEqual(['running', 'running', 'queued', 'queued', 'queued']);
    await scans.whenIdle();
    const final = scans.view();
    expect(final.running).toBe(false);
    expect(final.tenants.map((t) => [t.tenantId, t.state])).toEqual([A, B, C, D, E].map((t) => [t, 'done']));
    // Counted on the wire: tenants between their first and last request at once.
    expect(net.scansAtOnce()).toBe(2);
    expect(Math.max(...views.map((v) => v.tenants.filter((t) => t.state === 'running').length))).toBe(2);
    for (const tid of [A, B, C, D, E]) {
      const history = await store.history(tid);
      expect(history.map((s) => s.tenant.id)).toEqual([tid]);
      // The list shows the organization's name from then on.
      expect((await customers.get(tid))?.name).toBe(history[0]!.tenant.displayName);
    }
    expect(await store.history(DEMO_TENANT_ID)).toHaveLength(1);
    expect(await store.history(HOME)).toHaveLength(0);
    // Progress was shown per tenant while it ran.
    expect(views.some((v) => v.tenants.some((t) => t.state === 'running' && (t.progress?.done ?? 0) > 0))).toBe(true);
  });

  test('a tenant that needs consent, or whose sign-in expired, ends on its own; the others complete', async () => {
    const consent = new TenantAccessError(
      A,
      {
        state: 'needsConsent',
        consentUrl: 'https://login.example/adminconsent',
        reason: 'Posture Lens is not consented in this tenant (AADSTS65001).',
      },
      'needs consent',
    );
    const expired = new TenantAccessError(
      B,
      { state: 'signInExpired', reason: 'expired' },
      'Sign in again as admin@partner.example to scan this tenant.',
    );
    const { store, scans } = await setup('tenant-scans-consent', fleet(A, B, C), { [A]: consent, [B]: expired });
    await scans.scan([A, B, C], { concurrency: 1 });
    await scans.whenIdle();
    expect(scans.view().tenants.map((t) => [t.state, t.message])).toEqual([
      ['needsConsent', 'Posture Lens is not consented in this tenant (AADSTS65001).'],
      ['failed', 'Sign in again as admin@partner.example to scan this tenant.'],
      ['done', null],
    ]);
    expect(await store.history(A)).toHaveLength(0);
    expect(await store.history(C)).toHaveLength(1);
  });

  test('cancel one: it saves nothing and keeps its previous score; the others complete', async () => {
    const { store, scans, until } = await setup('tenant-scans-cancel', fleet(A, B, C));
    await scans.scan([B], { concurrency: 3 });
    await scans.whenIdle();
    const [before] = await store.history(B);
    const started = until((v) => (v.tenants.find((t) => t.tenantId === B)?.progress?.done ?? 0) > 0);
    await scans.scan([A, B, C], { concurrency: 3 });
    await started;
    scans.cancel(B);
    await scans.whenIdle();
    expect(scans.view().tenants.map((t) => [t.tenantId, t.state])).toEqual([
      [A, 'done'],
      [B, 'cancelled'],
      [C, 'done'],
    ]);
    expect(scans.view().tenants[1]?.message).toBe(SCAN_CANCELLED);
    expect((await store.history(B)).map((s) => s.scannedAt)).toEqual([before!.scannedAt]);
  });

  test('a throttled tenant waits on its own Retry-After; the others finish meanwhile', async () => {
    const throttled: FleetTenant = {
      tid: A,
      posture: 'contoso',
      faults: [{ path: '/organization', kind: 'throttle', times: 1000, retryAfterSeconds: 20 }],
    };
    const { store, scans, until } = await setup('tenant-scans-throttled', [throttled, ...fleet(B, C, D)]);
    const othersDone = until((v) => [B, C, D].every((t) => stateOf(v, t) === 'done'));
    await scans.scan([A, B, C, D], { concurrency: 2 });
    await othersDone;
    expect(stateOf(scans.view(), A)).toBe('running');
    scans.cancel(A);
    await scans.whenIdle();
    expect(stateOf(scans.view(), A)).toBe('cancelled');
    expect(await store.history(A)).toHaveLength(0);
    for (const t of [B, C, D]) expect(await store.history(t)).toHaveLength(1);
  });

  test('a tenant asked for twice, or already queued, is queued once; the demo and unknown tenants are refused', async () => {
    const { store, scans } = await setup('tenant-scans-duplicates', fleet(A, B));
    const stranger = fleetTenantId(77);
    const answer = await scans.scan([A, A, B, DEMO_TENANT_ID, stranger], { concurrency: 1 });
    expect(answer.tenants.map((t) => [t.tenantId, t.state])).toEqual([
      [A, 'running'],
      [B, 'queued'],
      [DEMO_TENANT_ID.toLowerCase(), 'failed'],
      [stranger, 'failed'],
    ]);
    expect(answer.tenants[2]?.message).toContain('demo tenant');
    expect(answer.tenants[3]?.message).toContain('add it on the Tenants page');
    expect((await scans.scan([B, A], { concurrency: 1 })).tenants).toHaveLength(4);
    await scans.whenIdle();
    expect(await store.history(A)).toHaveLength(1);
    expect(await store.history(B)).toHaveLength(1);
  });

  test('the toolbar shows the new score only for the tenant the pages show', async () => {
    const { store, scans } = await setup('tenant-scans-toolbar', fleet(A, B));
    await store.setActiveTenant(B);
    await scans.scan([A, B], { concurrency: 2 });
    await scans.whenIdle();
    const [scanOfB] = await store.history(B);
    expect(await badgeText()).toBe(`${scanOfB!.score.percent}`);
    await fakeBrowser.action.setBadgeText({ text: 'B' });
    await scans.scan([A], { concurrency: 1 });
    await scans.whenIdle();
    expect(await badgeText()).toBe('B');
    expect(await store.activeTenantId()).toBe(B);
  });

  test('the partner’s own tenant is scanned as "Scan now" scans it; its refused permissions are noted for the account', async () => {
    const { store, scans, noted } = await setup('tenant-scans-home', fleet(A));
    await scans.scan([HOME, A], { concurrency: 2 });
    await scans.whenIdle();
    expect(scans.view().tenants.map((t) => t.state)).toEqual(['done', 'done']);
    expect((await store.history(HOME)).map((s) => s.tenant.id)).toEqual([HOME]);
    // The home tenant's note only: a customer tenant's 403s can't be consented from the partner's tenant.
    expect(noted).toHaveLength(1);
  });

  test('a scheduled scan of each tenant hands the watch that tenant’s previous scan; one the user starts does not', async () => {
    const { store, scans, watched } = await setup('tenant-scans-watch', fleet(A, B));
    await scans.scan([A], { concurrency: 1 });
    await scans.whenIdle();
    await scans.scan([A, B], { concurrency: 2, background: true });
    await scans.whenIdle();
    const [latestA, firstA] = await store.history(A);
    const [onlyB] = await store.history(B);
    expect(watched).toHaveLength(2);
    expect(watched).toContainEqual([A, firstA!.scannedAt, latestA!.scannedAt]);
    expect(watched).toContainEqual([B, null, onlyB!.scannedAt]);
  });

  test('the last batch’s statuses stay until the next batch starts', async () => {
    const { scans } = await setup('tenant-scans-kept', fleet(A, B));
    await scans.scan([A], { concurrency: 1 });
    await scans.whenIdle();
    expect(scans.view()).toMatchObject({ running: false, tenants: [{ tenantId: A, state: 'done' }] });
    const next = await scans.scan([B], { concurrency: 1 });
    expect(next.tenants.map((t) => t.tenantId)).toEqual([B]);
    await scans.whenIdle();
  });
});
