import { describe, expect, test } from 'vitest';
import { permissionTable } from './permission-table';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { freshDefaults } from './tenants/fresh-defaults';
import { hardenedE5 } from './tenants/hardened-e5';
import { fakeJwt, get } from './test-requests';

const DENIED = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

describe('403 when the endpoint’s permission is not granted', () => {
  test.each([
    ['/v1.0/identity/conditionalAccess/policies', 'Policy.Read.All'],
    ['/v1.0/reports/authenticationMethods/userRegistrationDetails', 'AuditLog.Read.All'],
    ['/v1.0/domains', 'Domain.Read.All'],
    ['/v1.0/subscribedSkus', 'Organization.Read.All'],
    ['/v1.0/organization', 'Organization.Read.All'],
    ['/v1.0/directoryRoles', 'RoleManagement.Read.Directory'],
    ['/v1.0/roleManagement/directory/roleAssignments', 'RoleManagement.Read.Directory'],
    ['/v1.0/groupSettings', 'GroupSettings.Read.All'],
    ['/v1.0/admin/sharepoint/settings', 'SharePointTenantSettings.Read.All'],
    ['/v1.0/policies/authenticationMethodsPolicy', 'Policy.Read.AuthenticationMethod'],
    ['/v1.0/policies/deviceRegistrationPolicy', 'Policy.Read.DeviceConfiguration'],
    ['/v1.0/security/secureScores', 'SecurityEvents.Read.All'],
    ['/v1.0/servicePrincipals', 'Application.Read.All'],
    ['/beta/admin/forms/settings', 'OrgSettings-Forms.Read.All'],
    ['/beta/admin/appsAndServices/settings', 'OrgSettings-AppsAndServices.Read.All'],
    ['/beta/directory/recommendations', 'DirectoryRecommendations.Read.All'],
    ['/v1.0/deviceManagement/managedDevices', 'DeviceManagementManagedDevices.Read.All'],
  ])('%s needs %s', async (url, permission) => {
    const without = createGraphSimulator(hardenedE5(), { grantedScopes: ['User.Read'] });
    const denied = await get(without, url);
    expect(denied.status).toBe(403);
    expect(denied.json.error).toMatchObject(DENIED);
    const withIt = createGraphSimulator(hardenedE5(), { grantedScopes: ['User.Read', permission] });
    expect((await get(withIt, url)).status).toBe(200);
  });

  test('a JWT’s scp claim decides when no scopes are given', async () => {
    const sim = createGraphSimulator(contoso());
    const token = fakeJwt({ scp: 'User.Read Domain.Read.All', exp: 4_102_444_800 });
    expect((await get(sim, '/v1.0/domains', { Authorization: `Bearer ${token}` })).status).toBe(200);
    const denied = await get(sim, '/v1.0/identity/conditionalAccess/policies', { Authorization: `Bearer ${token}` });
    expect(denied.status).toBe(403);
    expect(denied.json.error).toMatchObject(DENIED);
  });

  test('an opaque token carries no scopes, so nothing is refused for scope', async () => {
    expect((await get(createGraphSimulator(contoso()), '/v1.0/identity/conditionalAccess/policies')).status).toBe(200);
  });

  test('a higher permission counts, as in Graph: Policy.Read.All for the methods and device policies', async () => {
    const sim = createGraphSimulator(contoso(), { grantedScopes: ['Policy.Read.All'] });
    expect((await get(sim, '/v1.0/policies/authenticationMethodsPolicy')).status).toBe(200);
    expect((await get(sim, '/v1.0/policies/deviceRegistrationPolicy')).status).toBe(200);
  });

  test('ReadWrite covers Read, and Directory.Read.All covers directory reads', async () => {
    const sim = createGraphSimulator(contoso(), { grantedScopes: ['Domain.ReadWrite.All', 'Directory.Read.All'] });
    expect((await get(sim, '/v1.0/domains')).status).toBe(200);
    expect((await get(sim, '/v1.0/users?$top=1')).status).toBe(200);
    expect((await get(sim, '/v1.0/groups?$top=1')).status).toBe(200);
    expect((await get(sim, '/v1.0/identity/conditionalAccess/policies')).status).toBe(403);
  });

  test('in a batch, each request is checked on its own', async () => {
    const sim = createGraphSimulator(contoso(), { grantedScopes: ['Domain.Read.All'] });
    const res = await sim.handle({
      method: 'POST',
      url: '/v1.0/$batch',
      headers: { Authorization: 'Bearer x' },
      body: JSON.stringify({
        requests: [
          { id: '1', method: 'GET', url: '/domains' },
          { id: '2', method: 'GET', url: '/organization' },
        ],
      }),
    });
    const { responses } = JSON.parse(res.body) as { responses: Array<{ id: string; status: number }> };
    expect(Object.fromEntries(responses.map((r) => [r.id, r.status]))).toEqual({ '1': 200, '2': 403 });
  });

  test('every route names a read permission', () => {
    for (const row of permissionTable()) {
      expect(row.permissions.length, row.path).toBeGreaterThan(0);
      expect(row.permissions[0], row.path).toMatch(/\.Read(\.|$)/);
    }
  });
});

describe('onPremisesSynchronization is Global Administrator only', () => {
  const url = '/v1.0/directory/onPremisesSynchronization';
  test('a Global Reader gets 403', async () => {
    const res = await get(createGraphSimulator(contoso()), url);
    expect(res.status).toBe(403);
  });
  test('a GA (tenant flag, option or wids claim) gets the features', async () => {
    expect((await get(createGraphSimulator(freshDefaults()), url)).status).toBe(200);
    const viaOption = await get(createGraphSimulator(contoso(), { callerIsGlobalAdmin: true }), url);
    expect(viaOption.json.value?.[0]?.['features']).toMatchObject({ passwordSyncEnabled: true });
    const token = fakeJwt({
      scp: 'OnPremDirectorySynchronization.Read.All',
      wids: ['62e90394-69f5-4237-9190-012177145e10'],
    });
    expect((await get(createGraphSimulator(contoso()), url, { Authorization: `Bearer ${token}` })).status).toBe(200);
  });
});

describe('licence gates, as Graph applies them', () => {
  const fresh = createGraphSimulator(freshDefaults());
  const demo = createGraphSimulator(contoso());
  const golden = createGraphSimulator(hardenedE5());

  test('URD without Entra ID P1 is 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant', async () => {
    const res = await get(fresh, '/v1.0/reports/authenticationMethods/userRegistrationDetails');
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe('Authentication_RequestFromNonPremiumTenantOrB2CTenant');
    expect((await get(demo, '/v1.0/reports/authenticationMethods/userRegistrationDetails')).status).toBe(200);
  });

  test('CA policies and named locations without P1: a list, empty', async () => {
    for (const url of [
      '/v1.0/identity/conditionalAccess/policies',
      '/v1.0/identity/conditionalAccess/namedLocations',
    ]) {
      const res = await get(fresh, url);
      expect(res.status).toBe(200);
      expect(res.json.value).toEqual([]);
    }
  });

  test('PIM without P2 is Graph’s 400 AadPremiumLicenseRequired', async () => {
    const res = await get(demo, '/v1.0/roleManagement/directory/roleEligibilityScheduleInstances');
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe('AadPremiumLicenseRequired');
    expect((await get(golden, '/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')).status).toBe(200);
  });

  test('deviceManagement without Intune is 403', async () => {
    for (const url of [
      '/v1.0/deviceManagement/settings',
      '/v1.0/deviceManagement/deviceCompliancePolicies',
      '/beta/deviceManagement/deviceEnrollmentConfigurations',
    ]) {
      expect((await get(fresh, url)).status, url).toBe(403);
      expect((await get(demo, url)).status, url).toBe(200);
    }
  });

  test('taking P1 away from the golden tenant closes URD', async () => {
    const tenant = hardenedE5();
    tenant.subscribedSkus = tenant.subscribedSkus.map((s) => ({
      ...s,
      servicePlans: (s.servicePlans ?? []).filter((p) => !String(p.servicePlanName).startsWith('AAD_PREMIUM')),
    }));
    const res = await get(createGraphSimulator(tenant), '/v1.0/reports/authenticationMethods/userRegistrationDetails');
    expect(res.status).toBe(403);
  });
});
