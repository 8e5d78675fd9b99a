/**
 * Finding the tenant's regional Security & Compliance host (EXO-TEAMS-LIVE.md §2): a GET of
 * `{discoveryRoot}/adminapi/beta/{tenantId}/EXOBanner('AutogenSession')` that is not followed answers
 * 302 with `Location: https://{prefix}.admin.protection.outlook.com:446/…`; the cmdlets are then served
 * by `https://{prefix}.ps.compliance.protection.outlook.com` (CIPP, ScubaGear, Monkey365). Unverified
 * against a live tenant, so kept here, behind one injectable function: Node's fetch shows a manual
 * redirect's Location; an extension service worker's doesn't (an opaque redirect), so the extension
 * may pass its own (e.g. from webRequest). Without a regional host the discovery host itself is used.
 */

/** What a discovery is given: the same fetch, token and signal the reads use. */
export interface ComplianceDiscovery {
  readonly discoveryRoot: string;
  readonly tenantId: string;
  readonly token: string;
  readonly fetch: typeof fetch;
  readonly signal?: AbortSignal;
}

/** The regional root (`https://eur03.ps.compliance.protection.outlook.com`), or null when none was found. */
export type DiscoverComplianceRoot = (d: ComplianceDiscovery) => Promise<string | null>;

export function complianceDiscoveryUrl(discoveryRoot: string, tenantId: string): string {
  return `${discoveryRoot}/adminapi/beta/${encodeURIComponent(tenantId)}/EXOBanner('AutogenSession')`;
}

const IP_OR_LOCAL = /^(\d+\.\d+\.\d+\.\d+|\[[0-9a-f:]+\]|localhost)$/i;

/**
 * The regional root a redirect's Location names: its first host label under the discovery host, with
 * the discovery root's scheme and port. Built this way, the token only ever goes to a subdomain of the
 * discovery host, whatever the Location says. Null when the Location names no usable prefix, or the
 * discovery host is an address (a local simulator) that has no subdomains.
 */
export function regionalRoot(discoveryRoot: string, location: string): string | null {
  const root = new URL(discoveryRoot);
  if (IP_OR_LOCAL.test(root.hostname) || !URL.canParse(location, discoveryRoot)) return null;
  const prefix = new URL(location, discoveryRoot).hostname.split('.')[0] ?? '';
  // A Location on the discovery host itself names no region.
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/i.test(prefix) || prefix === root.hostname.split('.')[0]) return null;
  return `${root.protocol}//${prefix.toLowerCase()}.${root.host}`;
}

/** The discovery as Node runs it: `redirect: 'manual'`, then the Location header. */
export const discoverByRedirect: DiscoverComplianceRoot = async (d) => {
  try {
    const res = await d.fetch(complianceDiscoveryUrl(d.discoveryRoot, d.tenantId), {
      method: 'GET',
      redirect: 'manual',
      headers: { Authorization: `Bearer ${d.token}` },
      ...(d.signal ? { signal: d.signal } : {}),
    });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    return location ? regionalRoot(d.discoveryRoot, location) : null;
  } catch {
    return null;
  }
};
