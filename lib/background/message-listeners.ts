/**
 * The background's listeners: both protocols through one router (which decides trust from the sender:
 * our own pages, or our content script on an admin host), the offscreen document's sign-in requests,
 * and scan progress pushed to our own pages. Registered at start-up, as MV3 requires.
 */
import { browser, type Browser } from 'wxt/browser';
import { isAdminHost } from '../engine/pages/admin-hosts';
import { isEnvelope } from '../messaging/envelope';
import { createMessageRouter, type Handlers } from '../messaging/handle';
import { SCAN_PROGRESS_PORT } from '../messaging/protocol';
import type { ScanControl } from '../scanner/scan-control';

// Portal blades render in sandbox frames on these hosts; their content script asks for badges too.
const portalFrame = /\.reactblade(-ms|-rc)?\.portal\.azure\.net$/;

/** Where our content script may ask from: an admin host, or a portal blade's frame. */
export const isOverlaySenderUrl = (url: URL): boolean =>
  isAdminHost(url) || (url.protocol === 'https:' && portalFrame.test(url.hostname));

export interface MessageListenerDeps {
  handlers: Handlers;
  /** The offscreen document hosting MSAL asks for launchWebAuthFlow (lib/auth); true when it answers later. */
  onAuthMessage(
    message: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (reply: unknown) => void,
  ): boolean;
}

export function listenForMessages(deps: MessageListenerDeps): void {
  const route = createMessageRouter({
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    isAllowedContentUrl: isOverlaySenderUrl,
    handlers: deps.handlers,
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) =>
    deps.onAuthMessage(message, sender, sendResponse),
  );
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isEnvelope(message)) return false; // not ours: leave it to other listeners
    route(message, sender)
      .then((reply) => reply && sendResponse(reply))
      .catch((err: unknown) => sendResponse({ ok: false, error: String(err) }));
    return true;
  });
}

/** Posts the running scan's progress on a page's port; only our own pages hear it (content scripts can open ports too). */
export function progressPortListener(scanControl: Pick<ScanControl, 'subscribe'>) {
  return (port: Browser.runtime.Port): void => {
    if (port.name !== SCAN_PROGRESS_PORT || !port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return;
    const stop = scanControl.subscribe((p) => port.postMessage(p));
    port.onDisconnect.addListener(() => stop());
  };
}

export function listenForProgress(scanControl: Pick<ScanControl, 'subscribe'>): void {
  browser.runtime.onConnect.addListener(progressPortListener(scanControl));
}
