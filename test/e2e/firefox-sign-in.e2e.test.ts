/**
 * Firefox (Debian's ESR) with the Firefox build: no offscreen documents there, so MSAL runs in the
 * background event page. Proves the same path as the Chromium sign-in suite where it differs: the
 * demo scan runs in Firefox's background, the Connect page shows Firefox's redirect URI, sign-in from
 * the popup opens Firefox's launchWebAuthFlow window on the fake Entra, the code is redeemed with
 * PKCE cross-origin from the extension, and the token reaches Graph in a scan.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { decodeJwtPayload, loginHost } from './fake-idp';
import {
  clickButton,
  redirectUri,
  saveAppRegistration,
  signInFromPopup,
  SIGNED_IN_AS,
  startFirefoxTenant,
  text,
  type FirefoxTenant,
} from './firefox/firefox-tenant';

const SIGNED_IN = `${SIGNED_IN_AS}Contoso.`;

describe('Firefox: MSAL in the background page', () => {
  let env: FirefoxTenant;

  beforeAll(async () => {
    env = await startFirefoxTenant(contoso());
  });
  afterAll(() => env?.close());

  test('the demo scan runs in Firefox’s background and the popup shows its score', async () => {
    const { ff } = env;
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
    const page = await saveAppRegistration(env.ff);
    expect(await env.ff.evaluate(page, text('.redirect code'))).toBe(redirectUri);
  });

  test('sign-in from the popup opens Entra in Firefox’s sign-in window and ends signed in', async () => {
    const popup = await signInFromPopup(env.ff);
    // The demo tenant has the same tenant id, so its stored name is the organization's name here.
    expect(await env.ff.evaluate(popup, text('.sign-in-state'))).toBe(SIGNED_IN);
    // Redeemed by MSAL in the background page, with PKCE, cross-origin from the extension (Entra's SPA rule).
    const { issuedTokens } = env.idp;
    expect(issuedTokens).toHaveLength(1);
    expect(issuedTokens[0]!.grantType).toBe('authorization_code');
    expect(issuedTokens[0]!.origin).toMatch(/^moz-extension:\/\//);
    expect(issuedTokens[0]!.scopes).toContain('https://graph.microsoft.com/Policy.Read.All');
  });

  test('the token reaches Graph: a scan of the signed-in tenant shows it', async () => {
    const { ff, graph, proxy } = env;
    const popup = await ff.openExtensionPage('popup.html');
    await ff.waitFor(popup, clickButton('Scan Contoso'));
    // The scan shown is now the real tenant's: the demo tag is gone and the score came from Graph.
    await ff.waitFor(
      popup,
      `!document.body.textContent.includes('Demo tenant') && !!document.querySelector('.score-ring')`,
      30_000,
    );
    expect(await ff.evaluate(popup, text('.sign-in-state'))).toBe(SIGNED_IN);
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
