/**
 * The link an administrator of a customer tenant opens to consent to the app there (issue 16): Entra's
 * v2 admin-consent endpoint for that tenant, asking for every permission the app registration lists
 * (`{Graph}/.default`). The administrator signs in to that tenant, sees the app's name, publisher and
 * permissions, and accepts for the whole organization; Entra then sends the tab to the redirect URI
 * with `admin_consent=True&tenant=…` (or `error=…` when declined).
 * https://learn.microsoft.com/entra/identity-platform/v2-admin-consent
 */
import { clouds } from '../graph/clouds';
import { isGuid } from '../graph/sources/guid';
import type { Connection } from './validate-connection';

/** `{authority host}/{tenant}/v2.0/adminconsent?client_id=…&scope={Graph root}/.default&redirect_uri=…`; null for a tenant that isn't a GUID. */
export function adminConsentUrl(c: Connection, redirectUri: string, tenantId: string): string | null {
  if (!isGuid(tenantId)) return null;
  const { authorityHost, graphRoot } = clouds[c.cloud];
  const url = new URL(`${authorityHost}/${tenantId.toLowerCase()}/v2.0/adminconsent`);
  url.searchParams.set('client_id', c.clientId);
  url.searchParams.set('scope', `${graphRoot}/.default`);
  url.searchParams.set('redirect_uri', redirectUri);
  return url.href;
}
