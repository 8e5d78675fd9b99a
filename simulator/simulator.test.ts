import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { hardenedE5 } from './tenants/hardened-e5';
import { AUTH, fakeJwt, get, parseAnswer } from './test-requests';

// expect.any() is typed `any`; held as unknown so objects built with it stay typed.
const ANY_STRING: unknown = expect.any(String);

const GA = '62e90394-69f5-4237-9190-012177145e10';

describe('authentication', () => {
  const sim = createGraphSimulator(contoso());

  test('a missing Authorization header is 401 InvalidAuthenticationToken', async () => {
    const res = parseAnswer(await sim.handle({ method: 'GET', url: '/v1.0/organization', headers: {} }));
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe('InvalidAuthenticationToken');
  });

  test('a non-Bearer scheme is 401', async () => {
    const res = parseAnswer(
      await sim.handle({ method: 'GET', url: '/v1.0/organization', headers: { Authorization: 'Basic dXNlcjpwYXNz' } }),
    );
    expect(res.status).toBe(401);
  });

  test('an expired JWT is 401', async () => {
    const token = fakeJwt({ scp: 'Organization.Read.All', exp: 1_000_000 });
    const res = await get(sim, '/v1.0/organization', { Authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(res.json.error?.message).toContain('expired');
  });

  test('header names are case-insensitive', async () => {
    const res = await get(sim, '/v1.0/organization', { authorization: 'Bearer x' });
    expect(res.status).toBe(200);
  });
});

describe('errors have Graph’s shape', () => {
  const sim = createGraphSimulator(contoso(), { now: () => new Date('2026-11-24T10:11:12.345Z') });

  test('unknown path → 404 with code, message and innerError ids', async () => {
    const res = await get(sim, '/v1.0/nothingHere', { 'client-request-id': 'abc-123' });
    expect(res.status).toBe(404);
    expect(res.json.error?.code).toBe('Request_ResourceNotFound');
    expect(res.json.error?.innerError).toEqual({
      date: '2026-11-24T10:11:12',
      'request-id': ANY_STRING,
      'client-request-id': 'abc-123',
    });
    expect(res.headers['client-request-id']).toBe('abc-123');
  });

  test('unknown id → 404 Request_ResourceNotFound naming the id', async () => {
    const res = await get(sim, '/v1.0/users/00000000-0000-0000-0000-00000000dead');
    expect(res.status).toBe(404);
    expect(res.json.error?.message).toContain('00000000-0000-0000-0000-00000000dead');
  });

  test('unknown version → 404', async () => {
    expect((await get(sim, '/v2.0/users')).status).toBe(404);
  });

  test('only GET is allowed on resources (405), and only POST on $batch', async () => {
    const post = parseAnswer(await sim.handle({ method: 'POST', url: '/v1.0/users', headers: AUTH, body: '{}' }));
    expect(post.status).toBe(405);
    expect(post.json.error?.code).toBe('Request_BadRequest');
    const getBatch = await get(sim, '/v1.0/$batch');
    expect(getBatch.status).toBe(405);
  });

  test('a beta-only path under v1.0 is 404 when called directly', async () => {
    expect((await get(sim, '/v1.0/legacy/policies')).status).toBe(404);
    expect((await get(sim, '/beta/legacy/policies')).status).toBe(200);
  });
});

describe('URLs', () => {
  const sim = createGraphSimulator(contoso());

  test.each([
    'https://graph.microsoft.com/v1.0/organization',
    'http://127.0.0.1:1234/v1.0/organization',
    '/v1.0/organization',
    '/V1.0/Organization',
  ])('%s', async (url) => {
    const res = await get(sim, url);
    expect(res.status).toBe(200);
    expect(res.json.value?.[0]?.['displayName']).toBe('Contoso');
  });

  test('@odata.context sits on the request root', async () => {
    const res = await get(sim, 'http://127.0.0.1:9/v1.0/domains');
    expect(res.json['@odata.context']).toBe('http://127.0.0.1:9/v1.0/$metadata#domains');
  });

  test('OData key syntax and alternate keys resolve', async () => {
    const byKey = await get(
      sim,
      "/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations('microsoftAuthenticator')",
    );
    expect(byKey.status).toBe(200);
    expect(byKey.json['@odata.type']).toBe('#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration');
    const upn = await get(sim, '/v1.0/users/alex.wilber%40contoso.com?$select=id,displayName');
    expect(upn.json['displayName']).toBe('Alex Wilber');
  });
});

describe('response shapes', () => {
  const sim = createGraphSimulator(hardenedE5());

  test('$select projects the fields and always keeps id', async () => {
    const res = await get(sim, '/v1.0/domains?$select=passwordValidityPeriodInDays');
    for (const d of res.json.value ?? []) expect(Object.keys(d).sort()).toEqual(['id', 'passwordValidityPeriodInDays']);
    expect(res.json['@odata.context']).toContain('#domains(passwordValidityPeriodInDays)');
  });

  test('v1.0 users come with default properties only; beta and $select give more', async () => {
    const v1 = await get(sim, '/v1.0/users?$top=1');
    expect(v1.json.value?.[0]).not.toHaveProperty('userType');
    const beta = await get(sim, '/beta/users?$top=1');
    expect(beta.json.value?.[0]).toHaveProperty('userType');
    const selected = await get(sim, '/v1.0/users?$top=1&$select=userType,assignedLicenses');
    expect(selected.json.value?.[0]).toHaveProperty('userType');
  });

  test('singletons answer the plain entity with an $entity context', async () => {
    const res = await get(sim, '/v1.0/policies/authorizationPolicy');
    expect(res.json['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#policies/authorizationPolicy/$entity',
    );
    expect(res.json['allowInvitesFrom']).toBe('adminsAndGuestInviters');
  });

  test('SharePoint settings in v1.0 are the plain entity, not wrapped in value', async () => {
    const res = await get(sim, '/v1.0/admin/sharepoint/settings');
    expect(res.json['sharingCapability']).toBe('existingExternalUserSharingOnly');
    expect(res.json).not.toHaveProperty('value');
  });

  test('v1.0 drops beta-only fields (systemCredentialPreferences, companion app, localAdmins)', async () => {
    const v1 = await get(sim, '/v1.0/policies/authenticationMethodsPolicy');
    const beta = await get(sim, '/beta/policies/authenticationMethodsPolicy');
    expect(v1.json).not.toHaveProperty('systemCredentialPreferences');
    expect(beta.json['systemCredentialPreferences']).toMatchObject({ state: 'enabled' });
    const auth = await get(
      sim,
      '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/MicrosoftAuthenticator',
    );
    expect(auth.json['featureSettings']).not.toHaveProperty('companionAppAllowedState');
    const drpV1 = await get(sim, '/v1.0/policies/deviceRegistrationPolicy');
    const drpBeta = await get(sim, '/beta/policies/deviceRegistrationPolicy');
    expect(drpV1.json['azureADJoin']).not.toHaveProperty('localAdmins');
    expect(drpBeta.json['azureADJoin']).toMatchObject({ localAdmins: { enableGlobalAdmins: false } });
  });

  test('directory roles list activated roles; members carry @odata.type', async () => {
    const roles = await get(sim, '/v1.0/directoryRoles');
    expect(roles.json.value?.map((r) => r['roleTemplateId'])).toContain(GA);
    const members = await get(sim, `/v1.0/directoryRoles/roleTemplateId=${GA}/members`);
    expect(members.json.value).toHaveLength(2);
    expect(members.json.value?.every((m) => m['@odata.type'] === '#microsoft.graph.user')).toBe(true);
  });

  test('directoryRoles takes no query options', async () => {
    expect((await get(sim, '/v1.0/directoryRoles?$select=id')).status).toBe(400);
  });

  test('$expand=principal on role assignments', async () => {
    const res = await get(
      sim,
      `/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${GA}'&$expand=principal`,
    );
    expect(res.status).toBe(200);
    expect(res.json.value?.[0]?.['principal']).toMatchObject({
      '@odata.type': '#microsoft.graph.user',
      userType: 'Member',
    });
  });

  test('navigation properties appear only when expanded', async () => {
    const plain = await get(sim, '/v1.0/deviceManagement/deviceCompliancePolicies');
    expect(plain.json.value?.[0]).not.toHaveProperty('assignments');
    const expanded = await get(sim, '/v1.0/deviceManagement/deviceCompliancePolicies?$expand=assignments');
    expect(expanded.json.value?.[0]?.['assignments']).toHaveLength(1);
  });

  test('PIM policy assignments expand policy($expand=rules)', async () => {
    const url = `/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${GA}'&$expand=policy($expand=rules)`;
    const res = await get(sim, url);
    expect(res.status).toBe(200);
    const policy = res.json.value?.[0]?.['policy'] as {
      rules: Array<{ id: string; setting?: { isApprovalRequired: boolean } }>;
    };
    expect(policy.rules.find((r) => r.id === 'Approval_EndUser_Assignment')?.setting?.isApprovalRequired).toBe(true);
  });

  test('an unknown $expand is a 400', async () => {
    expect((await get(sim, '/v1.0/users?$expand=manager')).status).toBe(400);
  });

  test('an unsupported system query option is refused, never ignored', async () => {
    const res = await get(sim, '/v1.0/users?$search="displayName:alex"', { ConsistencyLevel: 'eventual' });
    expect(res.status).toBe(400);
  });

  test('URD refuses $select', async () => {
    const res = await get(sim, '/v1.0/reports/authenticationMethods/userRegistrationDetails?$select=id');
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toContain("'Select' is not allowed");
  });

  test('/users/{id}/authentication/methods derives methods from the URD row', async () => {
    const [bg] =
      (await get(sim, "/v1.0/users?$filter=startswith(displayName,'Break Glass')&$select=id")).json.value ?? [];
    const res = await get(sim, `/v1.0/users/${String(bg?.['id'])}/authentication/methods`);
    expect(res.json.value?.map((m) => m['@odata.type'])).toContain('#microsoft.graph.fido2AuthenticationMethod');
  });
});

describe('fetch adapter and stats', () => {
  test('fetch answers like Graph', async () => {
    const sim = createGraphSimulator(contoso());
    const res = await sim.fetch('https://graph.microsoft.com/v1.0/domains?$select=id', { headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { value: Array<{ id: string }> };
    expect(body.value.map((d) => d.id)).toContain('contoso.com');
  });

  test('fetch accepts a relative URL and a POST body', async () => {
    const sim = createGraphSimulator(contoso());
    const res = await sim.fetch('/v1.0/$batch', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/organization' }] }),
    });
    expect(res.status).toBe(200);
  });

  test('stats count HTTP calls, logical requests and paths; reset zeroes them', async () => {
    const sim = createGraphSimulator(contoso());
    await get(sim, '/v1.0/organization');
    await sim.handle({
      method: 'POST',
      url: '/v1.0/$batch',
      headers: AUTH,
      body: JSON.stringify({
        requests: [
          { id: 'a', method: 'GET', url: '/domains' },
          { id: 'b', method: 'GET', url: '/organization' },
        ],
      }),
    });
    expect(sim.stats.httpCalls).toBe(2);
    expect(sim.stats.innerRequests).toBe(3);
    expect(sim.stats.byPath).toEqual({ '/v1.0/organization': 2, '/v1.0/domains': 1 });
    sim.reset();
    expect(sim.stats).toEqual({ httpCalls: 0, innerRequests: 0, byPath: {} });
  });

  test('latency waits once per HTTP call through the injected sleep', async () => {
    const waits: number[] = [];
    const sim = createGraphSimulator(contoso(), {
      latencyMs: 50,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    await get(sim, '/v1.0/organization');
    await sim.handle({
      method: 'POST',
      url: '/v1.0/$batch',
      headers: AUTH,
      body: JSON.stringify({
        requests: [
          { id: '1', method: 'GET', url: '/domains' },
          { id: '2', method: 'GET', url: '/organization' },
        ],
      }),
    });
    expect(waits).toEqual([50, 50]);
  });
});
