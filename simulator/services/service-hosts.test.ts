import { describe, expect, test } from 'vitest';
import {
  serviceEndpoints,
  tenantServiceEndpoint,
  type AdminService,
  type ServiceCloud,
} from '../../lib/graph/sources/admin-services';
import { localServiceRoots, serviceRoute, SERVICE_URL_GLOBS } from './service-hosts';

describe('serviceRoute', () => {
  test.each(Object.keys(serviceEndpoints))('every %s service root is routed to its service', (cloud) => {
    for (const service of Object.keys(serviceEndpoints[cloud as ServiceCloud]) as AdminService[]) {
      const root = tenantServiceEndpoint(cloud as ServiceCloud, service, 'contoso.onmicrosoft.com')?.root;
      expect(serviceRoute(`${root}/some/path?x=1`)).toMatchObject({
        service,
        cloud,
        root,
        rawPath: '/some/path',
        rawQuery: 'x=1',
      });
    }
  });

  test('regional compliance hosts carry their prefix; DoD’s discovery host is not mistaken for one', () => {
    expect(serviceRoute('https://nam12b.ps.compliance.protection.outlook.com/adminapi')).toMatchObject({
      service: 'compliance',
      kind: 'regional',
      prefix: 'nam12b',
    });
    expect(serviceRoute('https://l5.ps.compliance.protection.office365.us/x')).toMatchObject({
      kind: 'discovery',
      cloud: 'usgovdod',
    });
    // A client that puts the region under DoD's discovery host (`{prefix}.l5.ps.compliance…`) reaches it too.
    expect(serviceRoute('https://nam12b.l5.ps.compliance.protection.office365.us/x')).toMatchObject({
      kind: 'regional',
      cloud: 'usgovdod',
      prefix: 'nam12b',
    });
  });

  test('Graph and other hosts are not services', () => {
    expect(serviceRoute('https://graph.microsoft.com/v1.0/users')).toBeNull();
    expect(serviceRoute('https://graph.microsoft.com/exchange/adminapi')).toBeNull();
    expect(serviceRoute('/v1.0/organization')).toBeNull();
    expect(serviceRoute('https://outlook.office365.com.evil.example/adminapi')).toBeNull();
  });

  test("a SharePoint admin host carries its tenant's prefix; a site host is no admin service", () => {
    expect(serviceRoute('https://contoso-admin.sharepoint.com/_api/SPO.Tenant')).toMatchObject({
      service: 'sharepoint',
      kind: 'microsoft',
      cloud: 'global',
      prefix: 'contoso',
      rawPath: '/_api/SPO.Tenant',
    });
    expect(serviceRoute('https://contoso.sharepoint.com/_api/SPO.Tenant')).toBeNull();
    expect(serviceRoute('https://contoso-admin.sharepoint.com.evil.example/_api/SPO.Tenant')).toBeNull();
  });

  test("a local simulator's roots route by their first segment", () => {
    const roots = localServiceRoots('http://127.0.0.1:4000/');
    expect(roots).toEqual({
      exchange: 'http://127.0.0.1:4000/exchange',
      compliance: 'http://127.0.0.1:4000/compliance',
      teams: 'http://127.0.0.1:4000/teams',
      sharepoint: 'http://127.0.0.1:4000/sharepoint',
    });
    expect(serviceRoute(`${roots.teams}/Skype.Policy/configurations/TeamsMeetingPolicy`)).toMatchObject({
      service: 'teams',
      kind: 'local',
      root: roots.teams,
      rawPath: '/Skype.Policy/configurations/TeamsMeetingPolicy',
    });
    expect(serviceRoute('http://127.0.0.1:4000/v1.0/users')).toBeNull();
  });

  test('the e2e globs cover every root', () => {
    expect(SERVICE_URL_GLOBS).toContain('https://outlook.office365.com/**');
    expect(SERVICE_URL_GLOBS).toContain('https://*.ps.compliance.protection.outlook.com/**');
    expect(SERVICE_URL_GLOBS).toContain('https://api.interfaces.records.teams.microsoft.com/**');
    expect(SERVICE_URL_GLOBS).toContain('https://*-admin.sharepoint.com/**');
  });
});
