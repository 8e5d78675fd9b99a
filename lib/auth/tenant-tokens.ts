/**
 * Tokens for customer tenants through a signed-in account's one sign-in (issue 16): MSAL's
 * tenant-specific authority and the account's refresh token, a token per tenant. Each request's
 * outcome is recorded for that tenant's row; a customer tenant's failure never touches the account's
 * own sign-in state (no expiry, no problem, no badge): only its row says it.
 */
import { TenantAccessError, type TenantAccess } from '../messaging/partner-protocol';
import { adminConsentUrl } from './admin-consent';
import type { AuthContext } from './auth-context';
import { AuthFailureError, toFailure } from './offscreen-messages';
import { serviceToken, ServiceTokenError } from './service-tokens';
import { classifyTenantFailure, describeTenantAccess, type TenantAccessFailure } from './tenant-access';
import { acquireToken, type ActiveSession, type TokenOutcome } from './token-source';
import type { Connection } from './validate-connection';

const CUSTOMER_SERVICES =
  'admin services are read for your own tenant only; customer tenants are scanned through Graph and DNS.';

type Note = (access: TenantAccess) => Promise<void>;

/**
 * A token source for `tenantId` through `accountId`'s sign-in. The account's own tenant behaves as
 * its active session does. Rejects with a TenantAccessError (signedOut) when the account isn't signed in.
 */
export async function tenantSession(ctx: AuthContext, accountId: string, tenantId: string): Promise<ActiveSession> {
  const tid = tenantId.toLowerCase();
  const c = await ctx.settings.connection();
  const account = c ? (await ctx.msal.accounts(c).catch(() => [])).find((a) => a.id === accountId) : undefined;
  if (!c || !account) {
    const access: TenantAccessFailure = { state: 'signedOut' };
    if (c) await ctx.access.set(tid, { access, accountId, clientId: c.clientId });
    throw new TenantAccessError(tid, access, describeTenantAccess(access));
  }
  const note: Note = (access) => ctx.access.set(tid, { access, accountId, clientId: c.clientId });
  if (account.tenantId.toLowerCase() === tid) {
    return {
      connection: c,
      account,
      getToken: () => homeToken(ctx, c, accountId, tid, note),
      getServiceToken: (service, initialDomain) => serviceToken(ctx, c, accountId, service, initialDomain),
    };
  }
  return {
    connection: c,
    account: { ...account, tenantId: tid, tenantName: tid },
    getToken: () => customerToken(ctx, c, accountId, tid, note),
    getServiceToken: (service) => Promise.reject(new ServiceTokenError(service, false, CUSTOMER_SERVICES)),
  };
}

/** The account's own tenant: as its active session (expiry recorded on the account), and its row kept too. */
async function homeToken(ctx: AuthContext, c: Connection, accountId: string, tid: string, note: Note) {
  let failed: TenantAccessFailure | null = null;
  const onOutcome = async (o: TokenOutcome): Promise<void> => {
    failed = o.ok ? null : classifyTenantFailure(failureOf(o.error), adminConsentUrl(c, ctx.msal.redirectUri(), tid));
    await note(failed ?? { state: 'ready' });
  };
  try {
    return await acquireToken(ctx, c, accountId, onOutcome);
  } catch (err) {
    if (!failed) throw err;
    throw new TenantAccessError(tid, failed, err instanceof Error ? err.message : describeTenantAccess(failed));
  }
}

async function customerToken(ctx: AuthContext, c: Connection, accountId: string, tid: string, note: Note) {
  try {
    const t = await ctx.msal.ask('acquireToken', { ...ctx.msal.setupFor(c), accountId, tenantId: tid });
    // The host checked already; a token for another tenant is refused here too, whoever hosts MSAL.
    if (t.tenantId.toLowerCase() !== tid) {
      throw new AuthFailureError({
        code: 'wrong_tenant',
        message: `Entra answered for tenant ${t.tenantId}, not ${tid}: the token was not used.`,
      });
    }
    await note({ state: 'ready' });
    return t.accessToken;
  } catch (err) {
    const access = classifyTenantFailure(failureOf(err), adminConsentUrl(c, ctx.msal.redirectUri(), tid));
    await note(access);
    throw new TenantAccessError(tid, access, describeTenantAccess(access));
  }
}

const failureOf = (err: unknown) => (err instanceof AuthFailureError ? err.failure : toFailure(err));

/** What the last token request for `tenantId` found, with the saved app registration ('untried' before any). */
export async function tenantAccess(ctx: AuthContext, tenantId: string): Promise<TenantAccess> {
  const c = await ctx.settings.connection();
  return c ? ctx.access.get(tenantId, c.clientId) : { state: 'untried' };
}

/** The saved connection's admin-consent link for `tenantId`; null when not configured. */
export async function consentUrlFor(ctx: AuthContext, tenantId: string): Promise<string | null> {
  const c = await ctx.settings.connection();
  return c ? adminConsentUrl(c, ctx.msal.redirectUri(), tenantId) : null;
}
