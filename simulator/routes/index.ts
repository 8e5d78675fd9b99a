import { adminRoutes } from './admin-routes';
import { auditRoutes } from './audit-routes';
import { directoryObjectRoutes } from './directory-object-routes';
import { intuneRoutes } from './intune-routes';
import { organizationRoutes } from './organization-routes';
import { partnerRoutes } from './partner-routes';
import { policyRoutes } from './policy-routes';
import { reportRoutes } from './report-routes';
import type { RouteDef } from './route-def';
import { roleRoutes } from './role-routes';

/** Every resource the simulator serves; the first route whose path matches wins. */
export const routes: readonly RouteDef[] = [
  ...organizationRoutes,
  ...directoryObjectRoutes,
  ...roleRoutes,
  ...policyRoutes,
  ...reportRoutes,
  ...auditRoutes,
  ...adminRoutes,
  ...intuneRoutes,
  ...partnerRoutes,
];
