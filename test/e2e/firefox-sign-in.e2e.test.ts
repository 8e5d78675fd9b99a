/**
 * Firefox (Debian's ESR) with the Firefox build: no offscreen documents there, so MSAL runs in the
 * background event page. Proves the same path as the Chromium sign-in suite where it differs: the
 * demo scan runs in Firefox's background, the Connect page shows Firefox's redirect URI, sign-in from
 * the popup opens Firefox's launchWebAuthFlow window on the fake Entra, the code is redeemed with
 * PKCE cross-origin from the extension, and the token reaches Graph in a scan.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../../simulator/simulator';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { decodeJwtPayload, loginHost, selfSignedCertificate, startFakeIdp, type FakeIdp } from './fake-idp';
import { extensionId, launchFirefox, type LaunchedFirefox } from './firefox/launch-firefox';
import { serveGraphOverTls, startRoutingProxy, type RoutingProxy } from './firefox/route-hosts';

const clientId = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';
// Firefox's identity.getRedirectURL(): the SHA-1 of the add-on id, on extensions.allizom.org.
const redirectUri = `https://${createHash('sha1').update(extensionId).digest('hex')}.extensions.allizom.org/`;

/** Types into a Preact-controlled input the way a keyboard would: value set, `input` fired. */
const fill = (label: string, value: string): string =>
  `(() => { const l = [...document.querySelectorAll('label')].find((x) => x.textContent.trim().startsWith(${JSON.stringify(label)}));
    const i = l.querySelector('input'); i.value = ${JSON.stringify(value)}; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`;
const clickButton = (name: string): string =>
  `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(name)});
    if (!b || b.disabled) return false; b.click(); return true; })()`;
const text = (selector: string): string => `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`;

describe('Firefox: MSAL in the background page', () => {
  let idp: FakeIdp;
  let ff: LaunchedFirefox;
  let proxy: RoutingProxy;
  let graph: Awaited<ReturnType<typeof serveGraphOverTls>>;

  beforeAll(async () => {
    idp = await startFakeIdp({
      clientId,
      redirectUris: [{ uri: redirectUri, platform: 'spa' }],
      accessTokenLifetimeSeconds: 120,
      user: { tid: TENANT_ID },
    });
    const sim = createGraphSimulator(contoso());
    graph = await serveGraphOverTls(
      (req) => sim.handle(req),
      await selfSignedCertificate('graph.microsoft.com', ['DNS:graph.microsoft.com']),
    );
    proxy = await startRoutingProxy({ [loginHost]: idp.port, 'graph.microsoft.com': graph.port });
    ff = await launchFirefox({ pacUrl: proxy.pacUrl });
  });
  afterAll(async () => {
    await ff?.close();
    await Promise.all([proxy?.close(), graph?.close(), idp?.close()]);
  });

  test('the demo scan runs in Firefox’s background and the popup shows its score', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await ff.waitFor(popup, clickButton('Try the demo tenant'));
    const score = await ff.waitFor<string>(
      popup,
      `document.querySelector('.score-ring')?.getAttribute('aria-label')`,
      30_000,
    );
    expect(score).toMatch(/^Score \d+% \(.+\): [\d.]+ of [\d.]+ points$/);
    expect(await ff.evaluate(popup, `document.body.textContent.includes('Demo tenant')`)).toBe(true);
    expect(await ff.evaluate(popup, text('.tenant-name'))).toBe('Contoso');
  });

  test('the Connect page shows Firefox’s redirect URI and saves the app registration', async () => {
    const page = await ff.openExtensionPage('options.html');
    await ff.waitFor(
      page,
      `document.querySelector('.sign-in-state')?.textContent === 'Not connected to a tenant yet.'`,
    );
    expect(await ff.evaluate(page, text('.redirect code'))).toBe(redirectUri);
    await ff.evaluate(page, fill('Application (client) ID', clientId));
    await ff.evaluate(page, clickButton('Save'));
    await ff.waitFor(page, `document.querySelector('.sign-in-state')?.textContent === 'Signed out.'`);
  });

  test('sign-in from the popup opens Entra in Firefox’s sign-in window and ends signed in', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await ff.waitFor(popup, clickButton('Sign in'));
    const auth = await ff.waitForContext(
      (u) => u.startsWith(`https://${loginHost}/`) && u.includes('/oauth2/v2.0/authorize'),
    );
    await ff.waitFor(auth, `document.body?.textContent.includes('Adele Vance')`);
    await ff.evaluate(auth, clickButton('Sign in'));

    // Redeemed by MSAL in the background page, with PKCE, cross-origin from the extension (Entra's SPA rule).
    await expect.poll(() => idp.issuedTokens.length, { timeout: 20_000 }).toBe(1);
    expect(idp.issuedTokens[0]!.grantType).toBe('authorization_code');
    expect(idp.issuedTokens[0]!.origin).toMatch(/^moz-extension:\/\//);
    expect(idp.issuedTokens[0]!.scopes).toContain('https://graph.microsoft.com/Policy.Read.All');
    // The demo tenant has the same tenant id, so its stored name is the organization's name here.
    await ff.waitFor(
      popup,
      `document.querySelector('.sign-in-state')?.textContent === 'Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.'`,
      20_000,
    );
  });

  test('the token reaches Graph: a scan of the signed-in tenant shows it', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await ff.waitFor(popup, clickButton('Scan Contoso'));
    // The scan shown is now the real tenant's: the demo tag is gone and the score came from Graph.
    await ff.waitFor(
      popup,
      `!document.body.textContent.includes('Demo tenant') && !!document.querySelector('.score-ring')`,
      30_000,
    );
    expect(await ff.evaluate(popup, text('.sign-in-state'))).toBe(
      'Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.',
    );
    await ff.screenshot(popup, 'firefox-popup-signed-in');
    const withToken = graph.requests.filter((r) => r.authorization?.startsWith('Bearer '));
    expect(withToken.length).toBeGreaterThan(0);
    expect(graph.requests.every((r) => r.method === 'GET' || r.url.endsWith('/$batch'))).toBe(true);
    const claims = decodeJwtPayload(withToken[0]!.authorization!.slice('Bearer '.length));
    expect(claims.tid).toBe(TENANT_ID);
    expect(claims.aud).toBe('https://graph.microsoft.com');
    // Only Microsoft's hosts went through the proxy: nothing else was asked for.
    expect(new Set(proxy.connects)).toEqual(new Set([`${loginHost}:443`, 'graph.microsoft.com:443']));
  });
});
