import { describe, expect, test } from 'vitest';
import { serviceHostPatterns, serviceHostPermissions, tenantServiceHostPatterns } from './service-hosts';

describe('admin-service host permissions', () => {
  test('the manifest’s optional hosts cover SharePoint in every cloud with its domain’s pattern', () => {
    expect(serviceHostPatterns('global', 'sharepoint')).toEqual(['https://*.sharepoint.com/*']);
    for (const p of [
      'https://*.sharepoint.com/*',
      'https://*.sharepoint.us/*',
      'https://*.sharepoint-mil.us/*',
      'https://*.sharepoint.cn/*',
    ])
      expect(serviceHostPermissions).toContain(p);
  });

  test('a tenant asks for exactly its SharePoint admin host, inside the manifest’s pattern', () => {
    expect(tenantServiceHostPatterns('global', 'sharepoint', 'contoso.onmicrosoft.com')).toEqual([
      'https://contoso-admin.sharepoint.com/*',
    ]);
    expect(tenantServiceHostPatterns('usgovdod', 'sharepoint', 'army.onmicrosoft.us')).toEqual([
      'https://army-admin.sharepoint-mil.us/*',
    ]);
    // Unknown, or not an initial domain: no host at all, never a guess.
    expect(tenantServiceHostPatterns('global', 'sharepoint', undefined)).toBeNull();
    expect(tenantServiceHostPatterns('global', 'sharepoint', 'contoso.com')).toBeNull();
  });

  test('the other services keep their cloud’s pattern, domain or not', () => {
    expect(tenantServiceHostPatterns('global', 'exchange', undefined)).toEqual(['https://*.outlook.office365.com/*']);
    expect(tenantServiceHostPatterns('usgov', 'teams', 'contoso.onmicrosoft.us')).toEqual(
      serviceHostPatterns('usgov', 'teams'),
    );
  });
});
