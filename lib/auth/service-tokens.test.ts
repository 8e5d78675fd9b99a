import { describe, expect, test } from 'vitest';
import { authContext } from '../../test/fixtures/auth-context';
import { adele, fail } from '../../test/fixtures/fake-msal-host';
import { consentToService } from './service-tokens';
import { activeSession } from './token-source';

const consentMissing = {
  code: 'invalid_grant',
  subError: 'consent_required',
  message:
    'AADSTS65001: The user or administrator has not consented to use the application for https://outlook.office365.com.',
};

async function signedIn() {
  const s = await authContext();
  s.msal.accounts = [adele];
  await s.ctx.settings.setActiveAccount(adele.id);
  return s;
}

describe('admin service tokens', () => {
  test('a silent token per service, asked for its own resource only, for the signed-in account', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = (p) =>
      Promise.resolve({
        accessToken: `T:${p.scopes.join(' ')}`,
        expiresOn: null,
        granted: [],
        tenantId: adele.tenantId,
      });
    const session = (await activeSession(ctx))!;
    expect(await session.getServiceToken('exchange')).toBe('T:https://outlook.office365.com/.default');
    expect(await session.getServiceToken('teams')).toBe('T:48ac35b8-9aa8-4d74-927d-1f4a14a0b239/.default');
    expect(await session.getServiceToken('compliance')).toBe('T:https://ps.compliance.protection.outlook.com/.default');
    const tokens = msal.asked.flatMap((a) => (a.name === 'acquireToken' ? [a.payload.accountId] : []));
    expect(tokens).toEqual([adele.id, adele.id, adele.id]);
  });

  test('a missing consent is a clear state, and the Graph sign-in stays as it was', async () => {
    const { ctx, msal, badge } = await signedIn();
    msal.acquireToken = () => fail(consentMissing);
    const session = (await activeSession(ctx))!;
    await expect(session.getServiceToken('exchange')).rejects.toThrow(
      'Exchange Online: not consented — Turn on asks for it (Connect page › Admin services).',
    );
    expect(ctx.moment.problem).toBeNull();
    expect(ctx.flags.expiredOf(adele.id)).toBeUndefined();
    expect(badge).toEqual([]);
  });

  test('SharePoint’s token is for the tenant’s own admin host, named after its initial domain', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = (p) =>
      Promise.resolve({
        accessToken: `T:${p.scopes.join(' ')}`,
        expiresOn: null,
        granted: [],
        tenantId: adele.tenantId,
      });
    const session = (await activeSession(ctx))!;
    expect(await session.getServiceToken('sharepoint', 'contoso.onmicrosoft.com')).toBe(
      'T:https://contoso-admin.sharepoint.com/.default',
    );
    // Without the domain there is no resource to ask for: nothing is asked, the sentence says what is missing.
    await expect(session.getServiceToken('sharepoint')).rejects.toThrow(
      "SharePoint Online: no token — its admin host is named after the tenant's initial domain, which isn't known yet: scan the tenant once.",
    );
    expect(msal.asked.filter((a) => a.name === 'acquireToken')).toHaveLength(1);
  });

  test('no interaction is ever started to get one', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = () => fail(consentMissing);
    await (await activeSession(ctx))!.getServiceToken('teams').catch(() => undefined);
    expect(msal.asked.map((a) => a.name)).toEqual(['accounts', 'acquireToken']);
  });
});

describe('consent to a service (Turn on)', () => {
  test('asks the signed-in account, prompt=consent, for that service’s scope only', async () => {
    const { ctx, msal } = await signedIn();
    msal.signIn = (p) => Promise.resolve({ ...adele, granted: [...p.scopes.slice(0, 1)] });
    expect(await consentToService(ctx, 'exchange')).toBeNull();
    const asked = msal.asked.find((a) => a.name === 'signIn');
    expect(asked?.payload).toMatchObject({
      prompt: 'consent',
      loginHint: adele.username,
      scopes: ['https://outlook.office365.com/.default', 'openid', 'profile', 'offline_access'],
    });
  });

  test('SharePoint: consent for the tenant’s admin host; none asked while its domain is unknown', async () => {
    const { ctx, msal } = await signedIn();
    msal.signIn = (p) => Promise.resolve({ ...adele, granted: [...p.scopes.slice(0, 1)] });
    expect(await consentToService(ctx, 'sharepoint', 'contoso.onmicrosoft.com')).toBeNull();
    expect(msal.asked.find((a) => a.name === 'signIn')?.payload).toMatchObject({
      prompt: 'consent',
      scopes: ['https://contoso-admin.sharepoint.com/.default', 'openid', 'profile', 'offline_access'],
    });
    msal.asked.length = 0;
    expect(await consentToService(ctx, 'sharepoint')).toMatch(/^SharePoint Online: its admin host is named after/);
    expect(msal.asked.filter((a) => a.name === 'signIn')).toEqual([]);
  });

  test('declined: the sentence to show, naming the service', async () => {
    const { ctx, msal } = await signedIn();
    msal.signIn = () => fail({ code: 'access_denied', message: 'AADSTS65004: User declined to consent.' });
    expect(await consentToService(ctx, 'teams')).toMatch(/^Microsoft Teams: Sign-in was cancelled before consent/);
  });

  test('granted without the scope (an admin-consent-only permission, say): not on', async () => {
    const { ctx, msal } = await signedIn();
    msal.signIn = () => Promise.resolve({ ...adele, granted: ['https://graph.microsoft.com/User.Read'] });
    expect(await consentToService(ctx, 'exchange')).toBe(
      'Exchange Online did not grant https://outlook.office365.com/.default.',
    );
  });

  test('nobody signed in: nothing is asked', async () => {
    const { ctx, msal } = await authContext();
    expect(await consentToService(ctx, 'exchange')).toBe('Sign in to a tenant first.');
    expect(msal.asked.filter((a) => a.name === 'signIn')).toEqual([]);
  });
});
