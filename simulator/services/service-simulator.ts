/**
 * The admin services' side of the simulator (issue 17 §3): Exchange Online's and Security & Compliance's
 * InvokeCommand, the compliance discovery, Teams' configurations and SharePoint's tenant settings, answered from `TenantModel.services`
 * in PREAMBLE-17's wire format. `createGraphSimulator` hands it every request whose URL is a service's
 * (service-hosts.ts); it keeps its own counters, so Graph's stats don't change when a scan reads both.
 */
import type { AdminService } from '../../lib/graph/sources/admin-services';
import type { SimRequest, SimResponse } from '../graph-response';
import { lowerCaseKeys } from '../request-url';
import type { TenantModel } from '../tenant-model';
import { answerComplianceDiscovery, BANNER_SEGMENT } from './compliance-discovery';
import { answerInvokeCommand } from './invoke-command';
import { emptyServiceStats, recordViolation, type ServiceContext, type ServiceSimulatorStats } from './service-context';
import { createServiceFaultInjector, type ServiceFault } from './service-faults';
import type { ServiceRoute } from './service-hosts';
import { methodNotAllowedAnswer, notFoundAnswer } from './service-response';
import { answerSharePoint } from './sharepoint-tenant';
import { answerTeams } from './teams-configurations';

export interface ServiceSimulatorOptions {
  readonly faults?: readonly ServiceFault[];
  /** The tenant's regional compliance prefix the discovery redirects to; default `nam12b`. */
  readonly complianceRegion?: string;
}

export interface ServiceSimulator {
  handle(req: SimRequest, route: ServiceRoute): SimResponse;
  readonly stats: Readonly<ServiceSimulatorStats>;
  reset(): void;
}

const ADMINAPI = /^\/adminapi\/beta\/([^/]+)\/([^/]+)\/?$/i;

const decoded = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const isRead = (method: string): boolean => method === 'GET' || method === 'HEAD';

/** Exchange and compliance: InvokeCommand (POST), the discovery banner (GET), nothing else. */
function answerAdminApi(ctx: ServiceContext, route: ServiceRoute, req: SimRequest): SimResponse {
  const service: AdminService = route.service;
  const method = req.method.toUpperCase();
  const headers = lowerCaseKeys(req.headers);
  if (route.kind === 'regional' && route.prefix !== ctx.complianceRegion) {
    if (!isRead(method)) recordViolation(ctx, service, req, `${method} to another region's compliance host`);
    return notFoundAnswer(`This tenant isn't served from ${route.prefix ?? ''}: discover its host first.`);
  }
  const m = ADMINAPI.exec(route.rawPath);
  const tenantSegment = m?.[1] ?? '';
  const target = decoded(m?.[2] ?? '').toLowerCase();
  if (target === 'invokecommand') {
    if (method === 'POST') return answerInvokeCommand(ctx, route, req, headers, tenantSegment);
    if (!isRead(method)) recordViolation(ctx, service, req, `${method} to InvokeCommand`);
    return methodNotAllowedAnswer('POST');
  }
  if (service === 'compliance' && target === BANNER_SEGMENT.toLowerCase()) {
    if (method === 'GET') return answerComplianceDiscovery(ctx, route, headers, tenantSegment);
    if (!isRead(method)) recordViolation(ctx, service, req, `${method} to the discovery banner`);
    return methodNotAllowedAnswer('GET');
  }
  if (!isRead(method))
    recordViolation(ctx, service, req, `${method} ${route.rawPath}: only InvokeCommand takes a POST`);
  return notFoundAnswer(`No resource at ${route.rawPath}.`);
}

export function createServiceSimulator(tenant: TenantModel, options: ServiceSimulatorOptions = {}): ServiceSimulator {
  const ctx: ServiceContext = {
    tenant,
    faults: createServiceFaultInjector(options.faults ?? []),
    stats: emptyServiceStats(),
    complianceRegion: (options.complianceRegion ?? 'nam12b').toLowerCase(),
  };
  return {
    handle(req, route) {
      ctx.stats.httpCalls++;
      ctx.stats.byService[route.service] = (ctx.stats.byService[route.service] ?? 0) + 1;
      if (route.service === 'teams') return answerTeams(ctx, route, req, lowerCaseKeys(req.headers));
      if (route.service === 'sharepoint') return answerSharePoint(ctx, route, req, lowerCaseKeys(req.headers));
      return answerAdminApi(ctx, route, req);
    },
    get stats() {
      return ctx.stats;
    },
    reset() {
      Object.assign(ctx.stats, emptyServiceStats());
      ctx.faults.reset();
    },
  };
}
