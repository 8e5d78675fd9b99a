import { describe, expect, test } from 'vitest';
import { authContext, everything } from '../../test/fixtures/auth-context';
import { adele, expiredRefreshToken, fail } from '../../test/fixtures/fake-msal-host';
import { activeSession } from './token-source';

async function signedIn() {
  const s = await authContext();
  s.msal.accounts = [adele];
  await s.ctx.settings.setActiveAccount(adele.id);
  return s;
}

describe('silent tokens', () => {
  test('nobody signed in: no session', async () => {
    const { ctx } = await authContext();
    expect(await activeSession(ctx)).toBeNull();
  });

  test('a token for the active account; what it lacks is noted for consent', async () => {
    const { ctx, msal } = await signedIn();
    msal.acquireToken = () =>
      Promise.resolve({ accessToken: 'T', expiresOn: null, granted: everything.slice(1), tenantId: adele.tenantId });
    const session = await activeSession(ctx);
    expect(session?.account.id).toBe(adele.id);
    expect(await session?.getToken()).toBe('T');
    expect(ctx.flags.missingFor(adele.id)).toHaveLength(1);
  });

  test('an expired sign-in marks the account expired and throws the sentence with its fix', async () => {
    const { ctx, msal, badge } = await signedIn();
    msal.acquireToken = () => fail(expiredRefreshToken);
    const session = await activeSession(ctx);
    await expect(session!.getToken()).rejects.toThrow(/^Your sign-in expired .* Sign in again to resume scanning\.$/);
    expect(ctx.flags.expiredOf(adele.id)).toMatchObject({ kind: 'signInExpired' });
    expect(ctx.moment.problem).toBeNull();
    expect(badge).toEqual([true]);
  });

  test('any other failure is the last problem, not an expiry', async () => {
    const { ctx, msal, badge } = await signedIn();
    msal.acquireToken = () => fail({ code: 'no_network_connectivity' });
    await expect((await activeSession(ctx))!.getToken()).rejects.toThrow('this browser seems to be offline');
    expect(ctx.flags.expiredOf(adele.id)).toBeUndefined();
    expect(ctx.moment.problem).toMatchObject({ kind: 'offline' });
    expect(badge).toEqual([]);
  });
});
