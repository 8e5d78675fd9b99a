/**
 * Signing in to a real tenant, as an admin meets it: the Connect page, sign-in started from the popup
 * with the real MSAL (in the offscreen document) against the fake Entra, the token reaching Graph
 * (the simulator, which honours the token's `scp`), a silent token for a later scan, an expired
 * refresh token, a cancelled sign-in and an AADSTS error shown as its sentence.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../../simulator/simulator';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import type { HistoryView } from '../../lib/engine/history/history';
import { serveGraph, type GraphRequest } from './admin-pages';
import { ask } from './ask-background';
import { decodeJwtPayload, startFakeIdp, type FakeIdp } from './fake-idp';
import { expectedExtensionId, launchExtension, type LaunchedExtension } from './launch-extension';
import { firstScreenBottoms, POPUP_FOLD_PX } from './popup-fold';
import { saveScreenshot } from './screenshots';

const clientId = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';
const redirectUri = `https://${expectedExtensionId}.chromiumapp.org/`;

describe('signing in to a tenant', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let graph: { requests: GraphRequest[]; unroute(): Promise<void> };
  let sim: ReturnType<typeof createGraphSimulator>;

  beforeAll(async () => {
    // Access tokens shorter than MSAL's 5-minute renewal margin: every silent token is a refresh,
    // so a scan proves the refresh-token path, not just a cache hit.
    idp = await startFakeIdp({ clientId, accessTokenLifetimeSeconds: 120, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    sim = createGraphSimulator(contoso());
    graph = await serveGraph(ext.context, (req) => sim.handle(req));
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
  /** The score, the top three actions and the first screen's buttons, all within Chrome's 600 px popup. */
  const expectFirstScreenFits = async (popup: Page) => {
    const fold = await firstScreenBottoms(popup);
    expect(fold.actions).toBe(3);
    expect(Math.max(fold.score, fold.thirdAction, fold.buttons)).toBeLessThanOrEqual(POPUP_FOLD_PX);
  };
  const badgeText = async () => {
    const worker = await ext.currentServiceWorker();
    return worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );
  };

  test('the Connect page validates, saves, and shows what to register', async () => {
    const page = await ext.openOptions();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByRole('heading', { name: 'Connect a tenant' }).waitFor();
    await expect.poll(() => signInState(page)).toBe('Not connected to a tenant yet.');
    expect(await page.getByText(redirectUri, { exact: true }).count()).toBe(1);
    expect(await page.getByText('Global Reader', { exact: true }).count()).toBe(1);

    await page.getByLabel('Application (client) ID').fill('Posture Lens');
    await page.getByLabel('Tenant ID or domain (optional)').fill('adele@contoso.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/The Application \(client\) ID is a GUID/).waitFor();
    await page.getByText(/That is an email address/).waitFor();
    expect(await page.getByLabel('Application (client) ID').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Application (client) ID').fill(clientId);
    await page.getByLabel('Tenant ID or domain (optional)').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => signInState(page)).toBe('Signed out.');
    expect(await page.locator('.field-error').count()).toBe(0);

    // The setup scripts resolve permission ids at run time and register the SPA redirect URI.
    const scripts = await page.locator('pre.script').allTextContents();
    expect(scripts[0]).toContain("oauth2PermissionScopes[?value=='$P'].id");
    expect(scripts[0]).toContain(`"spa":{"redirectUris":["${redirectUri}"]}`);
    expect(scripts[1]).toContain(`-Spa @{ RedirectUris = @('${redirectUri}') }`);
    expect(scripts[1]).toContain("'Policy.Read.All'");
    await page
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await saveScreenshot(page, 'options-connect');
    await page.close();
  });

  test('an AADSTS error from Entra is shown as its sentence and fix', async () => {
    idp.nextAuthorizeError('access_denied', 'AADSTS53003: Access has been blocked by Conditional Access policies.');
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    const problem = popup.locator('.sign-in-problem');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toContain(
      'A Conditional Access policy in your tenant blocked this sign-in. (AADSTS53003)',
    );
    expect(await signInState(popup)).toBe('Signed out.');
    await popup.close();
  });

  test('a user who cancels on the sign-in page is told so, and nothing is signed in', async () => {
    const popup = await ext.openPopup();
    const opened = authorizePage();
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    const auth = await opened;
    await auth.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => popup.locator('.sign-in-problem').textContent(), { timeout: 15_000 })
      .toContain('Sign-in was cancelled');
    expect(await signInState(popup)).toBe('Signed out.');
    await popup.close();
  });

  test('sign-in started from the popup finishes after the popup closes', async () => {
    const popup = await ext.openPopup();
    const opened = authorizePage();
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    const auth = await opened;
    await popup.close(); // as the real popup does when the sign-in window takes focus
    await auth.getByText('Adele Vance').waitFor();
    await auth.getByRole('button', { name: 'Sign in' }).click();

    // The code was redeemed by MSAL with PKCE, cross-origin from the extension (Entra's SPA rule).
    await expect.poll(() => idp.issuedTokens.length, { timeout: 15_000 }).toBe(1);
    expect(idp.issuedTokens[0]).toMatchObject({
      grantType: 'authorization_code',
      origin: `chrome-extension://${expectedExtensionId}`,
    });
    expect(idp.issuedTokens[0]!.scopes).toContain('https://graph.microsoft.com/Policy.Read.All');

    const again = await ext.openPopup();
    await expect
      .poll(() => signInState(again), { timeout: 15_000 })
      .toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to contoso.onmicrosoft.com.');
    await again.close();
  });

  test('the token reaches Graph: a scan from the popup, with a silent token, shows the tenant', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await popup.getByRole('button', { name: 'Scan contoso.onmicrosoft.com' }).click();
    await expect.poll(() => popup.locator('.tenant-name').textContent(), { timeout: 30_000 }).toBe('Contoso');
    await expect
      .poll(() => signInState(popup))
      .toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    expect(await popup.getByText('Demo tenant', { exact: true }).count()).toBe(0);

    // Graph saw MSAL's access token: for Graph, from this app, with the catalogue's scopes.
    const bearer = graph.requests.map((r) => r.headers['authorization']).find(Boolean);
    const claims = decodeJwtPayload(String(bearer).replace(/^Bearer /, ''));
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', appid: clientId, tid: TENANT_ID });
    expect(String(claims.scp).split(' ')).toContain('Policy.Read.All');
    // The scan's token came silently, from the refresh token (no sign-in page in between).
    expect(idp.issuedTokens.map((t) => t.grantType)).toContain('refresh_token');
    expect(await badgeText()).toMatch(/^\d+$/);
    await expectFirstScreenFits(popup);
    await saveScreenshot(popup, 'popup-signed-in');
    await popup.close();
  });

  test('offline: a scan that can’t reach Graph says so, saves nothing, and keeps the last score', async () => {
    const popup = await ext.openPopup();
    const ring = popup.locator('.score-ring');
    const before = await ring.getAttribute('aria-label');
    const historyBefore = await ask<HistoryView>(popup, 'getHistory');
    await graph.unroute();
    await ext.context.route('https://graph.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    await popup.getByRole('button', { name: 'Scan Contoso' }).click();
    await expect
      .poll(() => popup.locator('.error').textContent(), { timeout: 15_000 })
      .toBe(
        'Microsoft Graph could not be reached: this browser seems to be offline. Nothing was saved; the last scan is still shown.',
      );
    expect(await ring.getAttribute('aria-label')).toBe(before);
    expect((await ask<HistoryView>(popup, 'getHistory')).points).toEqual(historyBefore.points);
    // The toolbar says the last scan failed, until one succeeds.
    expect(await badgeText()).toBe('!');
    await ext.context.unroute('https://graph.microsoft.com/**');
    graph = await serveGraph(ext.context, (req) => sim.handle(req));
    await popup.getByRole('button', { name: 'Scan Contoso' }).click();
    await expect.poll(badgeText, { timeout: 15_000 }).toMatch(/^\d+$/);
    expect(await popup.locator('.error').count()).toBe(0);
    await popup.close();
  });

  test('an expired refresh token pauses scanning: "sign-in expired" and a ! badge', async () => {
    idp.expireRefreshTokens();
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Scan Contoso' }).click();
    await expect
      .poll(() => signInState(popup), { timeout: 15_000 })
      .toBe('Sign-in expired: background scans are paused until you sign in again.');
    expect(await popup.locator('.sign-in-problem').textContent()).toContain('(AADSTS700084)');
    expect(await popup.getByRole('button', { name: 'Sign in again' }).count()).toBe(1);
    expect(await badgeText()).toBe('!');
    await saveScreenshot(popup, 'popup-sign-in-expired');
    await expectFirstScreenFits(popup);
    await popup.close();
  });

  test('signing out removes the account and keeps its scan', async () => {
    const page = await ext.openOptions();
    await page.getByRole('button', { name: 'Sign out adele@contoso.onmicrosoft.com' }).click();
    await expect.poll(() => signInState(page)).toBe('Signed out.');
    expect(await page.getByRole('list', { name: 'Signed-in accounts' }).count()).toBe(0);
    await page.close();
    const popup = await ext.openPopup();
    await expect.poll(() => popup.locator('.tenant-name').textContent()).toBe('Contoso');
    // Its last score stays, and the first screen's button is the sign-in a rescan needs (once the sign-in
    // state has arrived: the tenant's name can be painted from the cached copy before it).
    await expect
      .poll(() => popup.locator('footer.actions').getByRole('button', { name: 'Sign in', exact: true }).count())
      .toBe(1);
    await expectFirstScreenFits(popup);
    await popup.close();
  });
});
