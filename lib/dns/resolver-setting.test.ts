import { describe, expect, test } from 'vitest';
import { validPayload } from '../messaging/protocol';
import {
  CLOUDFLARE_DOH_URL,
  dnsResolverSettingOf,
  dohUrlOf,
  dohUrlProblem,
  GOOGLE_DOH_URL,
  isDnsResolverSetting,
} from './resolver-setting';

describe('a custom resolver URL', () => {
  test.each(['https://dns.example/dns-query', 'https://dns.google/resolve', 'https://10.0.0.53:8443/q?ct=x'])(
    '%s is usable',
    (url) => expect(dohUrlProblem(url)).toBeNull(),
  );

  test.each([
    ['', 'Enter the resolver’s https:// URL'],
    ['dns.example', 'That is not a URL'],
    ['http://dns.example/dns-query', 'must use https://'],
    ['javascript:alert(1)', 'must use https://'],
    ['ftp://dns.example/', 'must use https://'],
    ['https://admin@dns.example/dns-query', 'Remove the user name and password'],
    ['https://:pw@dns.example/dns-query', 'Remove the user name and password'],
    [`https://dns.example/${'a'.repeat(2001)}`, 'too long'],
  ])('%s is refused with a sentence', (url, why) => {
    const problem = dohUrlProblem(url);
    expect(problem).toContain(why);
    expect(problem).toMatch(/\.$/);
  });
});

describe('the stored setting', () => {
  test('each choice names the resolver a scan asks; off asks none', () => {
    expect(dohUrlOf({ kind: 'off' })).toBeNull();
    expect(dohUrlOf({ kind: 'cloudflare' })).toBe('https://cloudflare-dns.com/dns-query');
    expect(CLOUDFLARE_DOH_URL).toBe('https://cloudflare-dns.com/dns-query');
    expect(dohUrlOf({ kind: 'google' })).toBe(GOOGLE_DOH_URL);
    expect(dohUrlOf({ kind: 'custom', url: 'https://dns.example/q' })).toBe('https://dns.example/q');
  });

  test.each([undefined, null, 'cloudflare', {}, { kind: 'on' }, { kind: 'custom', url: 'http://dns.example/' }])(
    'missing or malformed (%j) reads as off, so nothing is sent anywhere',
    (stored) => expect(dnsResolverSettingOf(stored)).toEqual({ kind: 'off' }),
  );

  test('a valid one reads back as stored, without extra fields', () => {
    expect(dnsResolverSettingOf({ kind: 'google' })).toEqual({ kind: 'google' });
    expect(dnsResolverSettingOf({ kind: 'custom', url: 'https://dns.example/q' })).toEqual({
      kind: 'custom',
      url: 'https://dns.example/q',
    });
  });
});

describe('payload validators', () => {
  const set = validPayload.pages.setDnsResolver;
  test('getDnsResolver takes no payload', () => {
    expect(validPayload.pages.getDnsResolver(null)).toBe(true);
    expect(validPayload.pages.getDnsResolver({})).toBe(false);
  });

  test.each([
    { kind: 'off' },
    { kind: 'cloudflare' },
    { kind: 'google' },
    { kind: 'custom', url: 'https://d.example/q' },
  ])('setDnsResolver accepts %j', (p) => expect(set(p)).toBe(true));

  test.each([
    null,
    'off',
    { kind: 'quad9' },
    { kind: 'cloudflare', url: 'https://evil.example/' },
    { kind: 'custom' },
    { kind: 'custom', url: 42 },
    { kind: 'custom', url: 'http://d.example/q' },
    { kind: 'custom', url: 'https://user:pw@d.example/q' },
    { kind: 'custom', url: ' https://d.example/q' },
  ])('setDnsResolver refuses %j', (p) => expect(isDnsResolverSetting(p) || set(p)).toBe(false));
});
