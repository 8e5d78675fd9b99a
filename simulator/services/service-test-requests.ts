/** Request helpers for the admin-service simulator's own tests. */
import type { GraphSimulator } from '../simulator';
import type { TenantModel } from '../tenant-model';
import { contoso } from '../tenants/contoso';
import { TENANT_ID } from '../tenants/contoso-people';
import type { ServiceData } from './service-data';

export const EXO = 'https://outlook.office365.com';
export const INVOKE = `${EXO}/adminapi/beta/${TENANT_ID}/InvokeCommand`;
export const TEAMS = 'https://api.interfaces.records.teams.microsoft.com';
export const BEARER = { Authorization: 'Bearer service-test-token' } as const;

export interface ServiceAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  // Tests read arbitrary cmdlet output; narrowing every field would only hide what they assert.
  readonly json: {
    value?: Array<Record<string, unknown>>;
    '@odata.nextLink'?: string;
    '@odata.context'?: string;
    error?: { code: string; message: string; details?: Array<{ message: string }> };
  } & Record<string, unknown>;
}

const parse = (text: string): ServiceAnswer['json'] => (text === '' ? {} : (JSON.parse(text) as ServiceAnswer['json']));

/** POSTs `body` (an object, sent as JSON, or raw text) to `url` as a transport does. */
export async function post(
  sim: GraphSimulator,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ServiceAnswer> {
  const res = await sim.handle({
    method: 'POST',
    url,
    headers: { ...BEARER, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: parse(res.body) };
}

export async function getService(
  sim: GraphSimulator,
  url: string,
  headers: Record<string, string> = BEARER,
): Promise<ServiceAnswer> {
  const res = await sim.handle({ method: 'GET', url, headers });
  return { status: res.status, headers: res.headers, json: parse(res.body) };
}

export const cmdlet = (name: string, parameters?: Record<string, unknown>) => ({
  CmdletInput: { CmdletName: name, ...(parameters ? { Parameters: parameters } : {}) },
});

/** Contoso with exactly `services` as its admin-service data. */
export function tenantWith(services: ServiceData): TenantModel {
  return { ...contoso(), services };
}

/** `n` transport rules named Rule 1…n. */
export const rules = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ Identity: `Rule ${i + 1}`, Name: `Rule ${i + 1}`, Priority: i }));
