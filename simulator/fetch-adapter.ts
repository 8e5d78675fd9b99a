import type { SimRequest, SimResponse } from './graph-response';

const isRedirect = (status: number): boolean => status >= 300 && status < 400;

/**
 * A fetch-compatible adapter over the simulator's `handle`: a relative URL is resolved against
 * `baseUrl`, and the answer comes back as a real `Response`. A redirect (only the compliance
 * discovery answers one) comes back as is with `redirect: 'manual'`, as Node's fetch gives it; followed,
 * it would land on `https://{prefix}.admin.protection.outlook.com:446`, which answers nothing, so the
 * call fails as a real fetch's does.
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
    if (isRedirect(res.status) && request.redirect !== 'manual') {
      throw new TypeError(`fetch failed: redirected to ${res.headers['location'] ?? '(no location)'}, unreachable`);
    }
    return new Response(res.body === '' ? null : res.body, { status: res.status, headers: res.headers });
  };
}
