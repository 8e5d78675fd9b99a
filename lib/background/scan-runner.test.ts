import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noDeclarations } from '../engine/scan/declarations';
import { createGraphSimulator } from '../../simulator/simulator';
import { freshDefaults } from '../../simulator/tenants/fresh-defaults';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import { createScanControl, SCAN_CANCELLED } from '../scanner/scan-control';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import type { ActiveSession } from './auth-port';
import { createScanRunner } from './scan-runner';
import { createToolbarBadge } from './toolbar-badge';

/** A real tenant other than the demo's (Contoso), so their histories are told apart. */
const TENANT_ID = freshDefaults().organization.id!;
const session: ActiveSession = {
  connection: { cloud: 'global' },
  account: { id: 'admin-account', tenantId: TENANT_ID },
  getToken: () => Promise.resolve('token'),
};
const badgeText = () => fakeBrowser.action.getBadgeText({});

beforeEach(() => fakeBrowser.reset());

type Watched = [previous: string | null, scan: string];

async function setup(name: string, over: { signedIn?: boolean; fetch?: typeof fetch } = {}) {
  const watched: Watched[] = [];
  const store = createScanStore(await openStore(name));
  const scanControl = createScanControl();
  const noted: [string, readonly string[]][] = [];
  const runner = createScanRunner({
    getStore: () => Promise.resolve(store),
    scanControl,
    activeSession: () => Promise.resolve(over.signedIn === false ? null : session),
    noteMissingPermissions: (id, perms) => Promise.resolve(void noted.push([id, perms])),
    doh: () => Promise.resolve({}),
    declarations: () => Promise.resolve(noDeclarations),
    badge: createToolbarBadge({ signInExpired: () => Promise.resolve(false), scored: (s) => Promise.resolve(s) }),
    fetch: over.fetch ?? createGraphSimulator(freshDefaults()).fetch,
    afterScheduledScan: (previous, scan) =>
      Promise.resolve(void watched.push([previous?.scannedAt ?? null, scan.scannedAt])),
  });
  /** Cancels the scan at its first progress report, as the popup's Cancel button would. */
  const cancelOnFirstProgress = () => scanControl.subscribe((p) => p.done > 0 && scanControl.cancel());
  return { store, runner, noted, cancelOnFirstProgress, watched };
}

describe('the demo tenant and the signed-in one go through the same path', () => {
  test('the demo scan is saved as the demo, becomes the tenant shown, and its score goes on the toolbar', async () => {
    const { store, runner } = await setup('runner-demo');
    await runner.scanDemoTenant();
    const [scan] = await store.history(DEMO_TENANT_ID);
    expect(scan).toBeDefined();
    expect((await store.tenants()).find((t) => t.id === DEMO_TENANT_ID)?.demo).toBe(true);
    expect(await store.activeTenantId()).toBe(DEMO_TENANT_ID);
    expect(await badgeText()).toBe(`${scan!.score.percent}`);
  });

  test("the signed-in tenant's scan is saved, shown and on the toolbar; its refused permissions are noted for the account", async () => {
    const sim = createGraphSimulator(freshDefaults(), {
      faults: [{ path: '/admin/sharepoint/settings', kind: 'forbidden' }],
    });
    const { store, runner, noted } = await setup('runner-signed-in', { fetch: sim.fetch });
    await runner.scanSignedInTenant();
    const [scan] = await store.history(TENANT_ID);
    expect(scan?.tenant.displayName).toBe('Fresh Start Ltd');
    expect((await store.tenants()).find((t) => t.id === TENANT_ID)?.demo).toBe(false);
    expect(await store.activeTenantId()).toBe(TENANT_ID);
    expect(await badgeText()).toBe(`${scan!.score.percent}`);
    expect(noted).toEqual([['admin-account', ['SharePointTenantSettings.Read.All']]]);
  });

  test('each scan is judged against the previous one: the second adds to the history', async () => {
    const { store, runner } = await setup('runner-previous');
    await runner.scanDemoTenant();
    await runner.scanDemoTenant();
    expect(await store.history(DEMO_TENANT_ID)).toHaveLength(2);
  });

  test('a scheduled scan hands the watch the previous scan it was compared with; one the admin starts does not', async () => {
    const { store, runner, watched } = await setup('runner-watch');
    await runner.scanSignedInTenant();
    await runner.scanSignedInTenant({ background: true });
    const [latest, first] = await store.history(TENANT_ID);
    expect(watched).toEqual([[first!.scannedAt, latest!.scannedAt]]);
  });

  test.each([
    ['the demo', (r: ReturnType<typeof createScanRunner>) => r.scanDemoTenant(), DEMO_TENANT_ID],
    ['a signed-in tenant', (r: ReturnType<typeof createScanRunner>) => r.scanSignedInTenant(), TENANT_ID],
  ])('Cancel on %s: nothing is saved, no `!`, and it says so', async (_, scanOf, tenantId) => {
    const { store, runner, cancelOnFirstProgress } = await setup(`runner-cancel-${tenantId}`);
    cancelOnFirstProgress();
    await expect(scanOf(runner)).rejects.toThrow(SCAN_CANCELLED);
    expect(await store.history(tenantId)).toHaveLength(0);
    expect(await badgeText()).toBe('');
    expect(runner.isScanning()).toBe(false);
  });
});

describe('the signed-in tenant', () => {
  test('nobody signed in: nothing is scanned, and the error says to sign in', async () => {
    const { store, runner } = await setup('runner-signed-out', { signedIn: false });
    await expect(runner.scanSignedInTenant()).rejects.toThrow('Sign in to a tenant first.');
    expect(await store.tenants()).toEqual([]);
  });

  test('a failed scan keeps the stored score and puts `!` and why on the toolbar', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const { store, runner } = await setup('runner-failed', { fetch: offline });
    await expect(runner.scanSignedInTenant()).rejects.toThrow('this browser seems to be offline');
    expect(await store.history(TENANT_ID)).toHaveLength(0);
    expect(await badgeText()).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toContain(
      'Posture Lens — the last scan failed: Microsoft Graph could not be reached',
    );
    expect(runner.isScanning()).toBe(false);
  });

  test('a background scan while the pages show another tenant is saved without changing what they show', async () => {
    const { store, runner } = await setup('runner-background');
    await runner.scanDemoTenant();
    const demoBadge = await badgeText();
    await runner.scanSignedInTenant({ background: true });
    expect(await store.history(TENANT_ID)).toHaveLength(1);
    expect(await store.activeTenantId()).toBe(DEMO_TENANT_ID);
    expect(await badgeText()).toBe(demoBadge);
  });
});

test('one scan at a time: asked again while scanning, no second scan runs', async () => {
  const { store, runner } = await setup('runner-one-at-a-time');
  const first = runner.scanDemoTenant();
  expect(runner.isScanning()).toBe(true);
  await runner.scanSignedInTenant();
  await first;
  expect(await store.history(DEMO_TENANT_ID)).toHaveLength(1);
  expect(await store.history(TENANT_ID)).toHaveLength(0);
  expect(runner.isScanning()).toBe(false);
});
