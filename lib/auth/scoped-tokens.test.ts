import { describe, expect, test } from 'vitest';
import { authContext } from '../../test/fixtures/auth-context';
import { adele, fail } from '../../test/fixtures/fake-msal-host';
import { tokenWithScopes } from './scoped-tokens';

const GDAP = 'DelegatedAdminRelationship.Read.All';

async function signedIn() {
  const s = await authContext();
  s.msal.accounts = [adele];
  await s.ctx.settings.setActiveAccount(adele.id);
  return s;
}

describe('a token with exactly the scopes asked', () => {
  test('for the active account’s own tenant, the scope qualified with the cloud’s Graph', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = () =>
      Promise.resolve({
        accessToken: 'GDAP-T',
        expiresOn: null,
        granted: [`https://graph.microsoft.com/${GDAP}`],
        tenantId: adele.tenantId,
      });
    expect(await tokenWithScopes(ctx, [GDAP])).toBe('GDAP-T');
    const asked = msal.asked.at(-1);
    expect(asked).toMatchObject({ name: 'acquireToken', payload: { accountId: adele.id } });
    expect(asked?.payload.scopes).toEqual([
      `https://graph.microsoft.com/${GDAP}`,
      'openid',
      'profile',
      'offline_access',
    ]);
    expect(asked?.payload).not.toHaveProperty('tenantId');
  });

  test('not consented: the sentence names the permission and where to add it', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = () =>
      fail({ code: 'invalid_grant', message: 'AADSTS65001: not consented', subError: 'consent_required' });
    await expect(tokenWithScopes(ctx, [GDAP])).rejects.toThrow(
      `Posture Lens has no consent for ${GDAP} in your tenant: add it to the app registration’s API permissions (Microsoft Graph, delegated) and grant admin consent, then try again.`,
    );
  });

  test('a token that lacks the scope is refused the same way', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = () =>
      Promise.resolve({
        accessToken: 'T',
        expiresOn: null,
        granted: ['https://graph.microsoft.com/User.Read'],
        tenantId: adele.tenantId,
      });
    await expect(tokenWithScopes(ctx, [GDAP])).rejects.toThrow(`no consent for ${GDAP}`);
  });

  test('nobody signed in, or not a permission name: refused before any token is asked', async () => {
    const { ctx, msal } = await authContext();
    await expect(tokenWithScopes(ctx, [GDAP])).rejects.toThrow('Sign in first');
    await expect(tokenWithScopes(ctx, ['https://evil.example/.default'])).rejects.toThrow('Not a Graph permission');
    expect(msal.asked.filter((a) => a.name === 'acquireToken')).toEqual([]);
  });
});
