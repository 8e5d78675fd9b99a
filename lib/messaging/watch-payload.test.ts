import { describe, expect, it } from 'vitest';
import { validPayload } from './protocol';

const ok = { tenantId: 'tenant-1', settings: { notify: true, threshold: { kind: 'points', points: 5 } } };

describe('setWatchSettings payloads', () => {
  it('accepts a tenant and a valid choice', () => {
    expect(validPayload.pages.setWatchSettings(ok)).toBe(true);
  });

  it.each([
    ['no tenant', { settings: ok.settings }],
    ['a tenant id with a slash', { ...ok, tenantId: '../x' }],
    ['a threshold below one point', { ...ok, settings: { notify: true, threshold: { kind: 'points', points: 0 } } }],
    ['an extra key', { ...ok, url: 'https://example.com' }],
    ['settings as text', { ...ok, settings: 'on' }],
  ])('refuses %s', (_, payload) => {
    expect(validPayload.pages.setWatchSettings(payload)).toBe(false);
  });

  it('getWatchSettings takes nothing', () => {
    expect(validPayload.pages.getWatchSettings(null)).toBe(true);
    expect(validPayload.pages.getWatchSettings({ tenantId: 'x' })).toBe(false);
  });
});
