/**
 * The signed-in tenant's initial domain (`contoso.onmicrosoft.com`) from one Graph read, for a tenant
 * not scanned yet: SharePoint's admin host is named after it (issue 17). The same organization read,
 * permission and parser as a scan's first wave, through the same read-only client: one GET, no batch.
 */
import { tenantIdentityOf } from '../engine/scan/tenant-identity';
import { clouds, createGraphClient } from '../graph/client';
import { sourceKey, sourceUrl } from '../graph/sources/define-source';
import { organization } from '../graph/sources/organization';
import type { SignedInSession } from './tenant-scan-service';

/** The domain, or why there is none, as a phrase ("Graph answered 403 …"). */
export type InitialDomainRead =
  { readonly ok: true; readonly domain: string } | { readonly ok: false; readonly why: string };

export async function readInitialDomain(
  session: Pick<SignedInSession, 'connection' | 'account' | 'getToken'>,
  fetchFn: typeof fetch,
): Promise<InitialDomainRead> {
  const client = createGraphClient({
    graphRoot: clouds[session.connection.cloud].graphRoot,
    fetch: fetchFn,
    getToken: session.getToken,
    batch: false,
    maxRetries: 1,
  });
  const key = sourceKey(organization);
  const get = { key, version: organization.version, url: sourceUrl(organization), collection: organization.collection };
  const outcome = (await client.getAll([get])).get(key);
  if (!outcome?.ok) {
    const status = outcome ? `HTTP ${outcome.status}: ${outcome.message}` : 'no answer';
    return { ok: false, why: `the organization read failed (${status})` };
  }
  const parsed = organization.parse(outcome.body);
  const identity = tenantIdentityOf(parsed.ok ? parsed : { ok: false, why: `${parsed.path} ${parsed.problem}` });
  if (!identity.ok) return { ok: false, why: identity.why };
  // Another tenant's answer never names this one's host.
  if (identity.id !== session.account.tenantId.toLowerCase())
    return { ok: false, why: `the organization read answered as another tenant (${identity.id})` };
  if (!identity.initialDomain) return { ok: false, why: 'the organization read named no single initial domain' };
  return { ok: true, domain: identity.initialDomain };
}
