/**
 * The checks every admin-service request passes before it is answered: a bearer token (401 without),
 * and for Exchange and compliance the tenant in the path (the token's tenant; another tenant's id is
 * refused like a token for the wrong tenant, 401, and a segment that is no tenant id at all is a 404).
 */
import type { AdminService } from '../../lib/graph/sources/admin-services';
import type { SimRequest, SimResponse } from '../graph-response';
import type { TenantModel } from '../tenant-model';
import { recordViolation, tenantIds, type ServiceContext } from './service-context';
import { methodNotAllowedAnswer, notFoundAnswer, unauthorizedAnswer } from './service-response';

/**
 * The 405 (and a recorded violation) for anything but a GET to a service read with GET only (SharePoint,
 * Teams), or null for a GET. `label` names the service in the violation ("SharePoint").
 */
export function notGet(
  ctx: ServiceContext,
  service: AdminService,
  label: string,
  req: SimRequest,
  path: string,
): SimResponse | null {
  const method = req.method.toUpperCase();
  if (method === 'GET') return null;
  recordViolation(ctx, service, req, `${method} ${path}: ${label} is read with GET only`);
  return methodNotAllowedAnswer('GET');
}

/** The 401 for a request without a usable `Authorization: Bearer …`, or null when it has one. */
export function missingBearer(headers: Readonly<Record<string, string>>): SimResponse | null {
  const value = headers['authorization']?.trim() ?? '';
  if (value === '') return unauthorizedAnswer('The request has no access token.');
  if (!/^Bearer\s+\S+/i.test(value)) return unauthorizedAnswer('The access token is not a bearer token.');
  return null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** The answer refusing `segment` as this tenant's id, or null when it is the tenant's GUID or initial domain. */
export function wrongTenant(tenant: TenantModel, segment: string): SimResponse | null {
  let id: string;
  try {
    id = decodeURIComponent(segment).toLowerCase();
  } catch {
    return notFoundAnswer(`'${segment}' is not a tenant.`);
  }
  const own = tenantIds(tenant);
  if (id === own.guid || (own.initialDomain !== undefined && id === own.initialDomain)) return null;
  if (GUID.test(id) || DOMAIN.test(id))
    return unauthorizedAnswer(`The access token was not issued for tenant '${segment}'.`);
  return notFoundAnswer(`'${segment}' is not a tenant.`);
}
