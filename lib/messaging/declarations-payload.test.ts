/**
 * setDeclarations is checked by the router with parseDeclarations before any handler runs: a page can't
 * store a malformed declaration, an unknown key, or declarations for a tenant id that isn't one.
 */
import { describe, expect, test, vi } from 'vitest';
import { isAdminHost } from '../engine/pages/admin-hosts';
import { isDeclarationsPayload } from './declarations-payload';
import { createMessageRouter, type Handlers } from './handle';
import { validPayload } from './protocol';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromExtensionPage = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` };
const TENANT = '93cde7b7-6317-469c-8e34-4f9988a8e506';
const declarations = {
  emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user', reason: 'In the safe' }],
  exemptions: [],
  privilegedRoles: null,
};

const malformed: Array<[string, unknown]> = [
  ['no payload', null],
  ['no tenant', { declarations }],
  ['a tenant id that is not one', { tenantId: '', declarations }],
  ['an extra key', { tenantId: TENANT, declarations, by: 'someone else' }],
  ['declarations with an unknown key', { tenantId: TENANT, declarations: { ...declarations, all: true } }],
  [
    'an account without a reason',
    {
      tenantId: TENANT,
      declarations: { emergencyAccess: [{ id: declarations.emergencyAccess[0]!.id, kind: 'user' }] },
    },
  ],
  [
    'an id that is not a GUID',
    { tenantId: TENANT, declarations: { exemptions: [{ id: 'x', kind: 'user', reason: 'r' }] } },
  ],
];

describe('isDeclarationsPayload', () => {
  test('accepts a tenant id and declarations the parser accepts', () => {
    expect(isDeclarationsPayload({ tenantId: TENANT, declarations })).toBe(true);
  });
  test.each(malformed)('refuses %s', (_, payload) => {
    expect(isDeclarationsPayload(payload)).toBe(false);
  });
});

describe('the router', () => {
  const setDeclarations = vi.fn(() => Promise.resolve(null as never));
  const unused = () => Promise.reject(new Error('unused'));
  // Only setDeclarations matters here; the router needs a handler for the name to exist.
  const pages = Object.fromEntries(Object.keys(validPayload.pages).map((n) => [n, unused]));
  const content = Object.fromEntries(Object.keys(validPayload.content).map((n) => [n, unused]));
  const route = createMessageRouter({
    handlers: { pages: { ...pages, setDeclarations }, content } as unknown as Handlers,
    extensionId: EXTENSION_ID,
    extensionBaseUrl: `chrome-extension://${EXTENSION_ID}/`,
    isAllowedContentUrl: isAdminHost,
  });

  test.each(malformed)('refuses %s before the handler runs', async (_, payload) => {
    setDeclarations.mockClear();
    await expect(
      route({ postureLens: 1, channel: 'pages', name: 'setDeclarations', payload }, fromExtensionPage),
    ).resolves.toEqual({ ok: false, error: "Malformed 'setDeclarations' request." });
    expect(setDeclarations).not.toHaveBeenCalled();
  });

  test('passes a well-formed payload to the handler', async () => {
    setDeclarations.mockClear();
    const payload = { tenantId: TENANT, declarations };
    await route({ postureLens: 1, channel: 'pages', name: 'setDeclarations', payload }, fromExtensionPage);
    expect(setDeclarations).toHaveBeenCalledWith(payload, fromExtensionPage);
  });
});
