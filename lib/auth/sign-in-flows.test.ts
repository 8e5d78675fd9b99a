import { describe, expect, test } from 'vitest';
import { authContext, everything } from '../../test/fixtures/auth-context';
import { adele, fail, megan } from '../../test/fixtures/fake-msal-host';
import { signIn, signOut, switchAccount } from './sign-in-flows';

const expiry = {
  kind: 'signInExpired',
  code: 'AADSTS700084',
  sentence: 'Your sign-in expired.',
  fix: 'Sign in again.',
};

describe('sign-in', () => {
  test('makes the account active, records its grant and lifts its expiry', async () => {
    const { ctx, msal, badge } = await authContext();
    await ctx.settings.setActiveAccount(adele.id);
    await ctx.expiry.setExpired(adele.id, expiry);
    msal.signIn = () => Promise.resolve({ ...adele, granted: everything.slice(1) });
    const state = await signIn(ctx, { consent: false });
    expect(await ctx.settings.activeAccountId()).toBe(adele.id);
    expect(state).toMatchObject({ status: 'consentNeeded', problem: null });
    expect(ctx.flags.expiredOf(adele.id)).toBeUndefined();
    expect(badge).toEqual([true, false]);
  });

  test('a failure is kept as the problem, explained; the sign-in is over either way', async () => {
    const { ctx, msal } = await authContext();
    msal.signIn = () => fail({ code: 'user_cancelled' });
    const state = await signIn(ctx, { consent: false });
    expect(state.problem).toMatchObject({ kind: 'cancelled' });
    expect(ctx.moment).toMatchObject({ signingIn: null, problem: { kind: 'cancelled' } });
  });

  test('without a saved connection nothing is asked', async () => {
    const { ctx, msal } = await authContext({ connected: false });
    expect(await signIn(ctx, { consent: true })).toMatchObject({ status: 'notConfigured' });
    expect(msal.asked).toEqual([]);
  });
});

describe('sign-out', () => {
  test('removes the account from MSAL, forgets it as active, and clears the problem and its expiry', async () => {
    const { ctx, msal, badge } = await authContext();
    msal.accounts = [adele, megan];
    await ctx.settings.setActiveAccount(adele.id);
    await ctx.expiry.setExpired(adele.id, expiry);
    ctx.moment.problem = { kind: 'offline', code: null, sentence: 'Offline.', fix: 'Reconnect.' };
    const state = await signOut(ctx, adele.id);
    expect(msal.accounts).toEqual([megan]);
    expect(await ctx.settings.activeAccountId()).toBeUndefined();
    expect(state).toMatchObject({ status: 'signedIn', active: { id: megan.id }, problem: null });
    expect(badge).toEqual([true, false]);
  });
});

describe('switching account', () => {
  test('to an account MSAL holds: it becomes active and the badge follows it', async () => {
    const { ctx, msal, badge } = await authContext();
    msal.accounts = [adele, megan];
    await ctx.settings.setActiveAccount(adele.id);
    await ctx.flags.setExpired(megan.id, expiry);
    expect(await switchAccount(ctx, megan.id)).toMatchObject({ id: megan.id, tenantName: 'fabrikam.com' });
    expect(await ctx.settings.activeAccountId()).toBe(megan.id);
    expect(badge).toEqual([true]);
  });

  test('to an account MSAL doesn’t hold: null, and nothing changes', async () => {
    const { ctx, msal, badge } = await authContext();
    msal.accounts = [adele];
    await ctx.settings.setActiveAccount(adele.id);
    expect(await switchAccount(ctx, megan.id)).toBeNull();
    expect(await ctx.settings.activeAccountId()).toBe(adele.id);
    expect(badge).toEqual([]);
  });
});
