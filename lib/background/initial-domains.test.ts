import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanResult } from '../engine/scan/run-scan';
import { openStore } from '../store/open-store';
import { createAdminServicesSetting } from './admin-services';
import { createInitialDomains } from './initial-domains';

beforeEach(() => fakeBrowser.reset());

const scanOf = (id: string, initialDomain?: string) =>
  ({ tenant: { id, displayName: id, ...(initialDomain ? { initialDomain } : {}) } }) as Pick<ScanResult, 'tenant'>;

let n = 0;
async function setup(opts: { scans?: Record<string, Pick<ScanResult, 'tenant'>>; graph?: string | null } = {}) {
  const db = await openStore(`initial-domains-${++n}`);
  const settings = createAdminServicesSetting({ getDb: () => Promise.resolve(db) });
  const graphReads: string[] = [];
  const domains = createInitialDomains({
    settings,
    latestScan: (id) => Promise.resolve(opts.scans?.[id]),
    readSignedIn: (id) => {
      graphReads.push(id);
      if (opts.graph === undefined) return Promise.resolve(null);
      return Promise.resolve(opts.graph ? { ok: true, domain: opts.graph } : { ok: false, why: 'HTTP 403' });
    },
  });
  return { settings, domains, graphReads };
}

describe('a tenant’s initial domain, for SharePoint’s admin host', () => {
  test('from the last scan when none is kept, then kept: no Graph read', async () => {
    const { domains, settings, graphReads } = await setup({ scans: { t1: scanOf('t1', 'contoso.onmicrosoft.com') } });
    expect(await domains.find('t1')).toBe('contoso.onmicrosoft.com');
    expect((await settings.forTenant('t1')).initialDomain).toBe('contoso.onmicrosoft.com');
    expect(graphReads).toEqual([]);
  });

  test('not scanned yet: one Graph read for the signed-in tenant, kept once found', async () => {
    const { domains, graphReads } = await setup({ graph: 'fabrikam.onmicrosoft.com' });
    expect(await domains.known('t1')).toBeUndefined();
    expect(await domains.find('t1')).toBe('fabrikam.onmicrosoft.com');
    expect(await domains.find('t1')).toBe('fabrikam.onmicrosoft.com');
    expect(graphReads).toEqual(['t1']);
  });

  test('not scanned and Graph can’t say (refused, or not the signed-in tenant): unknown, nothing kept', async () => {
    for (const graph of [null, undefined]) {
      const { domains, settings } = await setup({ graph, scans: { t1: scanOf('t1') } });
      expect(await domains.find('t1')).toBeUndefined();
      expect((await settings.forTenant('t1')).initialDomain).toBeUndefined();
    }
  });

  test('a Graph read that throws is no domain, never a failed page', async () => {
    const db = await openStore(`initial-domains-${++n}`);
    const domains = createInitialDomains({
      settings: createAdminServicesSetting({ getDb: () => Promise.resolve(db) }),
      latestScan: () => Promise.resolve(undefined),
      readSignedIn: () => Promise.reject(new Error('offline')),
    });
    expect(await domains.find('t1')).toBeUndefined();
  });

  test('each saved scan keeps its domain: a renamed tenant’s replaces the old one', async () => {
    const { domains } = await setup({ scans: { t1: scanOf('t1', 'contoso.onmicrosoft.com') } });
    expect(await domains.find('t1')).toBe('contoso.onmicrosoft.com');
    await domains.afterScan(scanOf('t1', 'contosoltd.onmicrosoft.com'));
    expect(await domains.known('t1')).toBe('contosoltd.onmicrosoft.com');
    // A scan whose organization read named none leaves the last one.
    await domains.afterScan(scanOf('t1'));
    expect(await domains.known('t1')).toBe('contosoltd.onmicrosoft.com');
  });
});
