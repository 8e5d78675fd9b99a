/**
 * The fake identity provider's directory of tenants (issue 16): the signed-in users' home tenants and
 * customer tenants a partner reaches with the same sign-in, each with its verified domains and whether
 * the app is consented there. Entra answers a tenant's OpenID configuration by id or verified domain
 * with the tenant's real issuer, and refuses an unknown one with AADSTS90002.
 * https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc
 * https://learn.microsoft.com/entra/identity-platform/v2-admin-consent
 */

/** A customer tenant in the fake directory. */
export interface FakeTenant {
  /** Directory (tenant) id, a GUID. */
  tid: string;
  /** Verified domains ('fabrikam.com', 'fabrikam.onmicrosoft.com'). */
  domains: string[];
  displayName: string;
  /** Whether the app has an administrator's consent there (service principal and grant). */
  consented: boolean;
}

/** Authority segments that name no one tenant. */
const MULTI_TENANT = new Set(['common', 'organizations', 'consumers']);

/** How the fake answers an authority's tenant segment. */
export type TenantLookup =
  | { kind: 'multiTenant' }
  /** A user's home tenant (consented: the app is registered or used there already). */
  | { kind: 'home'; tid: string }
  | { kind: 'customer'; tenant: FakeTenant }
  | { kind: 'unknown' };

export function createTenantDirectory(customers: readonly FakeTenant[]) {
  const tenants = customers.map((t) => ({
    ...t,
    tid: t.tid.toLowerCase(),
    domains: t.domains.map((d) => d.toLowerCase()),
  }));
  /** Home tenants of every user the fake has signed in, by id and by their usernames' domain. */
  const homes = new Map<string, string>();

  return {
    /** A user's home tenant becomes known (at start, and at every `setUser`). */
    addHome(tid: string, username: string): void {
      homes.set(tid.toLowerCase(), tid.toLowerCase());
      const domain = username.split('@')[1]?.toLowerCase();
      if (domain) homes.set(domain, tid.toLowerCase());
    },

    lookup(segment: string): TenantLookup {
      const s = segment.toLowerCase();
      if (MULTI_TENANT.has(s)) return { kind: 'multiTenant' };
      const tenant = tenants.find((t) => t.tid === s || t.domains.includes(s));
      if (tenant) return { kind: 'customer', tenant };
      const home = homes.get(s);
      return home ? { kind: 'home', tid: home } : { kind: 'unknown' };
    },

    /** An administrator of the tenant consented (the admin-consent page, or a test). */
    grantConsent(tid: string): void {
      const tenant = tenants.find((t) => t.tid === tid.toLowerCase());
      if (!tenant) throw new Error(`The fake directory has no tenant ${tid}.`);
      tenant.consented = true;
    },
  };
}

export type TenantDirectory = ReturnType<typeof createTenantDirectory>;

/** Entra's answer for a tenant it doesn't know, by id or domain (the OpenID configuration, the token endpoint). */
export function unknownTenantError(segment: string): Record<string, unknown> {
  return {
    error: 'invalid_tenant',
    error_description: `AADSTS90002: Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    error_codes: [90002],
  };
}

/** The tenant id an OpenID configuration names: the resolved id for a tenant, a placeholder for a multi-tenant segment. */
export function issuerTenant(found: TenantLookup, segment: string): string {
  switch (found.kind) {
    case 'customer':
      return found.tenant.tid;
    case 'home':
      return found.tid;
    case 'multiTenant':
    case 'unknown':
      return segment === 'consumers' ? '9188040d-6c67-4c5b-b112-36a304b66dad' : '{tenantid}';
  }
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What an administrator sees at `/{tenant}/v2.0/adminconsent`: the app, the tenant, the permissions, Accept. */
export function adminConsentPage(p: {
  segment: string;
  tenantName: string;
  scope: string;
  redirectUri: string;
  state: string;
}): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Permissions requested</title></head><body>
    <main>
      <h1>Permissions requested</h1>
      <p>Fake Microsoft identity platform (tests only). Accept for your organization: <strong>${escapeHtml(p.tenantName)}</strong>.</p>
      <p>Posture Lens would like to: ${escapeHtml(p.scope)}</p>
      <form method="post" action="/${encodeURIComponent(p.segment)}/v2.0/adminconsent/decide">
        ${hidden('redirect_uri', p.redirectUri)}${hidden('scope', p.scope)}${hidden('state', p.state)}
        <button type="submit" name="decision" value="accept">Accept</button>
        <button type="submit" name="decision" value="cancel">Cancel</button>
      </form>
    </main></body></html>`;
}
