/**
 * The background's answers to the offscreen document that hosts MSAL: launchWebAuthFlow (which
 * offscreen documents can't call) and keep-alive. Only our offscreen document may ask, and only a
 * sign-in page of one of our clouds may be opened on its say-so.
 */
import { browser } from 'wxt/browser';
import { clouds } from '../graph/clouds';
import { launchWebAuthFlow, OFFSCREEN_PATH } from './msal-host-client';
import { AuthFailureError, isAuthMessage, toFailure, type AuthReply } from './offscreen-messages';
import type { SignInFailure } from './sign-in-errors';

/** Serves the offscreen document's requests; returns true when it will answer asynchronously. */
export function serveOffscreenRequest(
  message: unknown,
  sender: { id?: string; url?: string },
  sendResponse: (r: AuthReply<unknown>) => void,
): boolean {
  if (!isAuthMessage(message, 'background')) return false;
  if (sender.id !== browser.runtime.id || sender.url !== browser.runtime.getURL(OFFSCREEN_PATH)) {
    sendResponse({ ok: false, failure: { code: 'refused', message: 'Refused: this sender may not ask that.' } });
    return false;
  }
  if (message.name === 'keepAlive') {
    sendResponse({ ok: true, value: null });
    return false;
  }
  const url = (message.payload as { url?: unknown } | null)?.url;
  if (message.name !== 'launchWebAuthFlow' || typeof url !== 'string' || !isAuthorizeUrl(url)) {
    sendResponse({ ok: false, failure: { code: 'refused', message: `Unknown request '${message.name}'.` } });
    return false;
  }
  launchWebAuthFlow(url).then(
    (redirect) => sendResponse({ ok: true, value: redirect }),
    (err: unknown) =>
      sendResponse({
        ok: false,
        failure: err instanceof AuthFailureError ? err.failure : (toFailure(err) satisfies SignInFailure),
      }),
  );
  return true;
}

/** Only a sign-in authority of one of our clouds may be opened on the offscreen document's say-so. */
function isAuthorizeUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  return (
    Object.values(clouds).some((c) => u.origin === c.authorityHost) && u.pathname.endsWith('/oauth2/v2.0/authorize')
  );
}
