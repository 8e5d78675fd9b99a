import { describe, expect, test } from 'vitest';
import { createTransport } from './transport';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

function recordingFetch(answer: () => Response | Promise<Response> = () => Response.json({ ok: 1 })) {
  const sent: Sent[] = [];
  const fetchFn = async function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // A browser's fetch rejects a `this` other than the global object or undefined.
    if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
    sent.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : init?.body,
    });
    init?.signal?.throwIfAborted();
    return answer();
  } as typeof fetch;
  return { sent, fetchFn };
}

describe('createTransport', () => {
  test('GETs the exact URL on any host with bearer token, Accept and the request headers', async () => {
    const { sent, fetchFn } = recordingFetch();
    const transport = createTransport({
      graphRoot: 'http://127.0.0.1:4567/',
      fetch: fetchFn,
      getToken: () => Promise.resolve('tok-1'),
    });
    // GraphRequest would put $count before $search and drop the repeated key; we send it as built.
    const url = '/users?$search="displayName:ad"&$count=true&$filter=userType eq \'Guest\'';
    const result = await transport.send({
      method: 'GET',
      version: 'beta',
      url,
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(result).toMatchObject({ kind: 'response', status: 200, body: { ok: 1 } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`http://127.0.0.1:4567/beta${url}`);
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer tok-1');
    expect(sent[0]?.headers.get('accept')).toBe('application/json');
    expect(sent[0]?.headers.get('consistencylevel')).toBe('eventual');
  });

  test('POSTs a $batch as JSON', async () => {
    const { sent, fetchFn } = recordingFetch();
    const transport = createTransport({
      graphRoot: 'https://graph.microsoft.us',
      fetch: fetchFn,
      getToken: () => Promise.resolve('t'),
    });
    const body = { requests: [{ id: '1', method: 'GET', url: '/domains' }] };
    await transport.send({ method: 'POST', version: 'v1.0', url: '/$batch', body });
    expect(sent[0]).toMatchObject({ url: 'https://graph.microsoft.us/v1.0/$batch', method: 'POST', body });
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
  });

  test('never POSTs anywhere but /$batch', async () => {
    const { fetchFn } = recordingFetch();
    const transport = createTransport({
      graphRoot: 'https://graph.microsoft.com',
      fetch: fetchFn,
      getToken: () => Promise.resolve('t'),
    });
    await expect(transport.send({ method: 'POST', version: 'v1.0', url: '/users', body: {} })).rejects.toThrow(
      /only POSTs/,
    );
  });

  test('never sends a $batch carrying anything but GETs', async () => {
    const { sent, fetchFn } = recordingFetch();
    const transport = createTransport({
      graphRoot: 'https://graph.microsoft.com',
      fetch: fetchFn,
      getToken: () => Promise.resolve('t'),
    });
    const body = { requests: [{ id: '1', method: 'DELETE', url: '/users/1' }] };
    await expect(transport.send({ method: 'POST', version: 'v1.0', url: '/$batch', body })).rejects.toThrow(
      /GETs only/,
    );
    expect(sent).toHaveLength(0);
  });

  test('hands every status back with its headers, and text bodies as text', async () => {
    const { fetchFn } = recordingFetch(
      () => new Response('Slow down', { status: 429, headers: { 'Retry-After': '7', 'Content-Type': 'text/plain' } }),
    );
    const transport = createTransport({
      graphRoot: 'https://graph.microsoft.com',
      fetch: fetchFn,
      getToken: () => Promise.resolve('t'),
    });
    const result = await transport.send({ method: 'GET', version: 'v1.0', url: '/domains' });
    expect(result).toMatchObject({ kind: 'response', status: 429, body: 'Slow down' });
    expect(result.kind === 'response' && result.header('retry-after')).toBe('7');
  });

  test('a fetch that throws is offline; a token that fails sends nothing', async () => {
    const broken = createTransport({
      graphRoot: 'https://graph.microsoft.com',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      getToken: () => Promise.resolve('t'),
    });
    expect(await broken.send({ method: 'GET', version: 'v1.0', url: '/domains' })).toEqual({
      kind: 'offline',
      message: 'Could not reach Microsoft Graph: fetch failed',
    });

    const { sent, fetchFn } = recordingFetch();
    const signedOut = createTransport({
      graphRoot: 'https://graph.microsoft.com',
      fetch: fetchFn,
      getToken: () => Promise.reject(new Error('interaction_required')),
    });
    expect(await signedOut.send({ method: 'GET', version: 'v1.0', url: '/domains' })).toMatchObject({
      kind: 'noToken',
      message: expect.stringContaining('interaction_required') as string,
    });
    expect(sent).toHaveLength(0);
  });

  test('a cancelled scan rejects with AbortError instead of looking offline', async () => {
    const controller = new AbortController();
    const transport = createTransport({
      graphRoot: 'https://graph.microsoft.com',
      // Even a fetch that ignores its signal can't hold a cancelled scan.
      fetch: () => new Promise<Response>(() => undefined),
      getToken: () => Promise.resolve('t'),
      signal: controller.signal,
    });
    const pending = transport.send({ method: 'GET', version: 'v1.0', url: '/domains' });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(transport.send({ method: 'GET', version: 'v1.0', url: '/domains' })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
