/**
 * MSAL (auth code + PKCE) hosted in a document: the offscreen document on Chrome and Edge (MSAL needs a
 * DOM and can't run in their service worker), the background event page on Firefox
 * (lib/auth/msal-host-client.ts). Interactive sign-in captures the authorize URL with `onRedirectNavigate` (returning
 * false, so MSAL never navigates), has it opened by `launchWebAuthFlow` (injected: on Chrome the background
 * does it, as offscreen documents can't), and finishes with `handleRedirectPromise({ hash })` in the same
 * instance, which redeems the code cross-origin with the PKCE verifier MSAL kept.
 * Tokens stay here and in the background's memory; nothing here logs them.
 */
import {
  CacheLookupPolicy,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser';
import { AuthFailureError, type MsalAccount, type MsalSetup, type OffscreenRequests } from './offscreen-messages';
import { authorityOf } from './validate-connection';

type Result<N extends keyof OffscreenRequests> = OffscreenRequests[N]['result'];

export interface MsalHostDeps {
  /** Opens the authorize URL for the user and resolves with the URL Entra redirected to. */
  launchWebAuthFlow(url: string): Promise<string>;
}

export function createMsalHost(deps: MsalHostDeps) {
  let current: { key: string; pca: Promise<PublicClientApplication> } | undefined;
  let onNavigate: ((url: string) => void) | null = null;

  const clientFor = (setup: MsalSetup): Promise<PublicClientApplication> => {
    const key = `${setup.connection.clientId}|${authorityOf(setup.connection)}|${setup.redirectUri}`;
    if (current?.key !== key) {
      const pca = new PublicClientApplication({
        auth: {
          clientId: setup.connection.clientId,
          authority: authorityOf(setup.connection),
          redirectUri: setup.redirectUri,
          // MSAL 5 takes this in the config, not the request. Returning false: we open the URL ourselves.
          onRedirectNavigate: (url) => {
            onNavigate?.(url);
            return false;
          },
        },
        // The extension origin's localStorage: our pages and this document only, never a content script.
        cache: { cacheLocation: 'localStorage' },
      });
      current = { key, pca: pca.initialize().then(() => pca) };
    }
    return current.pca;
  };

  const accountView = (a: AccountInfo): MsalAccount => ({
    id: a.homeAccountId,
    username: a.username,
    name: a.name ?? a.username,
    tenantId: a.tenantId,
  });

  const findAccount = (pca: PublicClientApplication, accountId: string): AccountInfo => {
    const account = pca.getAccount({ homeAccountId: accountId });
    if (!account) throw new AuthFailureError({ code: 'no_account', message: 'That account is not signed in.' });
    return account;
  };

  const granted = (r: AuthenticationResult): string[] => r.scopes;

  return {
    async signIn(p: OffscreenRequests['signIn']['payload']): Promise<Result<'signIn'>> {
      const pca = await clientFor(p);
      let authorizeUrl: string | undefined;
      onNavigate = (url) => (authorizeUrl = url);
      try {
        await pca.acquireTokenRedirect({
          scopes: [...p.scopes],
          prompt: p.prompt,
          redirectUri: p.redirectUri,
          ...(p.loginHint ? { loginHint: p.loginHint } : {}),
        });
      } finally {
        onNavigate = null;
      }
      if (!authorizeUrl)
        throw new AuthFailureError({ code: 'no_authorize_url', message: 'MSAL built no sign-in URL.' });

      let responseUrl: string;
      try {
        responseUrl = await deps.launchWebAuthFlow(authorizeUrl);
      } catch (err) {
        // End MSAL's pending interaction with the browser's verdict, so the next sign-in isn't refused
        // as interaction_in_progress. MSAL checks the state, so hand back the one it sent.
        const state = new URL(authorizeUrl).searchParams.get('state') ?? '';
        const hash = `#${new URLSearchParams({ error: 'user_cancelled', error_description: 'closed', state }).toString()}`;
        await pca.handleRedirectPromise({ hash, navigateToLoginRequestUrl: false }).catch(() => undefined);
        throw err;
      }
      const answer = new URL(responseUrl);
      const hash = answer.hash.length > 1 ? answer.hash : `#${answer.search.slice(1)}`;
      const result = await pca.handleRedirectPromise({ hash, navigateToLoginRequestUrl: false });
      if (!result?.account) {
        throw new AuthFailureError({ code: 'no_response', message: 'Entra’s answer did not complete the sign-in.' });
      }
      pca.setActiveAccount(result.account);
      return { ...accountView(result.account), granted: granted(result) };
    },

    async acquireToken(p: OffscreenRequests['acquireToken']['payload']): Promise<Result<'acquireToken'>> {
      const pca = await clientFor(p);
      const result = await pca.acquireTokenSilent({
        scopes: [...p.scopes],
        account: findAccount(pca, p.accountId),
        // The hidden-iframe fallback can't work here (the redirect URI only exists for
        // launchWebAuthFlow): a refresh token that no longer works means "sign in again".
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      });
      return {
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime() ?? null,
        granted: granted(result),
      };
    },

    async accounts(p: MsalSetup): Promise<Result<'accounts'>> {
      const pca = await clientFor(p);
      return pca.getAllAccounts().map(accountView);
    },

    async signOut(p: OffscreenRequests['signOut']['payload']): Promise<null> {
      const pca = await clientFor(p);
      // Local sign-out: removes this account's tokens from the cache, no navigation to Entra.
      await pca.clearCache({ account: findAccount(pca, p.accountId) });
      return null;
    },
  };
}

export type MsalHost = ReturnType<typeof createMsalHost>;
