/**
 * What every admin-service request of one simulator shares: the tenant, the injected faults, the
 * compliance region it is served from, and the counters tests and the bench read (kept apart from
 * Graph's, which don't change when a scan also reads the services).
 */
import type { AdminService } from '../../lib/graph/sources/admin-services';
import type { SimRequest } from '../graph-response';
import type { TenantModel } from '../tenant-model';
import type { ServiceFaultInjector } from './service-faults';

/** A request the read-only discipline forbids: a cmdlet off the allow-list, a write to Teams… */
export interface ServiceViolation {
  readonly service: AdminService;
  readonly method: string;
  readonly url: string;
  /** Why it is refused: refusedCmdlet's sentence, or the method and path. */
  readonly reason: string;
  /** The cmdlet the body named, when it named one. */
  readonly cmdlet?: string;
}

export interface ServiceSimulatorStats {
  /** HTTP calls to any admin service (discovery and each page included). */
  httpCalls: number;
  byService: Partial<Record<AdminService, number>>;
  /** InvokeCommand calls per cmdlet, page follow-ups included. */
  byCmdlet: Record<string, number>;
  /** Teams GETs per configuration name. */
  byConfiguration: Record<string, number>;
  /** Compliance discovery GETs. */
  discoveries: number;
  /** Exchange `$batch` POSTs answered (each also one HTTP call; its sub-requests count in byCmdlet). */
  batches: number;
  /** Everything refused as a write or off the allow-list: a read-only test asserts this stays empty. */
  violations: ServiceViolation[];
}

export const emptyServiceStats = (): ServiceSimulatorStats => ({
  httpCalls: 0,
  byService: {},
  byCmdlet: {},
  byConfiguration: {},
  discoveries: 0,
  batches: 0,
  violations: [],
});

export interface ServiceContext {
  readonly tenant: TenantModel;
  readonly faults: ServiceFaultInjector;
  readonly stats: ServiceSimulatorStats;
  /** The tenant's regional compliance prefix (`nam12b`): discovery redirects there. */
  readonly complianceRegion: string;
}

export function recordViolation(
  ctx: ServiceContext,
  service: AdminService,
  req: SimRequest,
  reason: string,
  cmdlet?: string,
): void {
  ctx.stats.violations.push({
    service,
    method: req.method.toUpperCase(),
    url: req.url,
    reason,
    ...(cmdlet === undefined ? {} : { cmdlet }),
  });
}

/** The tenant's ids Exchange accepts in `/adminapi/beta/{tenantId}/…`: its GUID and initial domain. */
export function tenantIds(tenant: TenantModel): { readonly guid: string; readonly initialDomain: string | undefined } {
  return {
    guid: (tenant.organization.id ?? '').toLowerCase(),
    initialDomain: tenant.domains.find((d) => d.isInitial)?.id?.toLowerCase(),
  };
}
