import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanResult } from '../engine/scan/run-scan';
import type { ControlResult } from '../engine/verdict/result';
import { openStore } from '../store/open-store';
import { createAdminServicesSetting, refusalsIn } from './admin-services';

let n = 0;
beforeEach(() => fakeBrowser.reset());

async function setup() {
  const db = await openStore(`admin-services-${++n}`);
  return { db, setting: createAdminServicesSetting({ getDb: () => Promise.resolve(db) }) };
}

describe('admin services per tenant', () => {
  test('off by default, with what each reads, its permission, API, role and hosts', async () => {
    const { setting } = await setup();
    const views = await setting.views('t1', 'global');
    expect(views.map((v) => [v.service, v.status])).toEqual([
      ['exchange', 'off'],
      ['compliance', 'off'],
      ['teams', 'off'],
      ['sharepoint', 'off'],
    ]);
    expect(views[0]).toMatchObject({
      label: 'Exchange Online',
      permission: 'Exchange.Manage',
      api: 'Office 365 Exchange Online',
      hosts: ['https://*.outlook.office365.com/*'],
      unavailable: null,
    });
    expect((await setting.views('t1', 'usgov'))[2]?.hosts).toEqual([
      'https://*.api.interfaces.records.gov.teams.microsoft.us/*',
    ]);
  });

  test('SharePoint: the tenant’s own admin host once its initial domain is known, and why not before', async () => {
    const { setting } = await setup();
    const before = (await setting.views('t1', 'global'))[3];
    expect(before).toMatchObject({ service: 'sharepoint', permission: 'AllSites.FullControl', hosts: [] });
    expect(before?.unavailable).toMatch(/^SharePoint Online can't be read yet: .*initial domain.*scan the tenant once/);
    expect(before?.caveat).toContain('GET /_api/SPO.Tenant');

    expect(await setting.noteInitialDomain('t1', 'Contoso.onmicrosoft.com')).toBe('contoso.onmicrosoft.com');
    const after = (await setting.views('t1', 'global'))[3];
    expect(after).toMatchObject({ hosts: ['https://contoso-admin.sharepoint.com/*'], unavailable: null });
    expect((await setting.views('t1', 'usgov'))[3]?.hosts).toEqual(['https://contoso-admin.sharepoint.us/*']);
    // A domain found by the page (not yet kept) is the one shown.
    expect((await setting.views('t2', 'global', 'fabrikam.onmicrosoft.com'))[3]?.hosts).toEqual([
      'https://fabrikam-admin.sharepoint.com/*',
    ]);
  });

  test('the initial domain survives turning services on and off and noting refusals; a renamed one replaces it', async () => {
    const { setting } = await setup();
    await setting.noteInitialDomain('t1', 'contoso.onmicrosoft.com');
    await setting.set('t1', 'sharepoint', true);
    await setting.noteRefusals('t1', new Map([['sharepoint', 'x']]));
    await setting.set('t1', 'exchange', true);
    expect((await setting.forTenant('t1')).initialDomain).toBe('contoso.onmicrosoft.com');
    expect(await setting.noteInitialDomain('t1', 'contosoltd.onmicrosoft.com')).toBe('contosoltd.onmicrosoft.com');
    // Not an initial domain: the last good one stays.
    expect(await setting.noteInitialDomain('t1', 'contoso.com')).toBe('contosoltd.onmicrosoft.com');
    expect(await setting.forTenant('t1')).toMatchObject({ initialDomain: 'contosoltd.onmicrosoft.com' });
  });

  test('turned on for one tenant only', async () => {
    const { setting } = await setup();
    await setting.set('t1', 'exchange', true);
    expect([...(await setting.forTenant('t1')).on]).toEqual(['exchange']);
    expect([...(await setting.forTenant('t2')).on]).toEqual([]);
    await setting.set('t1', 'exchange', false);
    expect([...(await setting.forTenant('t1')).on]).toEqual([]);
  });

  test('a refusal shows as "on, but not read" until it is read again or turned off and on', async () => {
    const { setting } = await setup();
    await setting.set('t1', 'exchange', true);
    await setting.noteRefusals(
      't1',
      new Map([
        ['exchange', 'Exchange Online refused this app: HTTP 401.'],
        ['teams', 'x'],
      ]),
    );
    const [exchange, , teams] = await setting.views('t1', 'global');
    expect(exchange).toMatchObject({ status: 'refused', why: 'Exchange Online refused this app: HTTP 401.' });
    expect(teams).toMatchObject({ status: 'off', why: null }); // not on: nothing to refuse
    await setting.noteRefusals('t1', new Map());
    expect((await setting.views('t1', 'global'))[0]).toMatchObject({ status: 'on', why: null });
  });

  test('a damaged record reads as all off, never as on', async () => {
    const { db, setting } = await setup();
    await db.put('settings', { key: 'adminServices:t1', value: { on: ['exchange', 'powershell', 7], refused: 'x' } });
    expect([...(await setting.forTenant('t1')).on]).toEqual(['exchange']);
    await db.put('settings', { key: 'adminServices:t2', value: 'on' });
    expect((await setting.forTenant('t2')).on.size).toBe(0);
    // A stored domain that isn't an initial domain's shape is no domain: no host is made of it.
    await db.put('settings', {
      key: 'adminServices:t3',
      value: { on: [], initialDomain: 'evil.example/x?.onmicrosoft.com' },
    });
    expect((await setting.forTenant('t3')).initialDomain).toBeUndefined();
  });
});

test("a scan's refusals: the first sentence per service that is on, from controls it didn't read", () => {
  const control = (serviceRead: ControlResult['serviceRead']) => ({ serviceRead }) as ControlResult;
  const scan = {
    controls: [
      control({ services: ['exchange'], live: true }),
      control({ services: ['exchange'], live: false, why: 'Exchange Online refused the signed-in account: HTTP 403.' }),
      control({ services: ['teams'], live: false, why: 'Microsoft Teams reading is off.' }),
      control(undefined),
    ],
  } as unknown as ScanResult;
  expect([...refusalsIn(scan, new Set(['exchange']))]).toEqual([
    ['exchange', 'Exchange Online refused the signed-in account: HTTP 403.'],
  ]);
});
