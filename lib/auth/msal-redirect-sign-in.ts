/**
 * Interactive sign-in without navigating: MSAL builds the authorize URL (caught, not opened), the
 * browser's sign-in window opens it (launchWebAuthFlow), and the same MSAL instance redeems the
 * code from the redirect with the PKCE verifier it kept.
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { MsalClient } from './msal-clients';
import { AuthFailureError, type MsalAccount, type OffscreenRequests } from './offscreen-messages';

type SignIn = OffscreenRequests['signIn'];

export interface RedirectSignInDeps {
  /** Runs MSAL's redirect and answers the authorize URL it wanted to open. */
  captureNavigation(redirect: () => Promise<void>): Promise<string | undefined>;
  /** Opens the authorize URL for the user and resolves with the URL Entra redirected to. */
  launchWebAuthFlow(url: string): Promise<string>;
}

export async function redirectSignIn(
  pca: MsalClient,
  p: SignIn['payload'],
  deps: RedirectSignInDeps,
): Promise<SignIn['result']> {
  const authorizeUrl = await deps.captureNavigation(() =>
    pca.acquireTokenRedirect({
      scopes: [...p.scopes],
      prompt: p.prompt,
      redirectUri: p.redirectUri,
      ...(p.loginHint ? { loginHint: p.loginHint } : {}),
    }),
  );
  if (!authorizeUrl) throw new AuthFailureError({ code: 'no_authorize_url', message: 'MSAL built no sign-in URL.' });

  let responseUrl: string;
  try {
    responseUrl = await deps.launchWebAuthFlow(authorizeUrl);
  } catch (err) {
    await abandonSignIn(pca, authorizeUrl);
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
}

/**
 * Ends MSAL's pending interaction with the browser's verdict, so the next sign-in isn't refused as
 * interaction_in_progress. MSAL checks the state, so hand back the one it sent.
 */
async function abandonSignIn(pca: MsalClient, authorizeUrl: string): Promise<void> {
  const state = new URL(authorizeUrl).searchParams.get('state') ?? '';
  const hash = `#${new URLSearchParams({ error: 'user_cancelled', error_description: 'closed', state }).toString()}`;
  await pca.handleRedirectPromise({ hash, navigateToLoginRequestUrl: false }).catch(() => undefined);
}

export const accountView = (a: AccountInfo): MsalAccount => ({
  id: a.homeAccountId,
  username: a.username,
  name: a.name ?? a.username,
  tenantId: a.tenantId,
});

export const granted = (r: AuthenticationResult): string[] => r.scopes;
