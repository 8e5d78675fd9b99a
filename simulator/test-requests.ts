import type { GraphSimulator } from './simulator';
import type { SimResponse } from './graph-response';

/** Small request helpers for the simulator's own tests. */

export const AUTH = { Authorization: 'Bearer opaque-test-token' } as const;

export interface JsonAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  // Tests inspect arbitrary Graph JSON; narrowing every field would only hide what they assert.
  readonly json: Record<string, unknown> & {
    value?: Array<Record<string, unknown>>;
    error?: { code: string; message: string; innerError: Record<string, string> };
  };
}

export function parseAnswer(res: SimResponse): JsonAnswer {
  return { status: res.status, headers: res.headers, json: JSON.parse(res.body) as JsonAnswer['json'] };
}

export async function get(sim: GraphSimulator, url: string, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  return parseAnswer(await sim.handle({ method: 'GET', url, headers: { ...AUTH, ...headers } }));
}

export interface BatchItem {
  readonly id: string;
  readonly method?: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly dependsOn?: string[];
}

export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

export async function batch(
  sim: GraphSimulator,
  version: 'v1.0' | 'beta',
  requests: readonly BatchItem[],
): Promise<{ status: number; responses: BatchResponse[]; json: JsonAnswer['json'] }> {
  const body = JSON.stringify({ requests: requests.map((r) => ({ method: 'GET', ...r })) });
  const res = await sim.handle({
    method: 'POST',
    url: `/${version}/$batch`,
    headers: { ...AUTH, 'Content-Type': 'application/json' },
    body,
  });
  const json = JSON.parse(res.body) as JsonAnswer['json'] & { responses?: BatchResponse[] };
  return { status: res.status, responses: json.responses ?? [], json };
}

const b64url = (text: string): string => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** An unsigned JWT carrying the given claims (the simulator reads claims; it never checks signatures). */
export function fakeJwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
}

/** Follows `@odata.nextLink` to the end, returning every page. */
export async function allPages(
  sim: GraphSimulator,
  url: string,
  headers: Record<string, string> = {},
): Promise<JsonAnswer[]> {
  const pages: JsonAnswer[] = [];
  let next: string | undefined = url;
  while (next !== undefined) {
    const page = await get(sim, next, headers);
    pages.push(page);
    if (page.status !== 200) break;
    const link = page.json['@odata.nextLink'];
    next = typeof link === 'string' ? link : undefined;
  }
  return pages;
}
