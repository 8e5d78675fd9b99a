import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { batch, get } from './test-requests';

describe('fault injection', () => {
  test('throttle N times, then succeed, with Retry-After', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/domains', kind: 'throttle', times: 2, retryAfterSeconds: 7 }],
    });
    for (let i = 0; i < 2; i++) {
      const res = await get(sim, '/v1.0/domains');
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('7');
      expect(res.json.error?.code).toBe('TooManyRequests');
    }
    expect((await get(sim, '/v1.0/domains')).status).toBe(200);
    expect((await get(sim, '/v1.0/organization')).status).toBe(200);
  });

  test('throttling with 503 or 504', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/organization', kind: 'throttle', times: 1, retryAfterSeconds: 3, status: 503 }],
    });
    const res = await get(sim, '/v1.0/organization');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('3');
  });

  test('inside a batch, a throttled request is a 429 in a 200 envelope with its own Retry-After', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/domains', kind: 'throttle', times: 1, retryAfterSeconds: 5 }],
    });
    const first = await batch(sim, 'v1.0', [
      { id: 'd', url: '/domains' },
      { id: 'o', url: '/organization' },
    ]);
    expect(first.status).toBe(200);
    const byId = new Map(first.responses.map((r) => [r.id, r]));
    expect(byId.get('d')).toMatchObject({ status: 429, headers: { 'Retry-After': '5' } });
    expect(byId.get('o')?.status).toBe(200);
    const retry = await batch(sim, 'v1.0', [{ id: 'd', url: '/domains' }]);
    expect(retry.responses[0]?.status).toBe(200);
  });

  test('forbidden answers 403 on every call', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/admin/sharepoint/settings', kind: 'forbidden' }],
    });
    for (let i = 0; i < 3; i++) {
      const res = await get(sim, '/v1.0/admin/sharepoint/settings');
      expect(res.status).toBe(403);
      expect(res.json.error?.code).toBe('Authorization_RequestDenied');
    }
  });

  test('malformed serves the given body with a 200', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [
        {
          path: '/policies/authorizationPolicy',
          kind: 'malformed',
          body: '{"id":"authorizationPolicy","allowInvitesFrom":',
        },
      ],
    });
    const res = await sim.handle({
      method: 'GET',
      url: '/v1.0/policies/authorizationPolicy',
      headers: { Authorization: 'Bearer x' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"id":"authorizationPolicy","allowInvitesFrom":');
    const inBatch = await batch(sim, 'v1.0', [{ id: '1', url: '/policies/authorizationPolicy' }]);
    expect(inBatch.responses[0]).toMatchObject({
      status: 200,
      body: '{"id":"authorizationPolicy","allowInvitesFrom":',
    });
  });

  test('a well-formed but wrong body is served as JSON', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/admin/sharepoint/settings', kind: 'malformed', body: '{"sharingCapability":42}' }],
    });
    const res = await batch(sim, 'v1.0', [{ id: '1', url: '/admin/sharepoint/settings' }]);
    expect(res.responses[0]?.body).toEqual({ sharingCapability: 42 });
  });

  test('status faults, limited by times; RegExp and prefix paths', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [
        { path: /^\/identity\/conditionalAccess\//, kind: 'status', status: 500, times: 1 },
        { path: '/deviceManagement/*', kind: 'status', status: 502 },
      ],
    });
    const first = await get(sim, '/v1.0/identity/conditionalAccess/policies');
    expect(first.status).toBe(500);
    expect(first.json.error?.code).toBe('InternalServerError');
    expect((await get(sim, '/v1.0/identity/conditionalAccess/namedLocations')).status).toBe(200);
    expect((await get(sim, '/v1.0/deviceManagement/managedDevices')).status).toBe(502);
    expect((await get(sim, '/v1.0/deviceManagement/settings')).status).toBe(502);
  });

  test('a whole $batch envelope can fail', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/$batch', kind: 'throttle', times: 1, retryAfterSeconds: 2, status: 504 }],
    });
    const failed = await batch(sim, 'v1.0', [{ id: '1', url: '/organization' }]);
    expect(failed.status).toBe(504);
    expect(sim.stats.innerRequests).toBe(0);
    const ok = await batch(sim, 'v1.0', [{ id: '1', url: '/organization' }]);
    expect(ok.status).toBe(200);
  });

  test('reset() re-arms the faults', async () => {
    const sim = createGraphSimulator(contoso(), {
      faults: [{ path: '/domains', kind: 'throttle', times: 1, retryAfterSeconds: 1 }],
    });
    expect((await get(sim, '/v1.0/domains')).status).toBe(429);
    expect((await get(sim, '/v1.0/domains')).status).toBe(200);
    sim.reset();
    expect((await get(sim, '/v1.0/domains')).status).toBe(429);
  });
});
