/**
 * Several accounts in several tenants: a second sign-in adds an account (the fake Entra signs in a
 * user of another tenant), the popup switches between them and the scan it shows follows the active
 * tenant, Graph is called with each tenant's own token, and signing out keeps that tenant's history.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HistoryView } from '../../lib/engine/history/history';
import { createGraphSimulator } from '../../simulator/simulator';
import { TENANT_ID as CONTOSO_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { hardenedE5, hardenedE5Ids } from '../../simulator/tenants/hardened-e5';
import { serveGraph, type GraphRequest } from './admin-pages';
import { decodeJwtPayload, startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';

const clientId = TEST_CLIENT_ID;
const WOODGROVE_ID = hardenedE5Ids.tenantId;
const adele = 'adele@contoso.onmicrosoft.com';
const megan = 'megan@woodgrovebank.onmicrosoft.com';

const tidOf = (req: GraphRequest): unknown =>
  decodeJwtPayload(String(req.headers['authorization']).replace(/^Bearer /, '')).tid;

describe('several accounts and tenants', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let graph: { requests: GraphRequest[] };

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId, accessTokenLifetimeSeconds: 120, user: { tid: CONTOSO_ID } });
    ext = await launchExtension({ idp });
    // One Graph for both tenants: the token's tenant decides which one answers, as in Microsoft's.
    const sims = new Map([
      [CONTOSO_ID, createGraphSimulator(contoso())],
      [WOODGROVE_ID, createGraphSimulator(hardenedE5())],
    ]);
    graph = await serveGraph(ext.context, async (req) => {
      const sim = sims.get(String(tidOf(req)));
      return sim ? sim.handle(req) : { status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } };
    });
    await (await connectTestApp(ext)).close();
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  const signInState = (page: Page) => page.locator('.sign-in-state').textContent();
  const tenantName = (page: Page) =>
    page
      .locator('.tenant-name')
      .textContent({ timeout: 2_000 })
      .catch(() => null);
  const signInWith = async (page: Page, button: string) => {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await page.getByRole('button', { name: button, exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
  };
  const badgeText = async () =>
    (await ext.currentServiceWorker()).evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );
  const percent = async (page: Page) => (await page.locator('.ring-percent').textContent())?.replace('%', '');
  const scansOfActiveTenant = async (page: Page) => (await ask<HistoryView>(page, 'getHistory')).points.length;

  test('the first account signs in and scans its tenant (Contoso)', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await signInWith(popup, 'Sign in');
    await expect.poll(() => signInState(popup), { timeout: 15_000 }).toContain(`(${adele})`);
    await popup.getByRole('button', { name: /^Scan / }).click();
    await expect.poll(() => tenantName(popup), { timeout: 30_000 }).toBe('Contoso');
    expect(graph.requests.map(tidOf)).not.toContain(WOODGROVE_ID);
    await popup.close();
  });

  test('a second account in another tenant signs in from the Connect page and becomes active', async () => {
    idp.setUser({
      oid: '0b6c1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      tid: WOODGROVE_ID,
      preferredUsername: megan,
      name: 'Megan Bowen',
    });
    const page = await ext.openOptions();
    await expect.poll(() => signInState(page)).toContain(`(${adele})`);
    await signInWith(page, 'Sign in another account');
    await expect
      .poll(() => signInState(page), { timeout: 15_000 })
      .toBe(`Signed in as Megan Bowen (${megan}) to woodgrovebank.onmicrosoft.com.`);
    const accounts = page.getByRole('list', { name: 'Signed-in accounts' }).getByRole('listitem');
    await expect.poll(() => accounts.count()).toBe(2);
    expect(await accounts.allTextContents()).toEqual([
      expect.stringContaining(`Adele Vance (${adele}) — Contoso`),
      expect.stringContaining(`Megan Bowen (${megan}) — woodgrovebank.onmicrosoft.com active`),
    ]);
    await page.close();
  });

  test('the popup shows the new tenant (no scan yet), then scans it with its own token', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await expect.poll(() => signInState(popup)).toContain(`(${megan})`);
    // Contoso's scan is not shown as Woodgrove's.
    expect(await tenantName(popup)).toBeNull();
    await popup.getByRole('button', { name: 'Scan woodgrovebank.onmicrosoft.com' }).click();
    await expect.poll(() => tenantName(popup), { timeout: 30_000 }).toBe('Woodgrove Bank');
    expect(graph.requests.map(tidOf)).toContain(WOODGROVE_ID);
    expect(await signInState(popup)).toBe(`Signed in as Megan Bowen (${megan}) to Woodgrove Bank.`);
    await saveScreenshot(popup, 'popup-two-accounts');
    await popup.close();
  });

  test('switching accounts in the popup switches the scan, history and badge with the tenant', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    const picker = popup.getByRole('combobox', { name: 'Account' });
    await picker.waitFor();
    const woodgrove = { score: await popup.locator('.score-ring').textContent(), scans: 0 };
    woodgrove.scans = await scansOfActiveTenant(popup);

    await picker.selectOption({ label: `${adele} — Contoso` });
    await expect.poll(() => tenantName(popup)).toBe('Contoso');
    expect(await signInState(popup)).toBe(`Signed in as Adele Vance (${adele}) to Contoso.`);
    expect(await scansOfActiveTenant(popup)).toBe(1);
    const contosoScore = await popup.locator('.score-ring').textContent();
    expect(contosoScore).not.toBe(woodgrove.score);
    await expect.poll(badgeText).toBe(await percent(popup));

    await picker.selectOption({ label: `${megan} — Woodgrove Bank` });
    await expect.poll(() => tenantName(popup)).toBe('Woodgrove Bank');
    expect(await popup.locator('.score-ring').textContent()).toBe(woodgrove.score);
    await expect.poll(badgeText).toBe(await percent(popup));
    expect(woodgrove.scans).toBe(1);
    await popup.close();
  });

  test('signing out the active account keeps its history: signing in again shows its last scan', async () => {
    const page = await ext.openOptions();
    await page.getByRole('button', { name: `Sign out ${megan}` }).click();
    await expect.poll(() => signInState(page)).toBe(`Signed in as Adele Vance (${adele}) to Contoso.`);
    expect(await page.getByRole('list', { name: 'Signed-in accounts' }).getByRole('listitem').count()).toBe(1);

    const popup = await ext.openPopup({ width: 400, height: 700 });
    await expect.poll(() => tenantName(popup)).toBe('Contoso');
    expect(await popup.getByRole('combobox', { name: 'Account' }).count()).toBe(0);

    // Megan again (the fake Entra still signs her in): Woodgrove's scan is there without scanning.
    const requestsBefore = graph.requests.length;
    await signInWith(page, 'Sign in another account');
    await expect.poll(() => signInState(page), { timeout: 15_000 }).toContain(`(${megan}) to Woodgrove Bank.`);
    await popup.reload();
    await expect.poll(() => tenantName(popup)).toBe('Woodgrove Bank');
    expect(await scansOfActiveTenant(popup)).toBe(1);
    expect(graph.requests.length).toBe(requestsBefore);
    await page.close();
    await popup.close();
  });

  test('an expired sign-in is its own account’s: switching shows each account’s state and badge', async () => {
    // Every refresh token issued so far stops working; Megan (active) finds out on her next scan.
    idp.expireRefreshTokens();
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await popup.getByRole('button', { name: 'Scan Woodgrove Bank' }).click();
    await expect
      .poll(() => signInState(popup), { timeout: 15_000 })
      .toBe('Sign-in expired: background scans are paused until you sign in again.');
    await expect.poll(badgeText).toBe('!');

    // Adele's sign-in has not been found expired: switching to her shows her tenant, signed in, and its score.
    const picker = popup.getByRole('combobox', { name: 'Account' });
    await picker.selectOption({ label: `${adele} — Contoso` });
    await expect.poll(() => tenantName(popup)).toBe('Contoso');
    await expect.poll(() => signInState(popup)).toBe(`Signed in as Adele Vance (${adele}) to Contoso.`);
    await expect.poll(badgeText).toBe(await percent(popup));

    // Back to Megan: her expiry was kept, not cleared by the switch.
    await picker.selectOption({ label: `${megan} — Woodgrove Bank` });
    await expect
      .poll(() => signInState(popup))
      .toBe('Sign-in expired: background scans are paused until you sign in again.');
    await expect.poll(badgeText).toBe('!');
    await popup.close();
  });
});
