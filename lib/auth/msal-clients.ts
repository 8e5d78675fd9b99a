/**
 * One MSAL client per connection (client id, authority, redirect URI), made on first use and kept
 * while the connection stays the same. Navigation is never MSAL's: the URL it would open is caught
 * (`onRedirectNavigate` returning false) and handed to whoever asked for it.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import type { MsalSetup } from './offscreen-messages';
import { authorityOf } from './validate-connection';

/** The part of MSAL's client the host uses, so its flows can be tested with a stand-in. */
export type MsalClient = Pick<
  PublicClientApplication,
  | 'acquireTokenRedirect'
  | 'handleRedirectPromise'
  | 'setActiveAccount'
  | 'acquireTokenSilent'
  | 'getAccount'
  | 'getAllAccounts'
  | 'clearCache'
>;

export function createMsalClients() {
  let current: { key: string; pca: Promise<PublicClientApplication> } | undefined;
  let onNavigate: ((url: string) => void) | null = null;

  return {
    clientFor(setup: MsalSetup): Promise<PublicClientApplication> {
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
    },

    /** Runs `redirect` and answers the URL MSAL wanted to navigate to meanwhile, if any. */
    async captureNavigation(redirect: () => Promise<void>): Promise<string | undefined> {
      let url: string | undefined;
      onNavigate = (u) => (url = u);
      try {
        await redirect();
      } finally {
        onNavigate = null;
      }
      return url;
    },
  };
}
