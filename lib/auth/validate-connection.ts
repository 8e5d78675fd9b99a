/**
 * Checks what an admin types on the Connect page before anything is stored or sent to Entra. Pure:
 * the background re-checks every saved connection, whatever the page claims to have checked.
 */
import { clouds, isCloud, type Cloud } from '../graph/clouds';
import { isGuid } from '../graph/sources/guid';

/** What the admin configured: their own app registration, the tenant to sign in to, and its cloud. */
export interface Connection {
  readonly clientId: string;
  /** A tenant id, a verified domain, or 'organizations' (any work account, the home tenant decides). */
  readonly tenant: string;
  readonly cloud: Cloud;
}

export type ConnectionField = 'clientId' | 'tenant' | 'cloud';
export type ConnectionErrors = Partial<Record<ConnectionField, string>>;
export type ConnectionCheck = { ok: true; connection: Connection } | { ok: false; errors: ConnectionErrors };

// A DNS name with at least two labels: contoso.com, contoso.onmicrosoft.com, contoso.onmicrosoft.us.
const domain = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const multiTenant = new Set(['common', 'consumers']);

export function checkClientId(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return 'Enter the Application (client) ID from your app registration’s Overview page.';
  if (!isGuid(value)) {
    return 'The Application (client) ID is a GUID like 3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13: copy it from the app registration’s Overview page.';
  }
  return null;
}

export function checkTenant(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'organizations' || isGuid(value) || domain.test(value)) return null;
  if (multiTenant.has(value)) {
    return `'${value}' would let personal Microsoft accounts in: use your tenant ID, a verified domain, or leave it empty.`;
  }
  if (/^https?:\/\//.test(value) || value.includes('/')) {
    return 'Enter only the tenant ID or domain (like contoso.onmicrosoft.com), not a URL.';
  }
  if (value.includes('@')) {
    return 'That is an email address: enter only its domain (the part after @), or the tenant ID.';
  }
  return 'The tenant is a Directory (tenant) ID (a GUID) or a verified domain like contoso.onmicrosoft.com; leave it empty to sign in to your account’s home tenant.';
}

export function checkCloud(raw: string): string | null {
  if (isCloud(raw)) return null;
  return `Choose one of the clouds: ${Object.values(clouds)
    .map((c) => c.label)
    .join(', ')}.`;
}

/** Validates and normalises (trimmed, lower-case tenant, empty tenant → 'organizations'). */
export function checkConnection(input: { clientId?: unknown; tenant?: unknown; cloud?: unknown }): ConnectionCheck {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const errors: ConnectionErrors = {};
  const clientId = str(input.clientId).trim().toLowerCase();
  const tenant = str(input.tenant).trim().toLowerCase() || 'organizations';
  const cloud = str(input.cloud);
  const clientError = checkClientId(clientId);
  const tenantError = checkTenant(tenant);
  const cloudError = checkCloud(cloud);
  if (clientError) errors.clientId = clientError;
  if (tenantError) errors.tenant = tenantError;
  if (cloudError) errors.cloud = cloudError;
  if (clientError || tenantError || cloudError || !isCloud(cloud)) return { ok: false, errors };
  return { ok: true, connection: { clientId, tenant, cloud } };
}

/** The authority MSAL signs in against: the cloud's login host and the tenant. */
export function authorityOf(connection: Connection): string {
  return `${clouds[connection.cloud].authorityHost}/${connection.tenant}`;
}
