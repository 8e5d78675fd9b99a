/** Signing in (interactive, one at a time), signing out, and choosing the active account. */
import type { AccountView, AuthState } from '../messaging/protocol';
import type { AuthContext } from './auth-context';
import { authState } from './auth-state';
import { explain, missingFrom } from './msal-requests';
import type { Connection } from './validate-connection';

/** Resolves when the sign-in ends, however it ends; the outcome is in the state. */
export async function signIn(ctx: AuthContext, opts: { consent: boolean }): Promise<AuthState> {
  await ctx.flags.load();
  const c = await ctx.settings.connection();
  if (!c) return authState(ctx);
  ctx.moment.signingIn ??= runSignIn(ctx, c, opts.consent).finally(() => (ctx.moment.signingIn = null));
  await ctx.moment.signingIn;
  return authState(ctx);
}

async function runSignIn(ctx: AuthContext, c: Connection, consent: boolean): Promise<void> {
  try {
    // Consent is for the account that lacks it: Entra pre-selects it with the hint.
    const hint = consent ? (await authState(ctx)).active?.username : undefined;
    const account = await ctx.msal.ask('signIn', {
      ...ctx.msal.setupFor(c),
      prompt: consent ? 'consent' : 'select_account',
      ...(hint ? { loginHint: hint } : {}),
    });
    await ctx.settings.setActiveAccount(account.id);
    ctx.flags.granted(account.id, missingFrom(account.granted));
    ctx.moment.problem = null;
    await ctx.expiry.setExpired(account.id, null);
    // Its customer tenants' "sign-in expired" and "signed out" no longer hold: their next token says.
    await ctx.access.accountChanged(account.id, null);
  } catch (err) {
    ctx.moment.problem = explain(err);
  }
}

/** Removes the account's tokens from MSAL; its scan history stays. */
export async function signOut(ctx: AuthContext, accountId: string): Promise<AuthState> {
  const c = await ctx.settings.connection();
  if (c) await ctx.msal.ask('signOut', { ...ctx.msal.setupFor(c), accountId });
  await ctx.settings.forgetActiveAccount(accountId);
  await ctx.flags.load();
  ctx.flags.forget(accountId);
  ctx.moment.problem = null;
  await ctx.expiry.setExpired(accountId, null);
  await ctx.access.accountChanged(accountId, 'signedOut');
  return authState(ctx);
}

/** Makes a signed-in account the active one; null if MSAL holds no such account. */
export async function switchAccount(ctx: AuthContext, accountId: string): Promise<AccountView | null> {
  const c = await ctx.settings.connection();
  const found = c ? (await ctx.msal.accounts(c)).find((a) => a.id === accountId) : undefined;
  if (!found) return null;
  // Each account keeps its own expiry: the badge and the pause follow the one now active.
  if (found.id !== (await ctx.settings.activeAccountId())) ctx.moment.problem = null;
  await ctx.settings.setActiveAccount(found.id);
  await ctx.expiry.sync();
  return found;
}
