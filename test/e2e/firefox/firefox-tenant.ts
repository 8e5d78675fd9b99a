/**
 * A simulated tenant (or a fleet of them, issue 16) for the Firefox suite, and the steps to sign in
 * to it: the fake Entra and the Graph simulator (over TLS) behind the routing proxy, Firefox pointed
 * at them, the app registration saved on the Connect page and the admin signed in from the popup
 * through Firefox's sign-in window.
 * Pages are driven with the expressions below (set an input's value and fire `input`, click a button
 * by its text), as the BiDi harness has no locators.
 */
import { createHash } from 'node:crypto';
import { createGraphSimulator } from '../../../simulator/simulator';
import type { TenantModel } from '../../../simulator/tenant-model';
import { TENANT_ID } from '../../../simulator/tenants/contoso-people';
import { createFleetGraph } from '../../../simulator/fleet-graph';
import type { FleetTenant } from '../../../simulator/fleet';
import { loginHost, selfSignedCertificate, startFakeIdp, type FakeIdp, type FakeIdpOptions } from '../fake-idp';
import { extensionId, launchFirefox, type LaunchedFirefox } from './launch-firefox';
import { serveGraphOverTls, startRoutingProxy, type RoutingProxy } from './route-hosts';

export const clientId = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';
/** Firefox's identity.getRedirectURL(): the SHA-1 of the add-on id, on extensions.allizom.org. */
export const redirectUri = `https://${createHash('sha1').update(extensionId).digest('hex')}.extensions.allizom.org/`;
/** How the popup and the Connect page start once the fake IdP's admin is signed in ("… to <tenant>."). */
export const SIGNED_IN_AS = 'Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to ';

/** Types into a Preact-controlled input the way a keyboard would: value set, `input` fired. */
export const fill = (label: string, value: string): string =>
  `(() => { const l = [...document.querySelectorAll('label')].find((x) => x.textContent.trim().startsWith(${JSON.stringify(label)}));
    const i = l.querySelector('input'); i.value = ${JSON.stringify(value)}; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`;
/** Clicks the enabled button named `name`; false (poll again) while there is none. */
export const clickButton = (name: string): string =>
  `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(name)});
    if (!b || b.disabled) return false; b.click(); return true; })()`;
/** The element's text, '' while there is none; parenthesised so it composes (`${text(s)}.includes(…)`). */
export const text = (selector: string): string =>
  `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '')`;

export interface FirefoxTenant {
  readonly ff: LaunchedFirefox;
  readonly idp: FakeIdp;
  readonly proxy: RoutingProxy;
  readonly graph: Awaited<ReturnType<typeof serveGraphOverTls>>;
  close(): Promise<void>;
}

type HandleGraph = Parameters<typeof serveGraphOverTls>[0];

/** Starts the fake Entra (tokens for `tenant`), Graph serving `tenant`, the proxy and Firefox. */
export function startFirefoxTenant(tenant: TenantModel): Promise<FirefoxTenant> {
  const sim = createGraphSimulator(tenant);
  return startFirefoxWith((req) => sim.handle(req), { user: { tid: TENANT_ID } });
}

/**
 * Several tenants at once (issue 16): the fake Entra signs in `idp.user` and knows `idp.tenants`;
 * Graph answers each request as its bearer token's `tid` names (simulator/fleet-graph.ts).
 */
export function startFirefoxFleet(
  fleet: readonly FleetTenant[],
  idp: Pick<FakeIdpOptions, 'user' | 'tenants'>,
): Promise<FirefoxTenant> {
  const graph = createFleetGraph(fleet);
  return startFirefoxWith((req) => graph.handle(req), idp);
}

async function startFirefoxWith(
  handle: HandleGraph,
  idpOptions: Pick<FakeIdpOptions, 'user' | 'tenants'>,
): Promise<FirefoxTenant> {
  const idp = await startFakeIdp({
    clientId,
    redirectUris: [{ uri: redirectUri, platform: 'spa' }],
    accessTokenLifetimeSeconds: 120,
    ...idpOptions,
  });
  const graph = await serveGraphOverTls(
    handle,
    await selfSignedCertificate('graph.microsoft.com', ['DNS:graph.microsoft.com']),
  );
  const proxy = await startRoutingProxy({ [loginHost]: idp.port, 'graph.microsoft.com': graph.port });
  const ff = await launchFirefox({ pacUrl: proxy.pacUrl });
  return {
    ff,
    idp,
    proxy,
    graph,
    async close() {
      await ff.close();
      await Promise.all([proxy.close(), graph.close(), idp.close()]);
    },
  };
}

/** Saves the app registration on the Connect page, as an admin would; returns that page. */
export async function saveAppRegistration(ff: LaunchedFirefox): Promise<string> {
  const page = await ff.openExtensionPage('options.html');
  await ff.waitFor(page, `document.querySelector('.sign-in-state')?.textContent === 'Not connected to a tenant yet.'`);
  await ff.evaluate(page, fill('Application (client) ID', clientId));
  await ff.evaluate(page, clickButton('Save'));
  await ff.waitFor(page, `document.querySelector('.sign-in-state')?.textContent === 'Signed out.'`);
  return page;
}

/**
 * Signs in from the popup: Entra opens in Firefox's sign-in window, the admin picks the account, and
 * the popup ends signed in (its state starting `signedInAs`). Returns the popup.
 */
export async function signInFromPopup(
  ff: LaunchedFirefox,
  user = 'Adele Vance',
  signedInAs = SIGNED_IN_AS,
): Promise<string> {
  const popup = await ff.openExtensionPage('popup.html');
  await ff.waitFor(popup, clickButton('Sign in'));
  const auth = await ff.waitForContext(
    (u) => u.startsWith(`https://${loginHost}/`) && u.includes('/oauth2/v2.0/authorize'),
  );
  await ff.waitFor(auth, `document.body?.textContent.includes(${JSON.stringify(user)})`);
  await ff.evaluate(auth, clickButton('Sign in'));
  await ff.waitFor(
    popup,
    `document.querySelector('.sign-in-state')?.textContent.startsWith(${JSON.stringify(signedInAs)})`,
    20_000,
  );
  return popup;
}
