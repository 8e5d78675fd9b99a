/**
 * The partner view in Firefox (issue 16): MSAL runs in Firefox's background page, not an offscreen
 * document, so a customer tenant's token comes from there. The partner's admin signs in once, adds a
 * consented customer and the unconsented one by domain, and Scan selected reads the first with its own
 * token; the second needs consent, and its token never reaches Graph. Graph is the partner fleet's
 * simulator, answering each request as its token's tenant.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminConsentUrl } from '../../lib/auth/admin-consent';
import {
  partnerAdmin,
  partnerCustomers,
  partnerFleet,
  tailspinCustomer,
  woodgroveCustomer,
  type PartnerFleetTenant,
} from '../../simulator/tenants/partner-fleet';
import { decodeJwtPayload, loginHost } from './fake-idp';
import {
  clickButton,
  clientId,
  fill,
  redirectUri,
  saveAppRegistration,
  signInFromPopup,
  startFirefoxFleet,
  type FirefoxTenant,
} from './firefox/firefox-tenant';

const SIGNED_IN_AS = `Signed in as ${partnerAdmin.name} (${partnerAdmin.preferredUsername}) to `;

/** An expression for a tenant's row, found by its id (the name button's title): its name is only known once scanned. */
const row = (tenant: PartnerFleetTenant): string =>
  `document.querySelector(${JSON.stringify(`th button[title="${tenant.tid}"]`)})?.closest('tr')`;
/** The row's scan state as the user reads it ('' while the row is not there). */
const scanState = (tenant: PartnerFleetTenant): string =>
  `(${row(tenant)}?.querySelector('td.scan-cell > span')?.textContent ?? '')`;

describe('Firefox: the partner view scans customer tenants from the background page', () => {
  let env: FirefoxTenant;
  let page: string;

  beforeAll(async () => {
    env = await startFirefoxFleet(partnerFleet, {
      user: partnerAdmin,
      tenants: partnerCustomers.map((c) => ({
        tid: c.tid,
        domains: [c.domain],
        displayName: c.name,
        consented: c.consented,
      })),
    });
  });
  afterAll(() => env?.close());

  test('the partner signs in once, from the popup', async () => {
    await saveAppRegistration(env.ff);
    await signInFromPopup(env.ff, partnerAdmin.name, SIGNED_IN_AS);
    // Redeemed by MSAL in Firefox's background page, cross-origin from the extension.
    expect(env.idp.issuedTokens).toHaveLength(1);
    expect(env.idp.issuedTokens[0]!.origin).toMatch(/^moz-extension:\/\//);
  });

  test('a consented customer and an unconsented one, added by domain', async () => {
    const { ff } = env;
    page = await ff.openExtensionPage('dashboard.html#tenants');
    for (const c of [woodgroveCustomer, tailspinCustomer]) {
      await ff.waitFor(page, fill('Add a tenant', c.domain));
      await ff.waitFor(page, clickButton('Add tenant'), 15_000);
      await ff.waitFor(page, `!!${row(c)}`, 15_000);
    }
  });

  test('Scan selected: the consented one scanned as itself, Tailspin needs consent', async () => {
    const { ff, graph, proxy } = env;
    for (const c of [woodgroveCustomer, tailspinCustomer])
      await ff.waitFor(
        page,
        `(() => { const b = ${row(c)}.querySelector('input[type=checkbox]'); if (!b.checked) b.click(); return b.checked; })()`,
      );
    await ff.waitFor(page, clickButton('Scan selected'));
    for (const c of [woodgroveCustomer, tailspinCustomer])
      await ff.waitFor(page, `/^(Scanned|Failed|Needs consent|Cancelled)$/.test(${scanState(c)})`, 120_000);
    expect(await ff.evaluate(page, scanState(woodgroveCustomer))).toBe('Scanned');
    expect(await ff.evaluate(page, scanState(tailspinCustomer))).toBe('Needs consent');

    // The scanned row carries the name its own tenant reported, and a score.
    await ff.waitFor(
      page,
      `${row(woodgroveCustomer)}.querySelector('th button').textContent === ${JSON.stringify(woodgroveCustomer.name)}`,
    );
    const score = await ff.waitFor<string>(
      page,
      `${row(woodgroveCustomer)}.querySelector('td.num strong')?.textContent`,
    );
    expect(score).toMatch(/^\d+%$/);

    // Tailspin: no score, and the link its admin follows to consent.
    expect(await ff.evaluate(page, `${row(tailspinCustomer)}.querySelectorAll('td.num strong').length`)).toBe(0);
    const consent = await ff.evaluate<{ label: string; href: string } | null>(
      page,
      `(() => { const a = [...${row(tailspinCustomer)}.querySelectorAll('a')].find((x) => x.textContent.trim() === 'Grant admin consent');
        return a ? { label: a.getAttribute('aria-label'), href: a.getAttribute('href') } : null; })()`,
    );
    // Added by domain and never read (Graph needs the consent), it goes by the domain the partner typed.
    expect(consent).toEqual({
      label: `Grant admin consent in ${tailspinCustomer.domain}`,
      href: adminConsentUrl({ clientId, tenant: '', cloud: 'global' }, redirectUri, tailspinCustomer.tid),
    });
    await ff.screenshot(page, 'firefox-partner-tenants');

    // Woodgrove was read with its own token; no request carried Tailspin's.
    const tids = new Set(
      graph.requests.map((r) => r.authorization && decodeJwtPayload(r.authorization.replace(/^Bearer /, '')).tid),
    );
    expect(tids.has(woodgroveCustomer.tid)).toBe(true);
    expect(tids.has(tailspinCustomer.tid)).toBe(false);
    expect(graph.requests.every((r) => r.method === 'GET' || r.url.endsWith('/$batch'))).toBe(true);

    // Woodgrove's token came from the one sign-in's refresh token, redeemed in Firefox's background;
    // Tailspin's was asked for and refused (no consent), so none was issued.
    const { issuedTokens, requests } = env.idp;
    expect(issuedTokens.filter((t) => t.grantType === 'authorization_code')).toHaveLength(1);
    const issuedFor = (c: PartnerFleetTenant) =>
      issuedTokens.filter((t) => decodeJwtPayload(t.accessToken).tid === c.tid);
    expect(issuedFor(woodgroveCustomer).length).toBeGreaterThan(0);
    for (const t of issuedFor(woodgroveCustomer)) {
      expect(t.grantType).toBe('refresh_token');
      expect(t.origin).toMatch(/^moz-extension:\/\//);
    }
    expect(issuedFor(tailspinCustomer)).toEqual([]);
    expect(requests.some((r) => r.path.startsWith(`/${tailspinCustomer.tid}/oauth2/v2.0/token`))).toBe(true);
    // Only Microsoft's hosts went through the proxy: nothing else was asked for.
    expect(new Set(proxy.connects)).toEqual(new Set([`${loginHost}:443`, 'graph.microsoft.com:443']));
  });
});
