// Hosts MSAL for the background (see lib/auth/msal-host.ts): created with chrome.offscreen, asked by
// message for sign-in, silent tokens, accounts and sign-out. It answers our service worker only, so
// neither a content script nor an extension page can ask it for a token.
import { browser } from 'wxt/browser';
import { createMsalHost, type MsalHost } from '../../lib/auth/msal-host';
import {
  AuthFailureError,
  isAuthMessage,
  isAuthReply,
  isOurServiceWorker,
  toFailure,
  type AuthMessage,
  type AuthReply,
  type OffscreenRequests,
} from '../../lib/auth/offscreen-messages';

const KEEP_ALIVE_MS = 20_000;

async function askBackground(name: 'launchWebAuthFlow' | 'keepAlive', payload: unknown): Promise<unknown> {
  const message: AuthMessage<'background'> = { postureLensAuth: 1, to: 'background', name, payload };
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!isAuthReply(reply))
    throw new AuthFailureError({ code: 'no_background', message: 'The background did not answer.' });
  if (!reply.ok) throw new AuthFailureError(reply.failure);
  return reply.value;
}

const host: MsalHost = createMsalHost({
  launchWebAuthFlow: async (url) => {
    // The service worker may be stopped while the user takes their time; a message resets its idle timer.
    const timer = setInterval(() => void askBackground('keepAlive', null).catch(() => undefined), KEEP_ALIVE_MS);
    try {
      const redirect = await askBackground('launchWebAuthFlow', { url });
      if (typeof redirect !== 'string') throw new AuthFailureError({ code: 'no_redirect' });
      return redirect;
    } finally {
      clearInterval(timer);
    }
  },
});

const handlers: { [N in keyof OffscreenRequests]: (p: never) => Promise<OffscreenRequests[N]['result']> } = {
  signIn: (p: OffscreenRequests['signIn']['payload']) => host.signIn(p),
  acquireToken: (p: OffscreenRequests['acquireToken']['payload']) => host.acquireToken(p),
  accounts: (p: OffscreenRequests['accounts']['payload']) => host.accounts(p),
  signOut: (p: OffscreenRequests['signOut']['payload']) => host.signOut(p),
};

// The worker script WXT builds (manifest `background.service_worker`); a worker's messages carry its
// URL. Not read from runtime.getManifest(): offscreen documents get only part of chrome.runtime
// (getURL, id, messaging), and calling a missing API here would throw before the listener exists.
const ours = {
  id: browser.runtime.id,
  workerUrl: browser.runtime.getURL('/background.js'),
};

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isAuthMessage(message, 'offscreen') || !Object.hasOwn(handlers, message.name)) return false;
  if (!isOurServiceWorker(sender, ours)) {
    sendResponse({ ok: false, failure: { code: 'refused', message: 'Refused: this sender may not ask that.' } });
    return false;
  }
  const handler = handlers[message.name as keyof OffscreenRequests] as (p: unknown) => Promise<unknown>;
  handler(message.payload).then(
    (value) => sendResponse({ ok: true, value } satisfies AuthReply<unknown>),
    (err: unknown) =>
      sendResponse({
        ok: false,
        failure: err instanceof AuthFailureError ? err.failure : toFailure(err),
      } satisfies AuthReply<unknown>),
  );
  return true;
});
