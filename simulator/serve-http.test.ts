import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSimulator } from './serve-http';
import type { RunningSimulator } from './serve-http';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';

describe('serveSimulator', () => {
  const sim = createGraphSimulator(contoso());
  let server: RunningSimulator;

  beforeAll(async () => {
    server = await serveSimulator(sim, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  test('listens on 127.0.0.1 with a real port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  test('answers a GET through real fetch, with next links on its own root', async () => {
    const res = await fetch(`${server.url}/v1.0/users?$top=10&$select=id`, { headers: { Authorization: 'Bearer x' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown[]; '@odata.nextLink': string };
    expect(body.value).toHaveLength(10);
    expect(body['@odata.nextLink'].startsWith(`${server.url}/v1.0/users?`)).toBe(true);
    const next = await fetch(body['@odata.nextLink'], { headers: { Authorization: 'Bearer x' } });
    expect(next.status).toBe(200);
  });

  test('answers a $batch POST', async () => {
    const res = await fetch(`${server.url}/v1.0/$batch`, {
      method: 'POST',
      headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/organization?$select=displayName' }] }),
    });
    const body = (await res.json()) as {
      responses: Array<{ status: number; body: { value: Array<{ displayName: string }> } }>;
    };
    expect(body.responses[0]?.body.value[0]?.displayName).toBe('Contoso');
  });

  test('passes errors and headers through (401, Retry-After exposed to browsers)', async () => {
    const res = await fetch(`${server.url}/v1.0/organization`);
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  test('answers CORS preflights', async () => {
    const res = await fetch(`${server.url}/v1.0/organization`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('consistencylevel');
  });

  test('close() stops it', async () => {
    const other = await serveSimulator(createGraphSimulator(contoso()));
    await other.close();
    await expect(fetch(`${other.url}/v1.0/organization`)).rejects.toThrow();
  });
});
