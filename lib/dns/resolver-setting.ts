/**
 * The extension's "DNS checks" setting: which DNS-over-HTTPS resolver a scan of the signed-in tenant
 * asks, if any. Off unless the admin picks one, because every name checked is sent to it. Pure: the
 * options page validates with it before saving, the background again before storing and reading.
 */
export const CLOUDFLARE_DOH_URL = 'https://cloudflare-dns.com/dns-query';
export const GOOGLE_DOH_URL = 'https://dns.google/resolve';

export type DnsResolverSetting =
  | { readonly kind: 'off' }
  | { readonly kind: 'cloudflare' }
  | { readonly kind: 'google' }
  | { readonly kind: 'custom'; readonly url: string };

export type DnsResolverKind = DnsResolverSetting['kind'];

export const DNS_RESOLVER_OFF: DnsResolverSetting = { kind: 'off' };

/** Why a custom resolver URL can't be used, as one sentence; null when it can. */
export function dohUrlProblem(url: string): string | null {
  const text = url.trim();
  if (text === '') return 'Enter the resolver’s https:// URL, e.g. https://dns.example/dns-query.';
  if (text.length > 2000) return 'That URL is too long for a DNS-over-HTTPS resolver.';
  if (!URL.canParse(text))
    return 'That is not a URL: enter the resolver’s https:// address, e.g. https://dns.example/dns-query.';
  const u = new URL(text);
  if (u.protocol !== 'https:')
    return 'The resolver must use https://: names looked up over plain http could be read or changed on the way.';
  if (u.username || u.password)
    return 'Remove the user name and password from the URL: they would be sent with every lookup.';
  return null;
}

/** The resolver URL a scan asks, or null when DNS checks are off. */
export function dohUrlOf(setting: DnsResolverSetting): string | null {
  switch (setting.kind) {
    case 'off':
      return null;
    case 'cloudflare':
      return CLOUDFLARE_DOH_URL;
    case 'google':
      return GOOGLE_DOH_URL;
    case 'custom':
      return setting.url;
  }
}

/** A setting as sent by a page or read from the store: known kind, and a usable https URL for custom. */
export function isDnsResolverSetting(p: unknown): p is DnsResolverSetting {
  if (typeof p !== 'object' || p === null) return false;
  const { kind, url } = p as { kind?: unknown; url?: unknown };
  if (kind === 'off' || kind === 'cloudflare' || kind === 'google') return url === undefined;
  return kind === 'custom' && typeof url === 'string' && url === url.trim() && dohUrlProblem(url) === null;
}

/** The stored setting, failing closed: anything missing or malformed is off (nothing is sent anywhere). */
export function dnsResolverSettingOf(stored: unknown): DnsResolverSetting {
  if (!isDnsResolverSetting(stored)) return DNS_RESOLVER_OFF;
  return stored.kind === 'custom' ? { kind: 'custom', url: stored.url } : { kind: stored.kind };
}
