/**
 * The hosts the admin services (issue 17) are read from, as host-permission match patterns. They are
 * optional host permissions: asked for in the click that turns a service on, so an install shows none.
 */
import {
  ADMIN_SERVICES,
  serviceEndpoints,
  TENANT_PLACEHOLDER,
  tenantServiceEndpoint,
  type AdminService,
  type ServiceCloud,
} from './sources/admin-services';

/**
 * One pattern per service and cloud: `https://*.outlook.office365.com/*` matches the root itself and
 * its subdomains (the compliance service's regional `{prefix}.ps.compliance…` host, for one).
 */
export function serviceHostPatterns(cloud: ServiceCloud, service: AdminService): string[] {
  const root = serviceEndpoints[cloud][service].root;
  // SharePoint's admin host is the tenant's own ({tenant}-admin.sharepoint.com): its domain is the pattern.
  const perTenant = `https://${TENANT_PLACEHOLDER}-admin.`;
  if (root.startsWith(perTenant)) return [`https://*.${root.slice(perTenant.length)}/*`];
  return [`https://*.${new URL(root).host}/*`];
}

/**
 * The hosts one tenant's service is read from, as the browser is asked to allow them in Turn on's
 * click: the service's pattern, except SharePoint's, which is exactly the tenant's admin host
 * (`https://contoso-admin.sharepoint.com/*`: Chrome's patterns can't say `*-admin.sharepoint.com`, and
 * `*.sharepoint.com` would also reach every site's content). Null when that host isn't known yet.
 */
export function tenantServiceHostPatterns(
  cloud: ServiceCloud,
  service: AdminService,
  initialDomain: string | undefined,
): string[] | null {
  const endpoint = tenantServiceEndpoint(cloud, service, initialDomain);
  if (!endpoint) return null;
  if (endpoint.root === serviceEndpoints[cloud][service].root) return serviceHostPatterns(cloud, service);
  return [`${endpoint.root}/*`];
}

/** Every service in every cloud, for the manifest's `optional_host_permissions`. */
export const serviceHostPermissions: readonly string[] = [
  ...new Set(
    (Object.keys(serviceEndpoints) as ServiceCloud[]).flatMap((cloud) =>
      ADMIN_SERVICES.flatMap((s) => serviceHostPatterns(cloud, s)),
    ),
  ),
];
