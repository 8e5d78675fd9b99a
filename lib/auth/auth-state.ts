/** What the UI shows about signing in, read fresh from the connection, MSAL's accounts and the flags. */
import type { AccountView, AuthProblem, AuthState, AuthStatus } from '../messaging/protocol';
import type { AuthContext } from './auth-context';
import { explain } from './msal-requests';

export async function authState(ctx: AuthContext): Promise<AuthState> {
  await ctx.flags.load();
  const base = { redirectUri: ctx.msal.redirectUri(), missingPermissions: [] as string[], problem: ctx.moment.problem };
  const c = await ctx.settings.connection();
  if (!c) return { ...base, status: 'notConfigured', connection: null, accounts: [], active: null };
  let list: AccountView[] = [];
  try {
    list = await ctx.msal.accounts(c);
  } catch (err) {
    return { ...base, status: 'signedOut', connection: c, accounts: [], active: null, problem: explain(err) };
  }
  const activeId = await ctx.settings.activeAccountId();
  const active = list.find((a) => a.id === activeId) ?? list[0] ?? null;
  const missing = ctx.flags.missingFor(active?.id);
  const expired = active ? ctx.flags.expiredOf(active.id) : undefined;
  const { signingIn, problem } = ctx.moment;
  return {
    ...base,
    problem: signingIn ? problem : (expired ?? problem),
    missingPermissions: missing,
    status: statusOf({ signingIn: signingIn !== null, active, expired, missing }),
    connection: c,
    accounts: list,
    active,
  };
}

/** A sign-in under way says so first; then nobody, an expiry, missing consent, in that order. */
export function statusOf(s: {
  signingIn: boolean;
  active: AccountView | null;
  expired: AuthProblem | undefined;
  missing: readonly string[];
}): AuthStatus {
  if (s.signingIn) return 'signingIn';
  if (!s.active) return 'signedOut';
  if (s.expired) return 'expired';
  return s.missing.length > 0 ? 'consentNeeded' : 'signedIn';
}
