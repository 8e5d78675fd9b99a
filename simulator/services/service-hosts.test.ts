import { describe, expect, test } from 'vitest';
import { serviceEndpoints } from '../../lib/graph/sources/admin-services';
import { localServiceRoots, serviceRoute, SERVICE_URL_GLOBS } from './service-hosts';

describe('serviceRoute', () => {
  test.each(Object.entries(serviceEndpoints))('every %s service root is routed to its service', (cloud, roots) => {
    for (const [service, { root }] of Object.entries(roots)) {
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

  test("a local simulator's roots route by their first segment", () => {
    const roots = localServiceRoots('http://127.0.0.1:4000/');
    expect(roots).toEqual({
      exchange: 'http://127.0.0.1:4000/exchange',
      compliance: 'http://127.0.0.1:4000/compliance',
      teams: 'http://127.0.0.1:4000/teams',
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
  });
});
