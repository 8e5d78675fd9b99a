/**
 * Silent tokens for the active account's tenant. A token request that fails records why: an expired
 * sign-in on the account (which pauses background scans), anything else as the last problem.
 */
import type { AdminService } from '../graph/sources/admin-services';
import type { AccountView } from '../messaging/protocol';
import type { AuthContext } from './auth-context';
import { authState } from './auth-state';
import { explain, missingFrom } from './msal-requests';
import { serviceToken } from './service-tokens';
import type { Connection } from './validate-connection';

export interface ActiveSession {
  readonly connection: Connection;
  readonly account: AccountView;
  /** A Graph token; throws with the sentence and fix to show when there is none. */
  readonly getToken: () => Promise<string>;
  /**
   * A silent token for an admin service's resource; rejects with a ServiceTokenError (no consent…).
   * `initialDomain` names SharePoint's resource, the tenant's admin host.
   */
  readonly getServiceToken: (service: AdminService, initialDomain?: string) => Promise<string>;
}

/** The active account and a token source for its tenant's Graph; null when nobody is signed in. */
export async function activeSession(ctx: AuthContext): Promise<ActiveSession | null> {
  const s = await authState(ctx);
  if (!s.connection || !s.active) return null;
  const c: Connection = s.connection;
  const account = s.active;
  return {
    connection: c,
    account,
    getToken: () => acquireToken(ctx, c, account.id),
    getServiceToken: (service, initialDomain) => serviceToken(ctx, c, account.id, service, initialDomain),
  };
}

/** How a token request ended, for whoever keeps score (the tenant access records). */
export type TokenOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

/** A Graph token for the tenant `accountId` signed in to; an expiry is recorded on the account. */
export async function acquireToken(
  ctx: AuthContext,
  c: Connection,
  accountId: string,
  onOutcome?: (o: TokenOutcome) => Promise<void>,
): Promise<string> {
  try {
    const t = await ctx.msal.ask('acquireToken', { ...ctx.msal.setupFor(c), accountId });
    await ctx.flags.noteMissing(accountId, 'token', missingFrom(t.granted));
    await ctx.expiry.setExpired(accountId, null);
    await onOutcome?.({ ok: true });
    return t.accessToken;
  } catch (err) {
    const p = explain(err);
    if (p.kind === 'signInExpired') await ctx.expiry.setExpired(accountId, p);
    else ctx.moment.problem = p;
    await onOutcome?.({ ok: false, error: err });
    throw new Error(`${p.sentence} ${p.fix}`);
  }
}
