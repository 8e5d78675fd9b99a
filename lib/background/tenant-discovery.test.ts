import { describe, expect, test, vi } from 'vitest';
import { clouds } from '../graph/clouds';
import { authorityHostPermissions } from '../graph/authorities';
import { checkCustomerTenantQuery, discoverTenant, type CustomerTenantQuery } from './tenant-discovery';

const HOST = 'https://login.microsoftonline.com';
const FABRIKAM = 'aaaaaaaa-1111-4111-8111-000000000001';

/** A sign-in host that answers one OpenID configuration (or error) and records what was asked. */
function loginHost(answer: { status: number; body: unknown } | 'offline') {
  const asked: string[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    asked.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : input.toString()}`);
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return Promise.resolve(
      new Response(text, { status: answer.status, headers: { 'content-type': 'application/json' } }),
    );
  };
  return { fetchFn, asked };
}
const issuedBy = (tid: string) => ({ status: 200, body: { issuer: `https://login.microsoftonline.com/${tid}/v2.0` } });
const byDomain: CustomerTenantQuery = { kind: 'domain', value: 'fabrikam.com' };

describe('what the partner types', () => {
  test.each([
    ['  Fabrikam.COM ', { kind: 'domain', value: 'fabrikam.com' }],
    ['fabrikam.onmicrosoft.com', { kind: 'domain', value: 'fabrikam.onmicrosoft.com' }],
    [FABRIKAM.toUpperCase(), { kind: 'id', value: FABRIKAM }],
  ])('%s is taken as %o', (raw, query) => {
    expect(checkCustomerTenantQuery(raw)).toEqual({ ok: true, query });
  });

  test.each([
    ['', "Enter the customer's tenant ID (a GUID) or one of its verified domains."],
    ['organizations', "'organizations' is not one tenant: enter the customer's tenant ID or a verified domain."],
    ['common', "'common' is not one tenant"],
    ['https://fabrikam.com/', 'not a URL'],
    ['admin@fabrikam.com', 'That is an email address'],
    ['fabrikam', "'fabrikam' is neither a tenant ID (a GUID) nor a domain like fabrikam.onmicrosoft.com."],
  ])('%j is refused with a sentence', (raw, sentence) => {
    const checked = checkCustomerTenantQuery(raw);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toContain(sentence);
  });
});

describe("the tenant's OpenID configuration names its id", () => {
  test('a domain resolves to the GUID in the issuer, asked of the cloud’s sign-in host with a GET', async () => {
    const host = loginHost(issuedBy(FABRIKAM.toUpperCase()));
    expect(await discoverTenant(host.fetchFn, HOST, byDomain)).toEqual({ ok: true, tenantId: FABRIKAM });
    expect(host.asked).toEqual([`GET ${HOST}/fabrikam.com/v2.0/.well-known/openid-configuration`]);
  });

  test('a GUID is checked the same way, and must come back as itself', async () => {
    const id: CustomerTenantQuery = { kind: 'id', value: FABRIKAM };
    expect(await discoverTenant(loginHost(issuedBy(FABRIKAM)).fetchFn, HOST, id)).toEqual({
      ok: true,
      tenantId: FABRIKAM,
    });
    const other = await discoverTenant(loginHost(issuedBy('bbbbbbbb-1111-4111-8111-000000000002')).fetchFn, HOST, id);
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining('named no tenant') });
  });

  test('no such tenant (400 AADSTS90002)', async () => {
    const body = {
      error: 'invalid_tenant',
      error_description:
        "AADSTS90002: Tenant 'fabrikam.com' not found. Check to make sure you have the correct tenant ID.",
      error_codes: [90002],
    };
    expect(await discoverTenant(loginHost({ status: 400, body }).fetchFn, HOST, byDomain)).toEqual({
      ok: false,
      error:
        "No tenant was found for 'fabrikam.com': check it is one of the customer's verified domains, or use its tenant ID.",
    });
  });

  test('offline', async () => {
    expect(await discoverTenant(loginHost('offline').fetchFn, HOST, byDomain)).toEqual({
      ok: false,
      error: "Could not reach login.microsoftonline.com to look up 'fabrikam.com': check the connection and try again.",
    });
  });

  test.each([
    ['no issuer', { status: 200, body: { token_endpoint: 'x' } }],
    ['a placeholder issuer', { status: 200, body: { issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0' } }],
    ['not JSON', { status: 200, body: '<html>' }],
  ])('a malformed answer (%s) adds nothing', async (_, answer) => {
    const found = await discoverTenant(loginHost(answer).fetchFn, HOST, byDomain);
    expect(found).toEqual({
      ok: false,
      error:
        "login.microsoftonline.com's answer for 'fabrikam.com' named no tenant (its OpenID configuration has no issuer with a tenant ID); nothing was added.",
    });
  });

  test('a sign-in host that never answers gives up as offline, not forever', async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const hanging: typeof fetch = (_input, init) => {
      signals.push(init?.signal);
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    vi.useFakeTimers();
    try {
      const found = discoverTenant(hanging, HOST, byDomain);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(await found).toMatchObject({
        ok: false,
        error: expect.stringContaining('Could not reach login.microsoftonline.com'),
      });
    } finally {
      vi.useRealTimers();
    }
    expect(signals[0]).toBeInstanceOf(AbortSignal);
  });

  test('another failure names the status', async () => {
    const found = await discoverTenant(loginHost({ status: 503, body: '' }).fetchFn, HOST, byDomain);
    expect(found).toEqual({
      ok: false,
      error: "login.microsoftonline.com answered HTTP 503 for 'fabrikam.com'; nothing was added.",
    });
  });

  test("a personal accounts' domain is no organization", async () => {
    const found = await discoverTenant(loginHost(issuedBy('9188040d-6c67-4c5b-b112-36a304b66dad')).fetchFn, HOST, {
      kind: 'domain',
      value: 'outlook.com',
    });
    expect(found).toMatchObject({ ok: false, error: expect.stringContaining('personal Microsoft accounts') });
  });

  test('a national cloud is asked on its own sign-in host', async () => {
    const host = loginHost({ status: 200, body: { issuer: `https://login.microsoftonline.us/${FABRIKAM}/v2.0` } });
    expect(await discoverTenant(host.fetchFn, 'https://login.microsoftonline.us', byDomain)).toEqual({
      ok: true,
      tenantId: FABRIKAM,
    });
    expect(host.asked[0]).toContain('https://login.microsoftonline.us/fabrikam.com/');
  });
});

test("every cloud's sign-in host is in the manifest's host permissions, so the background may ask it", () => {
  for (const cloud of Object.values(clouds)) expect(authorityHostPermissions).toContain(`${cloud.authorityHost}/*`);
});
