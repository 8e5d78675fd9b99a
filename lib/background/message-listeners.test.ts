import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Handlers } from '../messaging/handle';
import { SCAN_PROGRESS_PORT } from '../messaging/protocol';
import { createScanControl } from '../scanner/scan-control';
import { isOverlaySenderUrl, listenForMessages, progressPortListener } from './message-listeners';

const envelope = (channel: 'pages' | 'content', name: string) => ({ postureLens: 1, channel, name, payload: null });
const ours = (path: string) => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path) });
const ADMIN = 'https://admin.microsoft.com/#/homepage';

beforeEach(() => fakeBrowser.reset());

/** Sends `message` as `sender` and waits for the background's answer (or `undefined` when none listened). */
async function ask(message: unknown, sender: object): Promise<unknown> {
  let answer: (r: unknown) => void = () => undefined;
  const replied = new Promise((resolve) => (answer = resolve));
  const handled = await fakeBrowser.runtime.onMessage.trigger(message, sender, answer);
  return (handled as unknown[]).some((h) => h === true) ? replied : undefined;
}

function listen() {
  const onAuthMessage = vi.fn(() => false);
  const handlers = {
    pages: { getState: () => Promise.resolve('the state') },
    content: { getPageBadges: () => Promise.resolve('badges') },
  } as unknown as Handlers;
  listenForMessages({ handlers, onAuthMessage });
  return { onAuthMessage };
}

describe('messages', () => {
  test('our pages are answered; a content script on an admin page gets the content protocol only', async () => {
    listen();
    expect(await ask(envelope('pages', 'getState'), ours('/popup.html'))).toEqual({ ok: true, value: 'the state' });
    const content = { id: fakeBrowser.runtime.id, url: ADMIN, frameId: 0, tab: { id: 3, url: ADMIN } };
    expect(await ask(envelope('content', 'getPageBadges'), content)).toEqual({ ok: true, value: 'badges' });
    expect(await ask(envelope('pages', 'getState'), content)).toEqual({
      ok: false,
      error: 'Refused: this sender may not ask that.',
    });
  });

  test('the overlay may ask from admin hosts and portal blade frames, nowhere else', () => {
    expect(isOverlaySenderUrl(new URL(ADMIN))).toBe(true);
    expect(isOverlaySenderUrl(new URL('https://x.reactblade.portal.azure.net/blade.html'))).toBe(true);
    expect(isOverlaySenderUrl(new URL('http://x.reactblade.portal.azure.net/blade.html'))).toBe(false);
    expect(isOverlaySenderUrl(new URL('https://evil.example/'))).toBe(false);
  });

  test('messages that are not ours go to the sign-in host’s listener and are not answered by the router', async () => {
    const { onAuthMessage } = listen();
    const offscreen = { name: 'keepAlive', postureLensAuth: 1 };
    expect(await ask(offscreen, ours('/offscreen.html'))).toBeUndefined();
    expect(onAuthMessage).toHaveBeenCalledWith(offscreen, ours('/offscreen.html'), expect.any(Function));
  });
});

describe('scan progress', () => {
  function port(name: string, url: string) {
    const posted: unknown[] = [];
    let disconnect = () => undefined as void;
    const p = {
      name,
      sender: { url },
      postMessage: (m: unknown) => posted.push(m),
      onDisconnect: { addListener: (l: () => void) => (disconnect = l) },
    };
    return { port: p as never, posted, disconnect: () => disconnect() };
  }

  test('our pages hear each step of the running scan until they close; a content script’s port hears nothing', async () => {
    const control = createScanControl();
    const listener = progressPortListener(control);
    const popup = port(SCAN_PROGRESS_PORT, fakeBrowser.runtime.getURL('/popup.html'));
    const admin = port(SCAN_PROGRESS_PORT, ADMIN);
    listener(popup.port);
    listener(admin.port);
    let step: (p: { done: number; total: number }) => void = () => undefined;
    let finish: () => void = () => undefined;
    const run = control.run(async ({ onProgress }) => {
      step = onProgress;
      await new Promise<void>((resolve) => (finish = resolve));
    });
    step({ done: 1, total: 4 });
    popup.disconnect();
    step({ done: 2, total: 4 });
    finish();
    await run;
    expect(popup.posted).toEqual([{ done: 1, total: 4 }]);
    expect(admin.posted).toEqual([]);
  });
});
