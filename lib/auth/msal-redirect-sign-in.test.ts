import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, test } from 'vitest';
import type { MsalClient } from './msal-clients';
import { redirectSignIn } from './msal-redirect-sign-in';
import { AuthFailureError, type OffscreenRequests } from './offscreen-messages';

const AUTHORIZE = 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x&state=S1';
const REDIRECT = 'https://ext.chromiumapp.org/';
const adele = {
  homeAccountId: 'oid-adele.tid-contoso',
  username: 'adele@contoso.com',
  name: 'Adele Vance',
  tenantId: 'tid-contoso',
} as AccountInfo;
const payload: OffscreenRequests['signIn']['payload'] = {
  connection: { clientId: '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13', tenant: 'organizations', cloud: 'global' },
  redirectUri: REDIRECT,
  scopes: ['https://graph.microsoft.com/Policy.Read.All', 'openid'],
  prompt: 'select_account',
};

/** An MSAL client that records what it was asked; its redirect answer is scripted per test. */
function fakeClient(answer: (hash: string) => AuthenticationResult | null) {
  const calls: { redirect: unknown[]; handled: string[]; active: AccountInfo[] } = {
    redirect: [],
    handled: [],
    active: [],
  };
  const client = {
    acquireTokenRedirect: (request: unknown) => Promise.resolve(void calls.redirect.push(request)),
    handleRedirectPromise: (o?: { hash?: string }) => {
      calls.handled.push(o?.hash ?? '');
      return Promise.resolve(answer(o?.hash ?? ''));
    },
    setActiveAccount: (a: AccountInfo | null) => void (a && calls.active.push(a)),
  } as unknown as MsalClient;
  return { client, calls };
}

const signedIn = (hash: string) =>
  hash.includes('code=') ? ({ account: adele, scopes: ['Policy.Read.All'] } as unknown as AuthenticationResult) : null;
const caught = (url: string | undefined) => async (redirect: () => Promise<void>) => {
  await redirect();
  return url;
};

describe('interactive sign-in without navigating', () => {
  test('the caught authorize URL opens in the sign-in window; its redirect is redeemed in the same client', async () => {
    const { client, calls } = fakeClient(signedIn);
    const opened: string[] = [];
    const account = await redirectSignIn(
      client,
      { ...payload, loginHint: 'adele@contoso.com' },
      {
        captureNavigation: caught(AUTHORIZE),
        launchWebAuthFlow: (url) => Promise.resolve(void opened.push(url)).then(() => `${REDIRECT}#code=abc&state=S1`),
      },
    );
    expect(calls.redirect).toEqual([
      { scopes: payload.scopes, prompt: 'select_account', redirectUri: REDIRECT, loginHint: 'adele@contoso.com' },
    ]);
    expect(opened).toEqual([AUTHORIZE]);
    expect(calls.handled).toEqual(['#code=abc&state=S1']);
    expect(calls.active).toEqual([adele]);
    expect(account).toEqual({
      id: adele.homeAccountId,
      username: 'adele@contoso.com',
      name: 'Adele Vance',
      tenantId: 'tid-contoso',
      granted: ['Policy.Read.All'],
    });
  });

  test('a redirect answered in the query (not the fragment) is redeemed too', async () => {
    const { client, calls } = fakeClient(signedIn);
    await redirectSignIn(client, payload, {
      captureNavigation: caught(AUTHORIZE),
      launchWebAuthFlow: () => Promise.resolve(`${REDIRECT}?code=abc&state=S1`),
    });
    expect(calls.handled).toEqual(['#code=abc&state=S1']);
  });

  test('MSAL building no URL is a failure saying so, and nothing opens', async () => {
    const { client } = fakeClient(signedIn);
    const failure = redirectSignIn(client, payload, {
      captureNavigation: caught(undefined),
      launchWebAuthFlow: () => Promise.reject(new Error('must not open')),
    });
    await expect(failure).rejects.toEqual(
      new AuthFailureError({ code: 'no_authorize_url', message: 'MSAL built no sign-in URL.' }),
    );
  });

  test('a closed window ends MSAL’s pending sign-in with its own state, then fails as the browser said', async () => {
    const { client, calls } = fakeClient(signedIn);
    const closed = new AuthFailureError({ code: 'user_cancelled', message: 'The sign-in window closed.' });
    const failure = redirectSignIn(client, payload, {
      captureNavigation: caught(AUTHORIZE),
      launchWebAuthFlow: () => Promise.reject(closed),
    });
    await expect(failure).rejects.toBe(closed);
    expect(calls.handled).toEqual(['#error=user_cancelled&error_description=closed&state=S1']);
    expect(calls.active).toEqual([]);
  });

  test('an answer that signs nobody in is a failure saying so', async () => {
    const { client } = fakeClient(() => null);
    const failure = redirectSignIn(client, payload, {
      captureNavigation: caught(AUTHORIZE),
      launchWebAuthFlow: () => Promise.resolve(`${REDIRECT}#code=abc&state=S1`),
    });
    await expect(failure).rejects.toMatchObject({
      failure: { code: 'no_response', message: 'Entra’s answer did not complete the sign-in.' },
    });
  });
});
