/**
 * From what the partner typed (a tenant id or a verified domain) to a directory (tenant) id, through the
 * tenant's OpenID configuration on its cloud's sign-in host: the `issuer` names the tenant,
 * `https://login.microsoftonline.com/{tid}/v2.0`. A GUID is checked the same way, so a tenant that
 * doesn't exist is never added. https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc
 */
import { checkTenant } from '../auth/validate-connection';
import { isGuid } from '../graph/sources/guid';

/** A tenant id or a verified domain, trimmed and lower-case. */
export type CustomerTenantQuery = { readonly kind: 'id' | 'domain'; readonly value: string };

export type Discovered =
  { readonly ok: true; readonly tenantId: string } | { readonly ok: false; readonly error: string };

const LOOKUP_TIMEOUT_MS = 15_000;
const NOT_ONE_TENANT = new Set(['organizations', 'common', 'consumers']);
/** Personal Microsoft accounts' tenant: outlook.com, hotmail.com … resolve to it. */
const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';
const ISSUER = /^https:\/\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0\/?$/i;

/** Checks the input as the Connect page does, but for one customer tenant: never empty, never 'organizations'. */
export function checkCustomerTenantQuery(
  raw: string,
): { readonly ok: true; readonly query: CustomerTenantQuery } | Extract<Discovered, { ok: false }> {
  const value = raw.trim().toLowerCase();
  if (value === '') {
    return { ok: false, error: "Enter the customer's tenant ID (a GUID) or one of its verified domains." };
  }
  if (NOT_ONE_TENANT.has(value)) {
    return { ok: false, error: `'${value}' is not one tenant: enter the customer's tenant ID or a verified domain.` };
  }
  const refused = checkTenant(value);
  if (refused === null) return { ok: true, query: { kind: isGuid(value) ? 'id' : 'domain', value } };
  // The Connect page's sentences for a URL or an email address fit here too; its last one speaks of the sign-in.
  if (/^https?:\/\//.test(value) || value.includes('/') || value.includes('@')) return { ok: false, error: refused };
  return {
    ok: false,
    error: `'${value}' is neither a tenant ID (a GUID) nor a domain like fabrikam.onmicrosoft.com.`,
  };
}

/** Looks the tenant up on `authorityHost` (the connection's cloud's sign-in host). */
export async function discoverTenant(
  fetchFn: typeof fetch,
  authorityHost: string,
  query: CustomerTenantQuery,
): Promise<Discovered> {
  const host = new URL(authorityHost).host;
  const url = `${authorityHost}/${encodeURIComponent(query.value)}/v2.0/.well-known/openid-configuration`;
  let response: Response;
  let body: unknown;
  // A sign-in host that never answers is as good as offline: the page's "Adding…" doesn't hang.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), LOOKUP_TIMEOUT_MS);
  try {
    response = await fetchFn(url, { method: 'GET', credentials: 'omit', signal: timeout.signal });
    body = await response.json().catch(() => null);
  } catch {
    return {
      ok: false,
      error: `Could not reach ${host} to look up '${query.value}': check the connection and try again.`,
    };
  } finally {
    clearTimeout(timer);
  }
  if (isTenantNotFound(body)) {
    return {
      ok: false,
      error: `No tenant was found for '${query.value}': check it is one of the customer's verified domains, or use its tenant ID.`,
    };
  }
  if (!response.ok)
    return { ok: false, error: `${host} answered HTTP ${response.status} for '${query.value}'; nothing was added.` };
  const tenantId = tenantIdOf(body);
  if (!tenantId || (query.kind === 'id' && tenantId !== query.value)) {
    return {
      ok: false,
      error: `${host}'s answer for '${query.value}' named no tenant (its OpenID configuration has no issuer with a tenant ID); nothing was added.`,
    };
  }
  if (tenantId === CONSUMER_TENANT) {
    return {
      ok: false,
      error: `'${query.value}' belongs to personal Microsoft accounts, not to an organization's tenant.`,
    };
  }
  return { ok: true, tenantId };
}

/** AADSTS90002: "Tenant '…' not found", with a 400 (`error_codes` or the description say it). */
function isTenantNotFound(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { error_codes: codes, error_description: description } = body as Record<string, unknown>;
  return (
    (Array.isArray(codes) && codes.includes(90002)) ||
    (typeof description === 'string' && description.startsWith('AADSTS90002'))
  );
}

function tenantIdOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const issuer = (body as Record<string, unknown>).issuer;
  const match = typeof issuer === 'string' ? ISSUER.exec(issuer) : null;
  return match?.[1]?.toLowerCase() ?? null;
}
