import { describe, expect, it } from 'vitest';
import { MAX_SEEN_IDS } from './new-controls-payload';
import { validPayload } from './protocol';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `entra-control-${i}`);

describe('markControlsSeen payloads', () => {
  it.each([
    ['one of ours', { controlIds: ['entra-legacy-auth-blocked'] }],
    ["one of Microsoft's", { controlIds: ['microsoft-AdminMFAV2'] }],
    ['as many as allowed', { controlIds: ids(MAX_SEEN_IDS) }],
  ])('accepts %s', (_, payload) => {
    expect(validPayload.pages.markControlsSeen(payload)).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['a bare array', ['entra-legacy-auth-blocked']],
    ['no ids', { controlIds: [] }],
    ['too many ids', { controlIds: ids(MAX_SEEN_IDS + 1) }],
    ['an id that is a number', { controlIds: [42] }],
    ['an id with a slash', { controlIds: ['../settings'] }],
    ['an empty id', { controlIds: [''] }],
    ['an id too long', { controlIds: ['x'.repeat(201)] }],
    ['ids as text', { controlIds: 'entra-legacy-auth-blocked' }],
    ['an extra key', { controlIds: ['entra-legacy-auth-blocked'], tenantId: 'tenant-1' }],
  ])('refuses %s', (_, payload) => {
    expect(validPayload.pages.markControlsSeen(payload)).toBe(false);
  });

  it('getNewControls takes nothing', () => {
    expect(validPayload.pages.getNewControls(null)).toBe(true);
    expect(validPayload.pages.getNewControls({ controlIds: [] })).toBe(false);
  });
});
