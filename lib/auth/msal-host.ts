/**
 * MSAL (auth code + PKCE) hosted in a document: the offscreen document on Chrome and Edge (MSAL needs a
 * DOM and can't run in their service worker), the background event page on Firefox
 * (lib/auth/msal-host-client.ts). Interactive sign-in captures the authorize URL with `onRedirectNavigate` (returning
 * false, so MSAL never navigates), has it opened by `launchWebAuthFlow` (injected: on Chrome the background
 * does it, as offscreen documents can't), and finishes with `handleRedirectPromise({ hash })` in the same
 * instance, which redeems the code cross-origin with the PKCE verifier MSAL kept.
 * Tokens stay here and in the background's memory; nothing here logs them.
 */
import { CacheLookupPolicy } from '@azure/msal-browser';
import { accountFor, requireTenant, signedInAccounts, tenantAuthority } from './msal-accounts';
import { createMsalClients } from './msal-clients';
import { accountView, granted, redirectSignIn } from './msal-redirect-sign-in';
import type { MsalSetup, OffscreenRequests } from './offscreen-messages';

type Result<N extends keyof OffscreenRequests> = OffscreenRequests[N]['result'];

export interface MsalHostDeps {
  /** Opens the authorize URL for the user and resolves with the URL Entra redirected to. */
  launchWebAuthFlow(url: string): Promise<string>;
}

export function createMsalHost(deps: MsalHostDeps) {
  const clients = createMsalClients();

  return {
    async signIn(p: OffscreenRequests['signIn']['payload']): Promise<Result<'signIn'>> {
      const pca = await clients.clientFor(p);
      return redirectSignIn(pca, p, {
        captureNavigation: (redirect) => clients.captureNavigation(redirect),
        launchWebAuthFlow: (url) => deps.launchWebAuthFlow(url),
      });
    },

    async acquireToken(p: OffscreenRequests['acquireToken']['payload']): Promise<Result<'acquireToken'>> {
      const pca = await clients.clientFor(p);
      const account = accountFor(pca, p.accountId, p.tenantId);
      const result = await pca.acquireTokenSilent({
        scopes: [...p.scopes],
        account,
        // A customer tenant (issue 16): its own authority, the same account's refresh token.
        ...(p.tenantId ? { authority: tenantAuthority(p.connection.cloud, p.tenantId) } : {}),
        // The hidden-iframe fallback can't work here (the redirect URI only exists for
        // launchWebAuthFlow): a refresh token that no longer works means "sign in again".
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      });
      return {
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime() ?? null,
        granted: granted(result),
        tenantId: requireTenant(result, account.tenantId),
      };
    },

    async accounts(p: MsalSetup): Promise<Result<'accounts'>> {
      const pca = await clients.clientFor(p);
      // One entry per signed-in account, never one per tenant it has reached.
      return signedInAccounts(pca.getAllAccounts()).map(accountView);
    },

    async signOut(p: OffscreenRequests['signOut']['payload']): Promise<null> {
      const pca = await clients.clientFor(p);
      // Local sign-out: removes this account's tokens from the cache, no navigation to Entra.
      await pca.clearCache({ account: accountFor(pca, p.accountId) });
      return null;
    },
  };
}

export type MsalHost = ReturnType<typeof createMsalHost>;
