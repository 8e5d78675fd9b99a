/**
 * Tokens for the admin services (Exchange Online, Security & Compliance, Teams, SharePoint Online;
 * issue 17), from the
 * same MSAL host and account as Graph's: one resource per token, as Entra requires. Silent for scans;
 * interactive only when the admin turns a service on (an explicit click on the Connect page). A service
 * token that can't be had never touches the Graph sign-in's state: no expiry, no problem, no badge.
 */
import { adminServiceInfo, tenantServiceEndpoint, type AdminService } from '../graph/sources/admin-services';
import type { AuthContext } from './auth-context';
import { authState } from './auth-state';
import { explain } from './msal-requests';
import type { MsalSetup } from './offscreen-messages';
import type { Connection } from './validate-connection';

/**
 * The scope a service's token is asked for in this connection's cloud: SharePoint's is the tenant's
 * admin host's (`https://contoso-admin.sharepoint.com/.default`), named after `initialDomain`; null
 * when that domain isn't known.
 */
export function serviceScope(c: Connection, service: AdminService, initialDomain?: string): string | null {
  return tenantServiceEndpoint(c.cloud, service, initialDomain)?.scope ?? null;
}

function serviceSetup(ctx: AuthContext, c: Connection, scope: string, oidc: boolean): MsalSetup {
  return { ...ctx.msal.setupFor(c), scopes: oidc ? [scope, 'openid', 'profile', 'offline_access'] : [scope] };
}

/** SharePoint's resource is the tenant's admin host, named after its initial domain. */
const NO_DOMAIN =
  "its admin host is named after the tenant's initial domain, which isn't known yet: scan the tenant once.";

/** A refused token request, as one sentence naming the service: never an error that stops a scan. */
export class ServiceTokenError extends Error {
  override name = 'ServiceTokenError';
  constructor(
    readonly service: AdminService,
    readonly consentMissing: boolean,
    detail: string,
  ) {
    const label = adminServiceInfo[service].label;
    super(
      consentMissing
        ? `${label}: not consented — Turn on asks for it (Connect page › Admin services).`
        : `${label}: no token — ${detail}`,
    );
  }
}

/** A silent token for `service` for this account; rejects with a ServiceTokenError. */
export async function serviceToken(
  ctx: AuthContext,
  c: Connection,
  accountId: string,
  service: AdminService,
  initialDomain?: string,
): Promise<string> {
  const scope = serviceScope(c, service, initialDomain);
  if (!scope) throw new ServiceTokenError(service, false, NO_DOMAIN);
  try {
    const t = await ctx.msal.ask('acquireToken', { ...serviceSetup(ctx, c, scope, false), accountId });
    return t.accessToken;
  } catch (err) {
    const p = explain(err);
    throw new ServiceTokenError(service, p.kind === 'consentRequired', `${p.sentence} ${p.fix}`);
  }
}

/**
 * Asks the signed-in account for the service's consent, interactively (the sign-in window, prompt
 * consent). Answers null when it was given, else the sentence to show. Leaves the Graph sign-in as it was.
 */
export async function consentToService(
  ctx: AuthContext,
  service: AdminService,
  initialDomain?: string,
): Promise<string | null> {
  const s = await authState(ctx);
  if (!s.connection || !s.active) return 'Sign in to a tenant first.';
  const scope = serviceScope(s.connection, service, initialDomain);
  if (!scope) return `${adminServiceInfo[service].label}: ${NO_DOMAIN}`;
  try {
    const done = await ctx.msal.ask('signIn', {
      ...serviceSetup(ctx, s.connection, scope, true),
      prompt: 'consent',
      loginHint: s.active.username,
    });
    if (done.id !== s.active.id) return `Consent was given as ${done.username}, not ${s.active.username}.`;
    const granted = done.granted.some((g) => g.toLowerCase().startsWith(scope.replace(/\.default$/, '').toLowerCase()));
    return granted ? null : `${adminServiceInfo[service].label} did not grant ${scope}.`;
  } catch (err) {
    const p = explain(err);
    return `${adminServiceInfo[service].label}: ${p.sentence} ${p.fix}`;
  }
}
