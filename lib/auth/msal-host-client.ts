/**
 * Where MSAL runs for the background, behind one `ask` so the auth service doesn't care:
 * - Chrome and Edge: an offscreen document (their MV3 background is a service worker, with no DOM
 *   and no localStorage, which MSAL needs). Asked by private message; it asks back for
 *   launchWebAuthFlow, which offscreen documents can't call.
 * - Firefox: the background itself. Firefox's MV3 background is an event page, a document with a DOM
 *   and the extension origin's localStorage, and it has no offscreen API. MSAL runs in it directly.
 */
import { browser } from 'wxt/browser';
import {
  AuthFailureError,
  isAuthReply,
  toFailure,
  type AuthMessage,
  type OffscreenRequests,
} from './offscreen-messages';
import type { MsalHost } from './msal-host';

export interface MsalHostClient {
  readonly kind: 'offscreen' | 'inPage';
  ask<N extends keyof OffscreenRequests>(
    name: N,
    payload: OffscreenRequests[N]['payload'],
  ): Promise<OffscreenRequests[N]['result']>;
}

export const OFFSCREEN_PATH = '/offscreen.html';
type OffscreenReasons = Parameters<typeof browser.offscreen.createDocument>[0]['reasons'];

/** MSAL in the offscreen document, created on first use (Chrome, Edge). */
export function offscreenHostClient(): MsalHostClient {
  let creating: Promise<void> | null = null;

  async function ensureOffscreen(): Promise<void> {
    const url = browser.runtime.getURL(OFFSCREEN_PATH);
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (contexts.length > 0) return;
    creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['LOCAL_STORAGE'] as OffscreenReasons,
        justification:
          'Hosts the Microsoft sign-in library (MSAL), which needs a DOM and keeps its token cache in storage.',
      })
      .finally(() => (creating = null));
    await creating;
  }

  return {
    kind: 'offscreen',
    async ask(name, payload) {
      await ensureOffscreen();
      const message: AuthMessage<'offscreen'> = { postureLensAuth: 1, to: 'offscreen', name, payload };
      let reply: unknown;
      for (let attempt = 0; ; attempt++) {
        try {
          reply = await browser.runtime.sendMessage(message);
          break;
        } catch (err) {
          // A document just created may not have its listener yet ("Receiving end does not exist").
          if (attempt >= 5) throw new AuthFailureError(toFailure(err));
          await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
        }
      }
      if (!isAuthReply(reply))
        throw new AuthFailureError({ code: 'no_offscreen', message: 'The sign-in host did not answer.' });
      if (!reply.ok) throw new AuthFailureError(reply.failure);
      return reply.value as never;
    },
  };
}

/**
 * MSAL in this very document (Firefox's event page). The host is loaded on first use, so a
 * background that never signs in never parses MSAL.
 */
export function inPageHostClient(load: () => Promise<MsalHost>): MsalHostClient {
  let host: Promise<MsalHost> | null = null;
  return {
    kind: 'inPage',
    async ask(name, payload) {
      host ??= load();
      const h = await host;
      const handlers: { [N in keyof OffscreenRequests]: (p: OffscreenRequests[N]['payload']) => Promise<unknown> } = {
        signIn: (p) => h.signIn(p),
        acquireToken: (p) => h.acquireToken(p),
        accounts: (p) => h.accounts(p),
        signOut: (p) => h.signOut(p),
      };
      return (await handlers[name](payload)) as never;
    },
  };
}

/** launchWebAuthFlow's answer: the redirect URL, or the user closed the window. */
export async function launchWebAuthFlow(url: string): Promise<string> {
  const redirect = await browser.identity.launchWebAuthFlow({ url, interactive: true });
  if (!redirect) throw new AuthFailureError({ code: 'user_cancelled', message: 'The sign-in window closed.' });
  return redirect;
}
