/**
 * Security & Compliance's host discovery (EXO-TEAMS-LIVE.md §2, CIPP's New-ExoRequest):
 * `GET {complianceRoot}/adminapi/beta/{tenantId}/EXOBanner('AutogenSession')`, read without following
 * redirects, answers 302 with `Location: https://{prefix}.admin.protection.outlook.com:446/…`; clients
 * then POST cmdlets to `https://{prefix}.ps.compliance.protection.outlook.com`. The tenant's regional
 * host and a local root answer without a redirect (the client keeps the host it asked). The banner's
 * own body isn't documented in what we read: the simulator answers an empty one.
 */
import type { SimResponse } from '../graph-response';
import { missingBearer, wrongTenant } from './request-checks';
import type { ServiceContext } from './service-context';
import { complianceRedirectHost, type ServiceRoute } from './service-hosts';
import { serviceJson } from './service-response';

export const BANNER_SEGMENT = "EXOBanner('AutogenSession')";

export function answerComplianceDiscovery(
  ctx: ServiceContext,
  route: ServiceRoute,
  headers: Readonly<Record<string, string>>,
  tenantSegment: string,
): SimResponse {
  ctx.stats.discoveries++;
  const denied = missingBearer(headers) ?? wrongTenant(ctx.tenant, tenantSegment);
  if (denied) return denied;
  const injected = ctx.faults.answer('EXOBanner');
  if (injected) return injected;
  if (route.kind === 'discovery') {
    const host = complianceRedirectHost(route.cloud, ctx.complianceRegion);
    const query = route.rawQuery === '' ? '' : `?${route.rawQuery}`;
    const location = `https://${host}/adminapi/beta/${tenantSegment}/${BANNER_SEGMENT}${query}`;
    return { status: 302, headers: { location, 'content-length': '0' }, body: '' };
  }
  return serviceJson(200, {
    '@odata.context': `${route.root}/adminapi/beta/${tenantSegment}/$metadata#EXOBanner`,
    value: '',
  });
}
