/**
 * SharePoint Online's tenant settings as its admin API answers them: `GET {adminRoot}/_api/SPO.Tenant`
 * (ScubaGear's Get-SPOTenantRest) → 200 with the settings, wrapped in `d` with `__metadata` when the
 * request asks for `odata=verbose` (as Posture Lens and ScubaGear do), flat otherwise. Only that GET
 * reads: another method is a 405 and a recorded violation, another path a 404 and a violation (Posture
 * Lens never sends one). A token for another tenant's admin host is refused like one for the wrong tenant.
 */
import { SHAREPOINT_TENANT_PATH } from '../../lib/graph/sources/cmdlet-allow-list';
import type { SimRequest, SimResponse } from '../graph-response';
import { missingBearer, notGet } from './request-checks';
import { recordViolation, tenantIds, type ServiceContext } from './service-context';
import type { ServiceRoute } from './service-hosts';
import { notFoundAnswer, unauthorizedAnswer } from './service-response';

/** The entity type SharePoint names in `__metadata`. */
const TENANT_TYPE = 'Microsoft.Online.SharePoint.TenantAdministration.Tenant';

function tenantJson(root: string, settings: Record<string, unknown>, verbose: boolean): SimResponse {
  const uri = `${root}${SHAREPOINT_TENANT_PATH}`;
  const body = verbose ? { d: { __metadata: { id: uri, uri, type: TENANT_TYPE }, ...settings } } : settings;
  const type = verbose
    ? 'application/json;odata=verbose;charset=utf-8'
    : 'application/json;odata=nometadata;charset=utf-8';
  return { status: 200, headers: { 'content-type': type }, body: JSON.stringify(body) };
}

/** The 401 for a Microsoft admin host that isn't this tenant's, or null. */
function otherTenantsHost(ctx: ServiceContext, route: ServiceRoute): SimResponse | null {
  if (route.kind !== 'microsoft') return null;
  const own = tenantIds(ctx.tenant).initialDomain?.split('.')[0];
  return route.prefix === own ? null : unauthorizedAnswer(`The access token was not issued for ${route.root}.`);
}

export function answerSharePoint(
  ctx: ServiceContext,
  route: ServiceRoute,
  req: SimRequest,
  headers: Readonly<Record<string, string>>,
): SimResponse {
  const refused = notGet(ctx, 'sharepoint', 'SharePoint', req, route.rawPath);
  if (refused) return refused;
  if (route.rawPath.toLowerCase() !== SHAREPOINT_TENANT_PATH.toLowerCase() || route.rawQuery !== '') {
    recordViolation(ctx, 'sharepoint', req, `GET ${route.rawPath}: only ${SHAREPOINT_TENANT_PATH} is read`);
    return notFoundAnswer(`No SharePoint resource at ${route.rawPath}.`);
  }
  const denied = missingBearer(headers) ?? otherTenantsHost(ctx, route);
  if (denied) return denied;
  const injected = ctx.faults.answer('SPO.Tenant');
  if (injected) return injected;
  const settings = ctx.tenant.services?.sharepoint;
  if (!settings) return notFoundAnswer('This tenant has no SharePoint Online.');
  return tenantJson(route.root, settings, /odata=verbose/i.test(headers['accept'] ?? ''));
}
