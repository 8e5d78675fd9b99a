import { beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OFFSCREEN_PATH } from './msal-host-client';
import { serveOffscreenRequest } from './offscreen-requests';

const REDIRECT = 'https://test-extension-id.chromiumapp.org/';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

type Launch = (d: { url: string; interactive?: boolean }) => Promise<string | undefined>;

describe('the offscreen document’s requests', () => {
  const offscreen = { id: 'test-extension-id', url: `chrome-extension://test-extension-id${OFFSCREEN_PATH}` };
  const authorize = 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x';
  const message = (name: string, payload: unknown) => ({ postureLensAuth: 1, to: 'background', name, payload });

  /** The browser's sign-in window: the URL Entra redirected to, or undefined when the user closed it. */
  const launchAnswers = (redirect: string | undefined) =>
    (vi.spyOn(fakeBrowser.identity, 'launchWebAuthFlow') as unknown as MockInstance<Launch>).mockImplementation(() =>
      Promise.resolve(redirect),
    );

  function ask(msg: unknown, sender: { id?: string; url?: string }) {
    const reply = vi.fn();
    const async = serveOffscreenRequest(msg, sender, reply);
    return { async, reply };
  }

  test('other messages are left to other listeners', () => {
    const { async, reply } = ask({ type: 'getState' }, offscreen);
    expect(async).toBe(false);
    expect(reply).not.toHaveBeenCalled();
  });

  test('anyone but the offscreen document is refused', () => {
    const page = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
    const { reply } = ask(message('launchWebAuthFlow', { url: authorize }), page);
    expect(reply).toHaveBeenCalledWith({
      ok: false,
      failure: { code: 'refused', message: 'Refused: this sender may not ask that.' },
    });
  });

  test('keep-alive is answered at once', () => {
    const { async, reply } = ask(message('keepAlive', null), offscreen);
    expect(async).toBe(false);
    expect(reply).toHaveBeenCalledWith({ ok: true, value: null });
  });

  test('only one of our clouds’ authorize pages may be opened', () => {
    const launch = vi.spyOn(fakeBrowser.identity, 'launchWebAuthFlow');
    for (const url of [
      'https://evil.example/oauth2/v2.0/authorize',
      'https://login.microsoftonline.com/x/logout',
      42,
    ]) {
      const { reply } = ask(message('launchWebAuthFlow', { url }), offscreen);
      expect(reply).toHaveBeenCalledWith({
        ok: false,
        failure: { code: 'refused', message: "Unknown request 'launchWebAuthFlow'." },
      });
    }
    expect(launch).not.toHaveBeenCalled();
  });

  test('the sign-in window opens and its redirect goes back to the offscreen document', async () => {
    const launch = launchAnswers(`${REDIRECT}#code=abc&state=s`);
    const { async, reply } = ask(message('launchWebAuthFlow', { url: authorize }), offscreen);
    expect(async).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ ok: true, value: `${REDIRECT}#code=abc&state=s` }));
    expect(launch).toHaveBeenCalledWith({ url: authorize, interactive: true });
  });

  test('a sign-in window closed by the user comes back as a cancelled sign-in', async () => {
    launchAnswers(undefined);
    const { reply } = ask(message('launchWebAuthFlow', { url: authorize }), offscreen);
    await vi.waitFor(() =>
      expect(reply).toHaveBeenCalledWith({
        ok: false,
        failure: { code: 'user_cancelled', message: 'The sign-in window closed.' },
      }),
    );
  });
});
