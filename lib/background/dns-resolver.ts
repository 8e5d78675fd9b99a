/**
 * The "DNS checks" setting, stored under one key of the settings store and read by each scan of the
 * signed-in tenant. Checked again here, on the way in and out: a page can't store an http or
 * credential-carrying URL, and anything unreadable counts as off, so no name is sent anywhere unasked.
 */
import { dnsResolverSettingOf, dohUrlOf, type DnsResolverSetting } from '../dns/resolver-setting';
import type { StoreDb } from '../store/open-store';

const DNS_RESOLVER = 'dnsResolver';

export function createDnsResolverSetting(deps: { getDb(): Promise<StoreDb> }) {
  const get = async (): Promise<DnsResolverSetting> =>
    dnsResolverSettingOf((await (await deps.getDb()).get('settings', DNS_RESOLVER))?.value);
  return {
    get,
    async set(setting: DnsResolverSetting): Promise<DnsResolverSetting> {
      const next = dnsResolverSettingOf(setting);
      if (next.kind !== setting.kind) throw new Error('That DNS resolver setting is not valid.');
      await (await deps.getDb()).put('settings', { key: DNS_RESOLVER, value: next });
      return next;
    },
    /** What a scan passes as its `doh` option: `{ url }`, or nothing when DNS checks are off. */
    async doh(): Promise<{ doh?: { url: string } }> {
      const url = dohUrlOf(await get());
      return url ? { doh: { url } } : {};
    },
  };
}
