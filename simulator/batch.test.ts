import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { AUTH, batch, parseAnswer } from './test-requests';

const sim = createGraphSimulator(contoso());

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: String(i + 1), url: '/organization?$select=id' }));

describe('JSON $batch', () => {
  test('each request gets its own id, status, headers and body', async () => {
    const res = await batch(sim, 'v1.0', [
      { id: 'domains', url: '/domains?$select=id' },
      { id: 'missing', url: '/users/00000000-0000-0000-0000-000000000000' },
    ]);
    expect(res.status).toBe(200);
    const byId = new Map(res.responses.map((r) => [r.id, r]));
    expect(byId.get('domains')?.status).toBe(200);
    expect(byId.get('domains')?.headers['Content-Type']).toContain('application/json');
    // contoso.onmicrosoft.com, contoso.com, fabrikam.co.uk and the federated research.contoso.com.
    expect((byId.get('domains')?.body as { value: unknown[] }).value).toHaveLength(4);
    expect(byId.get('missing')).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
  });

  test('responses come back out of request order (match them by id)', async () => {
    const requests = many(8);
    const res = await batch(sim, 'v1.0', requests);
    expect(res.responses.map((r) => r.id).sort()).toEqual(requests.map((r) => r.id).sort());
    expect(res.responses.map((r) => r.id)).not.toEqual(requests.map((r) => r.id));
  });

  test('20 requests are fine, 21 are a 400 for the whole batch', async () => {
    expect((await batch(sim, 'v1.0', many(20))).status).toBe(200);
    const tooMany = await batch(sim, 'v1.0', many(21));
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error?.code).toBe('BadRequest');
  });

  test('duplicate ids (case-insensitive) are a 400', async () => {
    const res = await batch(sim, 'v1.0', [
      { id: 'A', url: '/organization' },
      { id: 'a', url: '/domains' },
    ]);
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toContain('duplicate');
  });

  test('a malformed envelope is a 400', async () => {
    for (const body of ['not json', '{}', '{"requests":[]}', '{"requests":[{"id":"1","method":"GET"}]}']) {
      const res = parseAnswer(await sim.handle({ method: 'POST', url: '/v1.0/$batch', headers: AUTH, body }));
      expect(res.status, body).toBe(400);
    }
  });

  test('urls are relative, with or without a leading slash; absolute ones fail alone', async () => {
    const res = await batch(sim, 'v1.0', [
      { id: '1', url: 'organization' },
      { id: '2', url: '/organization' },
      { id: '3', url: 'https://graph.microsoft.com/v1.0/organization' },
    ]);
    const status = Object.fromEntries(res.responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ '1': 200, '2': 200, '3': 400 });
  });

  test('a beta-only URL inside a v1.0 batch is a 405, as the docs show', async () => {
    const v1 = await batch(sim, 'v1.0', [{ id: '1', url: '/legacy/policies' }]);
    expect(v1.responses[0]).toMatchObject({ status: 405, body: { error: { code: 'Request_BadRequest' } } });
    const beta = await batch(sim, 'beta', [{ id: '1', url: '/legacy/policies' }]);
    expect(beta.responses[0]?.status).toBe(200);
  });

  test('inner headers apply per request (ConsistencyLevel)', async () => {
    const res = await batch(sim, 'v1.0', [
      { id: 'with', url: '/users?$count=true&$top=1&$select=id', headers: { ConsistencyLevel: 'eventual' } },
      { id: 'without', url: '/users?$count=true&$top=1&$select=id' },
    ]);
    const byId = new Map(res.responses.map((r) => [r.id, r]));
    expect(byId.get('with')?.status).toBe(200);
    expect((byId.get('with')?.body as Record<string, unknown>)['@odata.count']).toBe(250);
    expect(byId.get('without')?.status).toBe(400);
  });

  test('non-JSON bodies travel base64-encoded', async () => {
    const res = await batch(sim, 'v1.0', [
      { id: '1', url: '/users/$count', headers: { ConsistencyLevel: 'eventual' } },
    ]);
    expect(res.responses[0]?.headers['Content-Type']).toBe('text/plain');
    expect(atob(String(res.responses[0]?.body))).toBe('250');
  });

  test('a non-GET inner request is a 405', async () => {
    const res = await batch(sim, 'v1.0', [{ id: '1', method: 'DELETE', url: '/groups/x' }]);
    expect(res.responses[0]?.status).toBe(405);
  });

  test('dependsOn orders requests, and a failed dependency gives 424', async () => {
    const res = await batch(sim, 'v1.0', [
      { id: '1', url: '/nothing' },
      { id: '2', url: '/organization', dependsOn: ['1'] },
      { id: '3', url: '/domains' },
      { id: '4', url: '/organization', dependsOn: ['3'] },
    ]);
    const status = Object.fromEntries(res.responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ '1': 404, '2': 424, '3': 200, '4': 200 });
  });

  test('dependsOn an unknown id fails the batch', async () => {
    const res = await batch(sim, 'v1.0', [{ id: '1', url: '/organization', dependsOn: ['9'] }]);
    expect(res.status).toBe(400);
  });

  test('next links inside a batch point at the batch root and version', async () => {
    const res = await batch(sim, 'beta', [{ id: '1', url: '/users?$top=5&$select=id' }]);
    const body = res.responses[0]?.body as Record<string, unknown>;
    expect(body['@odata.nextLink']).toMatch(
      /^https:\/\/graph\.microsoft\.com\/beta\/users\?\$top=5&\$select=id&\$skiptoken=/,
    );
  });

  test('the envelope needs a token too', async () => {
    const res = await sim.handle({
      method: 'POST',
      url: '/v1.0/$batch',
      headers: {},
      body: JSON.stringify({ requests: many(1) }),
    });
    expect(res.status).toBe(401);
  });
});
