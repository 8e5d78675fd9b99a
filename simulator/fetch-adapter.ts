import type { SimRequest, SimResponse } from './graph-response';

/**
 * A fetch-compatible adapter over the simulator's `handle`: a relative URL is resolved against
 * `baseUrl`, and the answer comes back as a real `Response`.
 */
export function fetchOver(handle: (req: SimRequest) => Promise<SimResponse>, baseUrl: string): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const absolute =
      typeof input === 'string' && input.startsWith('/') ? `${baseUrl.replace(/\/+$/, '')}${input}` : input;
    const request = new Request(absolute, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const method = request.method.toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await request.text();
    const res = await handle({ method, url: request.url, headers, ...(body === undefined ? {} : { body }) });
    return new Response(res.body, { status: res.status, headers: res.headers });
  };
}
