/**
 * The hosts the admin services (issue 17) are read from, as host-permission match patterns. They are
 * optional host permissions: asked for in the click that turns a service on, so an install shows none.
 */
import {
  ADMIN_SERVICES,
  serviceEndpoints,
  TENANT_PLACEHOLDER,
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

/** Every service in every cloud, for the manifest's `optional_host_permissions`. */
export const serviceHostPermissions: readonly string[] = [
  ...new Set(
    (Object.keys(serviceEndpoints) as ServiceCloud[]).flatMap((cloud) =>
      ADMIN_SERVICES.flatMap((s) => serviceHostPatterns(cloud, s)),
    ),
  ),
];
