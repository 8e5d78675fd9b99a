import { describe, expect, test } from 'vitest';
import { isOurServiceWorker } from './offscreen-messages';

const ID = 'gfepcgmpollnpccgdgikckebikbnflfc';
const ours = { id: ID, workerUrl: `chrome-extension://${ID}/background.js` };
// Exactly what Chromium 156 passes the offscreen document for a message from our service worker.
const worker = { id: ID, url: `chrome-extension://${ID}/background.js` };

describe('who the offscreen document (MSAL) answers', () => {
  test('our service worker', () => {
    expect(isOurServiceWorker(worker, ours)).toBe(true);
  });

  test('not the popup (an extension document without a tab)', () => {
    const popup = { id: ID, url: `chrome-extension://${ID}/popup.html`, frameId: 0, documentId: 'D1' };
    expect(isOurServiceWorker(popup, ours)).toBe(false);
  });

  test('not an extension tab, even one showing the worker script', () => {
    const tab = { ...worker, tab: { id: 7 }, frameId: 0, documentId: 'D2' };
    expect(isOurServiceWorker(tab, ours)).toBe(false);
  });

  test('not another extension’s worker, nor anything when the manifest names no worker', () => {
    expect(isOurServiceWorker({ ...worker, id: 'abcdefghijklmnopabcdefghijklmnop' }, ours)).toBe(false);
    expect(isOurServiceWorker(worker, { id: ID, workerUrl: null })).toBe(false);
  });
});
