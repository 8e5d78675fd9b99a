import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fleetTenantId, fleetToken } from '../../simulator/fleet';
import { fleetFetch } from '../../test/fixtures/fleet-fetch';
import { noDeclarations } from '../engine/scan/declarations';
import type { AuthState } from '../messaging/auth-view';
import { createScanControl } from '../scanner/scan-control';
import { createCustomerTenants } from '../store/customer-tenants';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import type { ActiveSession } from './auth-port';
import { createScanRunner } from './scan-runner';
import { ALREADY_SCANNING, createTenantScanLocks } from './tenant-scan-locks';
import { createTenantScans } from './tenant-scans';
import { createToolbarBadge } from './toolbar-badge';

/** Each test scans over the simulated fleet: a few seconds on a busy machine. */
const SLOW = { timeout: 30_000 };
const PARTNER = 'partner-account';
const HOME = fleetTenantId(90);
const CUSTOMER = fleetTenantId(1);
const OTHER = fleetTenantId(2);

beforeEach(() => fakeBrowser.reset());

/** "Scan now" (the scan runner) and "Scan selected" sharing one set of locks, as the background wires them. */
async function setup(name: string) {
  const db = await openStore(name);
  const store = createScanStore(db);
  const customers = createCustomerTenants(() => Promise.resolve(db));
  for (const tenantId of [CUSTOMER, OTHER])
    await customers.put({
      tenantId,
      name: 'added by id',
      domain: null,
      accountId: PARTNER,
      source: 'added',
      addedAt: '2026-12-01T00:00:00.000Z',
      addedBy: 'admin@partner.example',
    });
  const net = fleetFetch([
    { tid: HOME, posture: 'freshDefaults' },
    { tid: CUSTOMER, posture: 'hardenedE5' },
    { tid: OTHER, posture: 'contoso' },
  ]);
  const session = (tid: string): ActiveSession => ({
    connection: { cloud: 'global' },
    account: { id: PARTNER, tenantId: tid },
    getToken: () => Promise.resolve(fleetToken(tid)),
  });
  const account = { id: PARTNER, username: 'admin@partner.example', name: 'Admin', tenantId: HOME, tenantName: 'P' };
  const state: AuthState = {
    status: 'signedIn',
    connection: null,
    redirectUri: 'https://example.chromiumapp.org/',
    accounts: [account],
    active: account,
    missingPermissions: [],
    problem: null,
  };
  const io = {
    getStore: () => Promise.resolve(store),
    doh: () => Promise.resolve({}),
    declarations: () => Promise.resolve(noDeclarations),
    badge: createToolbarBadge({ signInExpired: () => Promise.resolve(false), scored: (s) => Promise.resolve(s) }),
    locks: createTenantScanLocks(),
    fetch: net.fetch,
  };
  const batch = createTenantScans({
    ...io,
    customers,
    auth: {
      state: () => Promise.resolve(state),
      activeSession: () => Promise.resolve(session(HOME)),
      tenantSession: (_account, tid) => Promise.resolve(session(tid)),
      noteMissingPermissions: () => Promise.resolve(),
    },
    clock: () => Date.now(),
  });
  const runner = createScanRunner({
    ...io,
    scanControl: createScanControl(),
    activeSession: () => Promise.resolve(session(HOME)),
    noteMissingPermissions: () => Promise.resolve(),
    shownCustomer: (tenantId, active) => batch.shownCustomer(tenantId, active),
  });
  return { store, customers, batch, runner, net, locks: io.locks };
}

test('"Scan now" on a shown customer tenant scans that tenant, not the partner’s own', SLOW, async () => {
  const { store, customers, runner, net } = await setup('scan-now-customer');
  await store.setActiveTenant(CUSTOMER);
  await runner.scanSignedInTenant();
  const [scan] = await store.history(CUSTOMER);
  expect(scan?.tenant.id).toBe(CUSTOMER);
  expect((await customers.get(CUSTOMER))?.name).toBe(scan?.tenant.displayName);
  expect(await store.history(HOME)).toHaveLength(0);
  expect(net.calls(HOME)).toBe(0);
  expect(await store.activeTenantId()).toBe(CUSTOMER);
  expect(await fakeBrowser.action.getBadgeText({})).toBe(`${scan!.score.percent}`);
});

test('"Scan now" on a tenant "Scan selected" has queued is refused, and the tenant is scanned once', SLOW, async () => {
  const { store, batch, runner } = await setup('scan-now-queued');
  await store.setActiveTenant(CUSTOMER);
  await batch.scan([OTHER, CUSTOMER], { concurrency: 1 });
  await expect(runner.scanSignedInTenant()).rejects.toThrow(ALREADY_SCANNING);
  await batch.whenIdle();
  expect(await store.history(CUSTOMER)).toHaveLength(1);
});

test('"Scan selected" refuses the tenant "Scan now" is scanning, and scans the others', SLOW, async () => {
  const { store, batch, runner, locks } = await setup('scan-now-running');
  await store.setActiveTenant(CUSTOMER);
  const now = runner.scanSignedInTenant();
  await vi.waitFor(() => expect(locks.isHeld(CUSTOMER)).toBe(true));
  const answer = await batch.scan([CUSTOMER, OTHER], { concurrency: 3 });
  expect(answer.tenants.map((t) => [t.state, t.message])).toEqual([
    ['failed', ALREADY_SCANNING],
    ['running', null],
  ]);
  await now;
  await batch.whenIdle();
  expect(await store.history(CUSTOMER)).toHaveLength(1);
  expect(await store.history(OTHER)).toHaveLength(1);
});
