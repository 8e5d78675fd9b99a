/**
 * Consent needed: an admin whose grant lacks a permission the catalogue reads is told which one, is
 * offered "Grant consent" (an interactive sign-in with prompt=consent for the catalogue's scopes), and
 * the next scan decides the controls that permission had left unknown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { createGraphSimulator, type GraphSimulator } from '../../simulator/simulator';
import { catalogue } from '../../controls';
import { requiredPermissions } from '../../lib/engine/scan/permissions';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { serveGraph } from './admin-pages';
import { startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';

const clientId = TEST_CLIENT_ID;
const WITHHELD = 'Policy.Read.All';
/** Granted in the token, yet refused by Graph (as when the grant changed after the token was issued). */
const REFUSED = 'AuditLog.Read.All';

const refusedFor = (scan: ScanResult, permission: string): string[] =>
  scan.controls
    .filter((c) => c.unknownReason?.kind === 'missingPermission' && c.unknownReason.permission === permission)
    .map((c) => c.id);

describe('consent for missing permissions', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let sim: GraphSimulator;

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId, accessTokenLifetimeSeconds: 120, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    sim = createGraphSimulator(contoso());
    await serveGraph(ext.context, (req) => sim.handle(req)); // `sim` is read per request
    await (await connectTestApp(ext)).close();
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  const signInState = (page: Page) => page.locator('.sign-in-state').textContent();
  const authorizePage = () =>
    ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
  const latestScan = async (page: Page) => (await ask<{ scan: ScanResult | null }>(page, 'getState')).scan;
  let refusedControls: string[] = [];

  test('a grant without a permission names it and offers consent; the scan leaves its controls unknown', async () => {
    idp.withholdScopes([WITHHELD]);
    const popup = await ext.openPopup({ width: 400, height: 700 });
    const opened = authorizePage();
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();

    // Straight from the token's scopes, before any scan.
    await expect
      .poll(() => signInState(popup), { timeout: 15_000 })
      .toBe(`Signed in as Adele Vance (adele@contoso.onmicrosoft.com), but consent is needed for: ${WITHHELD}.`);
    expect(await popup.getByRole('list', { name: 'Permissions without consent' }).textContent()).toBe(WITHHELD);
    expect(await popup.getByRole('button', { name: 'Grant consent' }).count()).toBe(1);

    // The scan still runs: what the grant allows is decided, the rest is unknown for that permission.
    await popup.getByRole('button', { name: /^Scan / }).click();
    await expect.poll(() => popup.locator('.tenant-name').textContent(), { timeout: 30_000 }).toBe('Contoso');
    const scan = await latestScan(popup);
    refusedControls = refusedFor(scan!, WITHHELD);
    expect(refusedControls.length).toBeGreaterThan(0);
    expect(await signInState(popup)).toContain(`consent is needed for: ${WITHHELD}`);
    await saveScreenshot(popup, 'popup-consent-needed');
    await popup.close();
  });

  test('the options page says the same and lists the permission, even after the worker stopped', async () => {
    const page = await ext.openOptions();
    // The missing consent is persisted: a worker started from nothing still knows it (the 403s
    // came from the scan, not from anything MSAL can answer again).
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.reload();
    await expect.poll(() => signInState(page)).toContain(`consent is needed for: ${WITHHELD}`);
    expect(await page.getByRole('list', { name: 'Permissions without consent' }).textContent()).toBe(WITHHELD);
    await page.close();
  });

  test('Grant consent asks again with prompt=consent for the catalogue, and the next scan decides those controls', async () => {
    idp.withholdScopes([]); // the admin accepts this time
    const popup = await ext.openPopup({ width: 400, height: 700 });
    const opened = authorizePage();
    await popup.getByRole('button', { name: 'Grant consent' }).click();
    const auth = await opened;
    const authorize = new URL(auth.url());
    expect(authorize.searchParams.get('prompt')).toBe('consent');
    expect(authorize.searchParams.get('login_hint')).toBe('adele@contoso.onmicrosoft.com');
    const scopes = (authorize.searchParams.get('scope') ?? '').split(' ');
    expect(scopes).toContain(`https://graph.microsoft.com/${WITHHELD}`);
    // Exactly the catalogue's read permissions (plus OpenID's), nothing that writes.
    expect(scopes.filter((s) => /ReadWrite/i.test(s))).toEqual([]);
    await auth.getByRole('button', { name: 'Sign in' }).click();

    await expect
      .poll(() => signInState(popup), { timeout: 15_000 })
      .toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    expect(await popup.getByRole('button', { name: 'Grant consent' }).count()).toBe(0);

    const before = (await latestScan(popup))!.scannedAt;
    await popup.getByRole('button', { name: 'Scan Contoso' }).click();
    await expect.poll(async () => (await latestScan(popup))?.scannedAt, { timeout: 30_000 }).not.toBe(before);
    const scan = (await latestScan(popup))!;
    expect(refusedFor(scan, WITHHELD)).toEqual([]);
    for (const id of refusedControls) {
      expect(scan.controls.find((c) => c.id === id)?.status, id).not.toBe('unknown');
    }
    expect(await signInState(popup)).toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    await popup.close();
  });

  test('a scan refused with 403 for a permission the token has also asks for consent, naming it', async () => {
    const granted = requiredPermissions(catalogue).map((n) => n.permission);
    sim = createGraphSimulator(contoso(), { grantedScopes: granted.filter((p) => p !== REFUSED) });
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await expect.poll(() => signInState(popup)).toContain('Signed in as Adele Vance');
    await popup.getByRole('button', { name: 'Scan Contoso' }).click();
    await expect
      .poll(() => signInState(popup), { timeout: 30_000 })
      .toBe(`Signed in as Adele Vance (adele@contoso.onmicrosoft.com), but consent is needed for: ${REFUSED}.`);
    expect(refusedFor((await latestScan(popup))!, REFUSED).length).toBeGreaterThan(0);

    // Consent given again: the next scan is the judge, and Graph now answers.
    sim = createGraphSimulator(contoso());
    const opened = authorizePage();
    await popup.getByRole('button', { name: 'Grant consent' }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => signInState(popup), { timeout: 15_000 })
      .toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    await popup.getByRole('button', { name: 'Scan Contoso' }).click();
    await expect.poll(async () => refusedFor((await latestScan(popup))!, REFUSED).length, { timeout: 30_000 }).toBe(0);
    expect(await signInState(popup)).toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    await popup.close();
  });
});
