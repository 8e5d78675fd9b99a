import { describe, expect, test } from 'vitest';
import { serviceRoots } from './create-service-reader';
import { readOnlyFetch, refusedServiceCall } from './service-read-only';

const roots = serviceRoots('global', {}, 'contoso.onmicrosoft.com');
const ADMIN = 'https://contoso-admin.sharepoint.com';
const TENANT = `${ADMIN}/_api/SPO.Tenant`;

describe('SharePoint: exactly one GET is read-only', () => {
  test('GET /_api/SPO.Tenant on the tenant’s admin host is let through', () => {
    expect(roots.sharepoint).toBe(ADMIN);
    expect(refusedServiceCall({ method: 'GET', url: TENANT }, roots)).toBeNull();
  });

  test.each([
    ['a POST of the same path', 'POST', TENANT, /only read with GET, not POST/],
    ['a PATCH (the write Set-SPOTenant makes)', 'PATCH', TENANT, /only read with GET, not PATCH/],
    ['CSOM’s ProcessQuery', 'POST', `${ADMIN}/_vti_bin/client.svc/ProcessQuery`, /not \/_api\/SPO.Tenant|not POST/],
    ['another path', 'GET', `${ADMIN}/_api/web/siteusers`, /is not \/_api\/SPO.Tenant/],
    ['the same path with a query', 'GET', `${TENANT}?$select=SharingCapability`, /is not \/_api\/SPO.Tenant/],
    ['a sub-path', 'GET', `${TENANT}/sites`, /is not \/_api\/SPO.Tenant/],
    [
      'another tenant’s admin host',
      'GET',
      'https://fabrikam-admin.sharepoint.com/_api/SPO.Tenant',
      /not an admin-service host/,
    ],
    ['the tenant’s site host', 'GET', 'https://contoso.sharepoint.com/_api/SPO.Tenant', /not an admin-service host/],
  ])('refuses %s', (_, method, url, why) => {
    expect(refusedServiceCall({ method, url }, roots)).toMatch(why);
  });

  test('a root on SharePoint that is not an admin host is refused even when given', () => {
    const site = serviceRoots('global', { sharepoint: 'https://contoso.sharepoint.com' });
    expect(refusedServiceCall({ method: 'GET', url: 'https://contoso.sharepoint.com/_api/SPO.Tenant' }, site)).toMatch(
      /contoso.sharepoint.com is not a SharePoint admin host/,
    );
  });

  test('without a SharePoint root nothing SharePoint is allowed', () => {
    expect(refusedServiceCall({ method: 'GET', url: TENANT }, serviceRoots('global'))).toMatch(
      /not an admin-service host/,
    );
  });

  test('the reader’s fetch rejects a refused call before it is sent', async () => {
    let sent = 0;
    const guarded = readOnlyFetch(() => {
      sent++;
      return Promise.resolve(new Response('{}'));
    }, roots);
    await expect(guarded(TENANT, { method: 'DELETE' })).rejects.toThrow(/only reads the admin services/);
    await guarded(TENANT, { method: 'GET' });
    expect(sent).toBe(1);
  });
});
