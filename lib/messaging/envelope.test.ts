import { describe, expect, test } from 'vitest';
import { isEnvelope, isReply } from './envelope';

describe('isEnvelope', () => {
  test('accepts our messages on both channels', () => {
    expect(isEnvelope({ postureLens: 1, channel: 'pages', name: 'getState', payload: null })).toBe(true);
    expect(isEnvelope({ postureLens: 1, channel: 'content', name: 'getPageBadges', payload: {} })).toBe(true);
  });
  test.each([
    ['null', null],
    ['a string', 'getState'],
    ['another version', { postureLens: 2, channel: 'pages', name: 'x', payload: null }],
    ['an unknown channel', { postureLens: 1, channel: 'tokens', name: 'x', payload: null }],
    ['no payload', { postureLens: 1, channel: 'pages', name: 'x' }],
  ])('refuses %s', (_, msg) => expect(isEnvelope(msg)).toBe(false));
});

describe('isReply', () => {
  test('knows success and failure', () => {
    expect(isReply({ ok: true, value: 1 })).toBe(true);
    expect(isReply({ ok: false, error: 'no' })).toBe(true);
    expect(isReply({ ok: false })).toBe(false);
    expect(isReply(undefined)).toBe(false);
  });
});
