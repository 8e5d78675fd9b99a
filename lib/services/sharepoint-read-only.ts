/**
 * SharePoint Online's part of the read-only invariant: the one call Posture Lens makes to it is
 * `GET {adminRoot}/_api/SPO.Tenant` (SHAREPOINT_TENANT_PATH), with no query, on the tenant's admin host.
 * Its token is AllSites.FullControl (Microsoft offers no read-only scope for this API), so this fence,
 * not the scope, is what keeps the read a read.
 */
import { SHAREPOINT_TENANT_PATH } from '../graph/sources/cmdlet-allow-list';

/** `contoso-admin.sharepoint.com` and its national-cloud forms. */
const ADMIN_HOST = /^[a-z0-9][a-z0-9-]*-admin\.sharepoint(?:-mil)?\.(?:com|us|cn)$/i;
/** Any SharePoint Online host: only its admin hosts are ever read. */
const SHAREPOINT_HOST = /(?:^|\.)sharepoint(?:-mil)?\.(?:com|us|cn)$/i;

/** True for a tenant's SharePoint admin host (`contoso-admin.sharepoint.com`). */
export function isSharePointAdminHost(host: string): boolean {
  return ADMIN_HOST.test(host);
}

/**
 * Null when `method url` is the tenant-settings read under `root`, else why not. A root on a SharePoint
 * domain must be an admin host; another root (a local stand-in for tests and the CLI) is taken as given.
 */
export function refusedSharePointCall(method: string, url: URL, root: string): string | null {
  const r = new URL(root);
  if (SHAREPOINT_HOST.test(r.hostname) && !isSharePointAdminHost(r.hostname))
    return `${r.host} is not a SharePoint admin host`;
  if (method !== 'GET') return `SharePoint Online is only read with GET, not ${method}`;
  const path = `${r.pathname.replace(/\/+$/, '')}${SHAREPOINT_TENANT_PATH}`;
  if (url.pathname !== path || url.search !== '')
    return `GET ${url.pathname}${url.search} is not ${SHAREPOINT_TENANT_PATH}`;
  return null;
}
