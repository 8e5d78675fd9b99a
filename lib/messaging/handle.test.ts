import { partnerPayloads, type PartnerProtocol } from './partner-protocol';
import { describe, expect, test, vi } from 'vitest';
import { isAdminHost } from '../engine/pages/admin-hosts';
import { createMessageRouter, type Handlers, type SenderInfo } from './handle';
import type { AppState, PageBadges } from './protocol';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_PAGE = `chrome-extension://${EXTENSION_ID}/dashboard.html`;
const ADMIN_PAGE = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles';

const state: AppState = { scan: null, demo: false, scanning: false, error: null };
const badges: PageBadges = {
  pageId: 'entraRoles',
  pageTitle: 'Roles',
  tenantName: 'Contoso',
  scannedAt: null,
  badges: [],
};

const fromExtensionPage: SenderInfo = {
  id: EXTENSION_ID,
  url: EXTENSION_PAGE,
  origin: `chrome-extension://${EXTENSION_ID}`,
};
const fromContentScript: SenderInfo = { id: EXTENSION_ID, url: ADMIN_PAGE, origin: 'https://entra.microsoft.com' };

const envelope = (channel: string, name: string, payload: unknown) => ({ postureLens: 1, channel, name, payload });

// Sign-in handlers, unused by these router tests (lib/auth and the sign-in e2e test them).
const unused = () => Promise.reject(new Error('unused'));
const signInUnused = {
  getAuthState: unused,
  saveConnection: unused,
  signIn: unused,
  signOut: unused,
  switchAccount: unused,
  scanSignedInTenant: unused,
  getScanSchedule: unused,
  setScanSchedule: unused,
  cancelScan: unused,
  getControlTimeline: unused,
  getDisposition: unused,
  setDisposition: unused,
  clearDisposition: unused,
  markReviewed: unused,
  getOverlaySwitches: unused,
  setOverlaySwitch: unused,
  getDnsResolver: unused,
  setDnsResolver: unused,
  getPopupState: unused,
  getDeclarations: unused,
  setDeclarations: unused,
  getWatchSettings: unused,
  setWatchSettings: unused,
  getNewControls: unused,
  markControlsSeen: unused,
  getAlerts: unused,
  getAdminServices: unused,
  setAdminService: unused,
  ...(Object.fromEntries(Object.keys(partnerPayloads).map((n) => [n, unused])) as Record<
    keyof PartnerProtocol,
    typeof unused
  >),
};
const overlayUnused = { rescanControl: unused, openControl: unused };

function setup() {
  const handlers = {
    pages: {
      getState: vi.fn((_: null) => Promise.resolve(state)),
      runDemoScan: vi.fn((_: null) => Promise.resolve({ ...state, demo: true })),
      getHistory: vi.fn((_: null) => Promise.resolve({ points: [], changes: [], previousScannedAt: null })),
      ...signInUnused,
    },
    content: {
      getPageBadges: vi.fn((_: null) => Promise.resolve(badges)),
      ...overlayUnused,
    },
  } satisfies Handlers;
  const route = createMessageRouter({
    handlers,
    extensionId: EXTENSION_ID,
    // As the background computes it, so the comparison is like for like in any URL implementation.
    extensionBaseUrl: `chrome-extension://${EXTENSION_ID}/`,
    isAllowedContentUrl: isAdminHost,
  });
  return { route, handlers };
}

describe('pages channel', () => {
  test('answers our own extension pages', async () => {
    const { route, handlers } = setup();
    await expect(route(envelope('pages', 'getState', null), fromExtensionPage)).resolves.toEqual({
      ok: true,
      value: state,
    });
    expect(handlers.pages.getState).toHaveBeenCalledWith(null, expect.objectContaining({ id: EXTENSION_ID }));
  });

  test('refuses a content script on an admin page, and never runs the handler', async () => {
    const { route, handlers } = setup();
    await expect(route(envelope('pages', 'runDemoScan', null), fromContentScript)).resolves.toEqual({
      ok: false,
      error: 'Refused: this sender may not ask that.',
    });
    expect(handlers.pages.runDemoScan).not.toHaveBeenCalled();
  });

  test('refuses another extension, even from a page URL like ours', async () => {
    const { route, handlers } = setup();
    const other: SenderInfo = { ...fromExtensionPage, id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk' };
    await expect(route(envelope('pages', 'getState', null), other)).resolves.toMatchObject({ ok: false });
    expect(handlers.pages.getState).not.toHaveBeenCalled();
  });

  test.each<[string, SenderInfo]>([
    ['no id', { url: EXTENSION_PAGE }],
    ['no URL', { id: EXTENSION_ID }],
    ['an unparsable URL', { id: EXTENSION_ID, url: 'not a url' }],
    ['a web page', { id: EXTENSION_ID, url: 'https://evil.example/' }],
  ])('refuses a sender with %s', async (_, sender) => {
    const { route, handlers } = setup();
    await expect(route(envelope('pages', 'getState', null), sender)).resolves.toMatchObject({ ok: false });
    expect(handlers.pages.getState).not.toHaveBeenCalled();
  });
});

describe('content channel', () => {
  const payload = null;

  test('answers our content script on an allowed admin page', async () => {
    const { route, handlers } = setup();
    await expect(route(envelope('content', 'getPageBadges', payload), fromContentScript)).resolves.toEqual({
      ok: true,
      value: badges,
    });
    expect(handlers.content.getPageBadges).toHaveBeenCalledWith(payload, expect.objectContaining({ id: EXTENSION_ID }));
  });

  test.each<[string, SenderInfo]>([
    ['a page that is not an admin center', { id: EXTENSION_ID, url: 'https://evil.example/#view/x' }],
    ['an admin host over plain http', { id: EXTENSION_ID, url: 'http://entra.microsoft.com/' }],
    ['a look-alike host', { id: EXTENSION_ID, url: 'https://entra.microsoft.com.evil.example/' }],
    ['another extension on an admin page', { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: ADMIN_PAGE }],
    ['a sender with no URL', { id: EXTENSION_ID }],
  ])('refuses %s', async (_, sender) => {
    const { route, handlers } = setup();
    await expect(route(envelope('content', 'getPageBadges', payload), sender)).resolves.toEqual({
      ok: false,
      error: 'Refused: this sender may not ask that.',
    });
    expect(handlers.content.getPageBadges).not.toHaveBeenCalled();
  });

  test('an extension page may not use the content channel either', async () => {
    const { route, handlers } = setup();
    await expect(route(envelope('content', 'getPageBadges', payload), fromExtensionPage)).resolves.toMatchObject({
      ok: false,
    });
    expect(handlers.content.getPageBadges).not.toHaveBeenCalled();
  });
});

describe('requests', () => {
  test.each([
    ['a getState payload that is not null', envelope('pages', 'getState', {}), fromExtensionPage],
    ['a getPageBadges payload that is not null', envelope('content', 'getPageBadges', {}), fromContentScript],
    [
      'a getPageBadges payload claiming a page URL (the tab decides)',
      envelope('content', 'getPageBadges', { url: ADMIN_PAGE }),
      fromContentScript,
    ],
    ['a timeline of no control', envelope('pages', 'getControlTimeline', null), fromExtensionPage],
    [
      'a timeline of an id that is no id',
      envelope('pages', 'getControlTimeline', { controlId: '<b>x</b>' }),
      fromExtensionPage,
    ],
    [
      'a timeline naming another tenant (the active one decides)',
      envelope('pages', 'getControlTimeline', { controlId: 'entra-x', tenantId: 'other' }),
      fromExtensionPage,
    ],
  ])('refuses %s before the handler runs', async (_, message, sender) => {
    const { route, handlers } = setup();
    const reply = await route(message, sender);
    expect(reply).toEqual({ ok: false, error: `Malformed '${message.name}' request.` });
    expect(handlers.pages.getState).not.toHaveBeenCalled();
    expect(handlers.content.getPageBadges).not.toHaveBeenCalled();
  });

  test('refuses an unknown request by name', async () => {
    const { route } = setup();
    await expect(route(envelope('pages', 'getToken', null), fromExtensionPage)).resolves.toEqual({
      ok: false,
      error: "Unknown request 'getToken'.",
    });
  });

  test('a request from one channel is unknown on the other', async () => {
    const { route, handlers } = setup();
    await expect(route(envelope('content', 'getState', null), fromContentScript)).resolves.toEqual({
      ok: false,
      error: "Unknown request 'getState'.",
    });
    expect(handlers.pages.getState).not.toHaveBeenCalled();
  });

  test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'an inherited property name (%s) is unknown, not called',
    async (name) => {
      const { route } = setup();
      await expect(route(envelope('pages', name, null), fromExtensionPage)).resolves.toEqual({
        ok: false,
        error: `Unknown request '${name}'.`,
      });
    },
  );

  test('a handler that throws becomes a failed reply with its message', async () => {
    const { route, handlers } = setup();
    handlers.pages.runDemoScan.mockRejectedValueOnce(new Error('The scan history is unavailable.'));
    await expect(route(envelope('pages', 'runDemoScan', null), fromExtensionPage)).resolves.toEqual({
      ok: false,
      error: 'The scan history is unavailable.',
    });
  });

  test('a handler rejecting with a non-error still gives a failed reply', async () => {
    const { route, handlers } = setup();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- testing exactly this
    handlers.pages.getState.mockImplementationOnce(() => Promise.reject('nope'));
    await expect(route(envelope('pages', 'getState', null), fromExtensionPage)).resolves.toEqual({
      ok: false,
      error: 'nope',
    });
  });

  test.each([
    ['undefined', undefined],
    ['a string', 'getState'],
    ['another version', { postureLens: 2, channel: 'pages', name: 'getState', payload: null }],
    ['another extension’s message', { type: 'PING' }],
  ])('leaves %s to other listeners by answering undefined', async (_, message) => {
    const { route, handlers } = setup();
    await expect(route(message, fromExtensionPage)).resolves.toBeUndefined();
    expect(handlers.pages.getState).not.toHaveBeenCalled();
  });
});

describe('what handlers learn of the sender', () => {
  test('a content handler is told the frame and its tab, so blades in portal frames can be placed', async () => {
    const seen: unknown[] = [];
    const route = createMessageRouter({
      extensionId: EXTENSION_ID,
      extensionBaseUrl: `chrome-extension://${EXTENSION_ID}/`,
      isAllowedContentUrl: (u) => u.hostname.endsWith('.reactblade.portal.azure.net'),
      handlers: {
        pages: {
          getState: () => Promise.reject(new Error('unused')),
          runDemoScan: () => Promise.reject(new Error('unused')),
          getHistory: () => Promise.reject(new Error('unused')),
          ...signInUnused,
        },
        content: {
          getPageBadges: (_payload, sender) => {
            seen.push(sender);
            return Promise.resolve({ pageId: null, pageTitle: null, tenantName: null, scannedAt: null, badges: [] });
          },
          ...overlayUnused,
        },
      },
    });
    const frame = 'https://usermanagement.reactblade.portal.azure.net/blades/UserSettings/index.html';
    const sender = { id: EXTENSION_ID, url: frame, frameId: 3, tab: { url: 'https://entra.microsoft.com/#view/x' } };
    const reply = await route({ postureLens: 1, channel: 'content', name: 'getPageBadges', payload: null }, sender);
    expect(reply).toMatchObject({ ok: true });
    expect(seen).toEqual([sender]);
  });
});
