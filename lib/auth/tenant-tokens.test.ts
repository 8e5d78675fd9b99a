import { describe, expect, test } from 'vitest';
import { authContext, CONNECTION, everything } from '../../test/fixtures/auth-context';
import { adele, expiredRefreshToken, fail } from '../../test/fixtures/fake-msal-host';
import { TenantAccessError } from '../messaging/partner-protocol';
import { signIn, signOut } from './sign-in-flows';
import { createTenantAccessRecords } from './tenant-access-records';
import { consentUrlFor, tenantAccess, tenantSession } from './tenant-tokens';

const FABRIKAM = 'bbbbbbbb-0000-4000-8000-000000000002';
const notConsented = {
  code: 'invalid_grant',
  message: "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.",
  subError: 'consent_required',
};
const CONSENT_URL = `https://login.microsoftonline.com/${FABRIKAM}/v2.0/adminconsent?client_id=${CONNECTION.clientId}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fext.chromiumapp.org%2F`;

async function signedIn() {
  const s = await authContext();
  s.msal.accounts = [adele];
  await s.ctx.settings.setActiveAccount(adele.id);
  return s;
}

/** What the rejection carried, for the overview. */
async function refusal(p: Promise<unknown>): Promise<TenantAccessError> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TenantAccessError)) throw new Error(`Expected a TenantAccessError, got ${String(err)}`);
  return err;
}

describe('a customer tenant through the signed-in account', () => {
  test('is that tenant: its id on the session, its token asked through its own authority', async () => {
    const { ctx, msal } = await signedIn();
    const session = await tenantSession(ctx, adele.id, FABRIKAM.toUpperCase());
    expect(session.account).toMatchObject({ id: adele.id, tenantId: FABRIKAM, username: adele.username });
    expect(await session.getToken()).toBe(`token-for-${adele.id}-in-${FABRIKAM}`);
    expect(msal.asked.at(-1)).toMatchObject({
      name: 'acquireToken',
      payload: { accountId: adele.id, tenantId: FABRIKAM },
    });
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'ready' });
  });

  test('a token another tenant issued is refused, and the row says why', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = () =>
      Promise.resolve({ accessToken: 'T', expiresOn: null, granted: everything, tenantId: adele.tenantId });
    const err = await refusal((await tenantSession(ctx, adele.id, FABRIKAM)).getToken());
    expect(err.access).toEqual({
      state: 'failed',
      reason: `Entra answered for tenant ${adele.tenantId}, not ${FABRIKAM}: the token was not used.`,
    });
  });

  test('not consented there: needs consent with that tenant’s admin-consent link, kept after a restart', async () => {
    const { ctx, msal, db } = await signedIn();
    msal.acquireToken = () => fail(notConsented);
    const err = await refusal((await tenantSession(ctx, adele.id, FABRIKAM)).getToken());
    expect(err.tenantId).toBe(FABRIKAM);
    expect(err.access).toMatchObject({ state: 'needsConsent', consentUrl: CONSENT_URL });
    expect(err.message).toContain('Posture Lens is not consented in this tenant.');
    expect(await consentUrlFor(ctx, FABRIKAM)).toBe(CONSENT_URL);
    // The service worker restarted: the records are read back from the settings store.
    const restarted = { ...ctx, access: createTenantAccessRecords(() => Promise.resolve(db)) };
    expect(await tenantAccess(restarted, FABRIKAM)).toMatchObject({ state: 'needsConsent', consentUrl: CONSENT_URL });
  });

  test('never tried: untried; with another app registration saved, what the old one found no longer holds', async () => {
    const { ctx, msal } = await signedIn();
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'untried' });
    msal.acquireToken = () => fail(notConsented);
    await refusal((await tenantSession(ctx, adele.id, FABRIKAM)).getToken());
    await ctx.settings.saveConnection({ ...CONNECTION, clientId: '0a1b2c3d-0000-4000-8000-00000000000f' });
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'untried' });
  });

  test('a stored record that doesn’t read as one is untried, never ready', async () => {
    const { ctx, db } = await signedIn();
    await db.put('settings', { key: `tenantAccess:${FABRIKAM}`, value: { access: { state: 'ready' } } });
    await db.put('settings', {
      key: `tenantAccess:${adele.tenantId}`,
      value: { access: { state: 'needsConsent' }, accountId: adele.id, clientId: CONNECTION.clientId },
    });
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'untried' });
    expect(await tenantAccess(ctx, adele.tenantId)).toEqual({ state: 'untried' });
  });

  test('an expired sign-in says so on the tenant’s row only: the account isn’t paused, no badge', async () => {
    const { ctx, msal, badge } = await signedIn();
    msal.acquireToken = () => fail(expiredRefreshToken);
    const err = await refusal((await tenantSession(ctx, adele.id, FABRIKAM)).getToken());
    expect(err.access.state).toBe('signInExpired');
    expect(ctx.flags.expiredOf(adele.id)).toBeUndefined();
    expect(ctx.moment.problem).toBeNull();
    expect(badge).toEqual([]);
  });

  test('admin services are refused with a sentence: customer tenants are read through Graph and DNS', async () => {
    const { ctx } = await signedIn();
    const session = await tenantSession(ctx, adele.id, FABRIKAM);
    await expect(session.getServiceToken('exchange')).rejects.toThrow(
      'admin services are read for your own tenant only; customer tenants are scanned through Graph and DNS.',
    );
  });

  test('an account that is not signed in: refused as signed out, and recorded', async () => {
    const { ctx } = await authContext();
    const err = await refusal(tenantSession(ctx, adele.id, FABRIKAM));
    expect(err.access).toEqual({ state: 'signedOut' });
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'signedOut' });
  });

  test('signing the account out marks its tenants signed out; signing in again makes them untried', async () => {
    const { ctx, msal } = await signedIn();
    await (await tenantSession(ctx, adele.id, FABRIKAM)).getToken();
    await signOut(ctx, adele.id);
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'signedOut' });
    msal.signIn = () => Promise.resolve({ ...adele, granted: everything });
    await signIn(ctx, { consent: false });
    expect(await tenantAccess(ctx, FABRIKAM)).toEqual({ state: 'untried' });
  });
});

describe('the account’s own tenant through tenantSession', () => {
  test('behaves as its active session: no tenant asked, the account’s expiry recorded', async () => {
    const { ctx, msal, badge } = await signedIn();
    const session = await tenantSession(ctx, adele.id, adele.tenantId);
    expect(session.account).toMatchObject({ id: adele.id, tenantId: adele.tenantId });
    expect(await session.getToken()).toBe(`token-for-${adele.id}`);
    expect(msal.asked.at(-1)?.payload).not.toHaveProperty('tenantId');
    expect(await tenantAccess(ctx, adele.tenantId)).toEqual({ state: 'ready' });

    msal.acquireToken = () => fail(expiredRefreshToken);
    const err = await refusal(session.getToken());
    expect(err.message).toMatch(/^Your sign-in expired .* Sign in again to resume scanning\.$/);
    expect(err.access.state).toBe('signInExpired');
    expect(ctx.flags.expiredOf(adele.id)).toMatchObject({ kind: 'signInExpired' });
    expect(badge).toEqual([true]);
  });
});
