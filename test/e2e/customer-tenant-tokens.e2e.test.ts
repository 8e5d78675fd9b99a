/**
 * Customer tenants through the partner's one sign-in (issue 16), with the real MSAL in the offscreen
 * document against the fake Entra: after one interactive sign-in, a token for a consented customer
 * tenant comes from that tenant's authority with no second sign-in; an unconsented one comes back as
 * needs consent with its admin-consent link; once an administrator consents there, the same call works.
 * Driven from the service worker with the messages the background sends the offscreen document.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminConsentUrl } from '../../lib/auth/admin-consent';
import { msalSetup } from '../../lib/auth/msal-requests';
import type { OffscreenRequests } from '../../lib/auth/offscreen-messages';
import type { SignInFailure } from '../../lib/auth/sign-in-errors';
import { classifyTenantFailure } from '../../lib/auth/tenant-access';
import type { AuthState } from '../../lib/messaging/protocol';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';
import { decodeJwtPayload, startFakeIdp, type FakeIdp } from './fake-idp';
import { expectedExtensionId, launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

const PARTNER = 'c0de0000-7e57-4000-8000-000000000001';
const FABRIKAM = 'fab00000-7e57-4000-8000-000000000002';
const NORTHWIND = '40e70000-7e57-4000-8000-000000000003';
const TAILSPIN = '7a170000-7e57-4000-8000-000000000004';
const redirectUri = `https://${expectedExtensionId}.chromiumapp.org/`;
const connection = { clientId: TEST_CLIENT_ID, tenant: 'organizations', cloud: 'global' } as const;

type Reply<T> = { ok: true; value: T } | { ok: false; failure: SignInFailure };
type Token = OffscreenRequests['acquireToken']['result'];

describe('tokens for customer tenants through one sign-in', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let accountId = '';

  beforeAll(async () => {
    idp = await startFakeIdp({
      clientId: TEST_CLIENT_ID,
      user: { tid: PARTNER },
      tenants: [
        { tid: FABRIKAM, domains: ['fabrikam.com'], displayName: 'Fabrikam', consented: true },
        { tid: NORTHWIND, domains: ['northwindtraders.com'], displayName: 'Northwind Traders', consented: false },
        { tid: TAILSPIN, domains: ['tailspintoys.com'], displayName: 'Tailspin Toys', consented: false },
      ],
    });
    ext = await launchExtension({ idp });
    await (await connectTestApp(ext)).close();
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  /** The background's own request to the offscreen document that hosts MSAL. */
  const acquire = async (tenantId?: string): Promise<Reply<Token>> => {
    const payload = { ...msalSetup(connection, redirectUri), accountId, ...(tenantId ? { tenantId } : {}) };
    const worker = await ext.currentServiceWorker();
    return worker.evaluate(
      (p) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply<Token>> } } }
        ).chrome.runtime.sendMessage({ postureLensAuth: 1, to: 'offscreen', name: 'acquireToken', payload: p }),
      payload,
    );
  };
  const tokenTenant = (reply: Reply<Token>) =>
    reply.ok ? decodeJwtPayload(reply.value.accessToken).tid : reply.failure;
  const authorizeRequests = () => idp.requests.filter((r) => r.path.includes('/oauth2/v2.0/authorize?')).length;

  test('the partner signs in once', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => popup.locator('.sign-in-state').textContent(), { timeout: 15_000 }).toContain('(adele@');
    accountId = (await ask<AuthState>(popup, 'getAuthState')).active?.id ?? '';
    expect(accountId).toBe(`6e3c1b2a-3f5d-4c1e-9a7b-2d4f6a8c0e11.${PARTNER}`);
    await popup.close();
    expect(authorizeRequests()).toBe(1);
  });

  test('a consented customer tenant: its own token from its own authority, no second sign-in', async () => {
    const reply = await acquire(FABRIKAM);
    expect(reply).toMatchObject({ ok: true, value: { tenantId: FABRIKAM } });
    expect(tokenTenant(reply)).toBe(FABRIKAM);
    expect(idp.requests.some((r) => r.method === 'POST' && r.path.startsWith(`/${FABRIKAM}/oauth2/v2.0/token`))).toBe(
      true,
    );
    expect(idp.issuedTokens.at(-1)).toMatchObject({ grantType: 'refresh_token', user: { tid: FABRIKAM } });
    expect(authorizeRequests()).toBe(1);
    // The partner's own tenant still gets its own token: nothing mixes.
    expect(tokenTenant(await acquire())).toBe(PARTNER);
    expect(tokenTenant(await acquire(FABRIKAM))).toBe(FABRIKAM);
  });

  test('the customer tenant is not a second account', async () => {
    const page = await ext.openOptions();
    const state = await ask<AuthState>(page, 'getAuthState');
    expect(state.accounts.map((a) => [a.id, a.tenantId])).toEqual([[accountId, PARTNER]]);
    expect(state.active?.tenantId).toBe(PARTNER);
    await page.close();
  });

  test('an unconsented customer tenant: needs consent, with that tenant’s admin-consent link', async () => {
    const reply = await acquire(NORTHWIND);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.failure).toMatchObject({
      subError: 'consent_required',
      message: expect.stringContaining('AADSTS65001'),
    });
    const consentUrl = adminConsentUrl(connection, redirectUri, NORTHWIND);
    expect(classifyTenantFailure(reply.failure, consentUrl)).toMatchObject({ state: 'needsConsent', consentUrl });
    expect(authorizeRequests()).toBe(1);
  });

  test('an administrator there accepts on the consent page; the same call then works', async () => {
    const page = await ext.context.newPage();
    await page.goto(adminConsentUrl(connection, redirectUri, NORTHWIND)!);
    await page.getByRole('heading', { name: 'Permissions requested' }).waitFor();
    expect(await page.getByText('Northwind Traders').count()).toBe(1);
    await saveScreenshot(page, 'fake-idp-admin-consent');
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => page.url()).toContain(`admin_consent=True&tenant=${NORTHWIND}`);
    expect(new URL(page.url()).origin).toBe(redirectUri.replace(/\/$/, ''));
    await page.close();
    expect(tokenTenant(await acquire(NORTHWIND))).toBe(NORTHWIND);
  });

  test('consent granted by the fake directory (grantConsent) works the same way', async () => {
    expect(await acquire(TAILSPIN)).toMatchObject({ ok: false, failure: { subError: 'consent_required' } });
    idp.grantConsent(TAILSPIN);
    expect(tokenTenant(await acquire(TAILSPIN))).toBe(TAILSPIN);
    expect(authorizeRequests()).toBe(1);
  });

  test('a tenant Entra doesn’t know fails, and is never answered as another tenant', async () => {
    const reply = await acquire('0dd00000-7e57-4000-8000-00000000000f');
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(classifyTenantFailure(reply.failure, null).state).toBe('failed');
  });
});
