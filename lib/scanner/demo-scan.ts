/**
 * The built-in demo tenant, scanned and rescanned through the same client and engine as a real
 * tenant: the simulators answer in-process instead of Microsoft Graph and a DNS-over-HTTPS resolver.
 * No sign-in, no network. The extension's only way to the simulator (the layer rules hold it to that).
 */
import type { Declarations } from '../engine/scan/declarations';
import type { ScanResult } from '../engine/scan/run-scan';
import type { ServiceReader } from '../engine/scan/service-reader';
import { rebaseAuditLog } from '../../simulator/audit-log';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import type { TenantModel } from '../../simulator/tenant-model';
import { contoso } from '../../simulator/tenants/contoso';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { SNAPSHOT_DATE } from '../../simulator/tenants/well-known';
import { rescanTenant } from './rescan';
import { scanTenant, type ScanTenantOptions } from './scan-tenant';

/** The simulator's root; never contacted over the network (its fetch is in-process). */
export const DEMO_GRAPH_ROOT = 'https://graph.microsoft.com';
/** The demo tenant's id, to find its previous scan before the next. */
export const DEMO_TENANT_ID = TENANT_ID;
/** The DNS simulator's endpoint; never contacted over the network either. */
export const DEMO_DOH_URL = 'https://dns.simulator.invalid/dns-query';

/**
 * Builds the demo scan's admin-service reader over the simulator's fetch (which answers those hosts
 * too), given the simulated tenant's initial domain (it names SharePoint's admin host).
 */
export type DemoServices = (simulatorFetch: typeof fetch, initialDomain: string | undefined) => Promise<ServiceReader>;

/** The simulated tenant's `*.onmicrosoft.com` domain. */
function initialDomainOf(tenant: TenantModel): string | undefined {
  return tenant.domains.find((d) => d.isInitial)?.id?.toLowerCase();
}

export async function scanDemoTenant(
  opts: Pick<ScanTenantOptions, 'clock' | 'signal' | 'onProgress' | 'previous' | 'declarations'> & {
    /** The services the demo tenant turned on, read from the simulator; absent: none. */
    services?: DemoServices;
  } = {},
): Promise<ScanResult> {
  const tenant = contoso();
  // The demo's audit log is dated before its fixed snapshot: moved to now, a scan today finds it.
  rebaseAuditLog(tenant, SNAPSHOT_DATE, new Date((opts.clock ?? Date.now)()));
  const sim = createGraphSimulator(tenant);
  const services = await opts.services?.(sim.fetch, initialDomainOf(tenant));
  return scanTenant({
    graphRoot: DEMO_GRAPH_ROOT,
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('demo-tenant-token'),
    doh: { url: DEMO_DOH_URL, fetch: createDnsSimulator(tenant).fetch },
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.declarations ? { declarations: opts.declarations } : {}),
    ...(services ? { services } : {}),
  });
}

/** The demo tenant (Contoso, or another simulated tenant in tests), read in-process. */
export async function rescanDemoTenant(
  latest: ScanResult,
  controlIds: readonly string[],
  opts: { tenant?: TenantModel; clock?: () => number; declarations?: Declarations; services?: DemoServices } = {},
): Promise<ScanResult> {
  const tenant = opts.tenant ?? contoso();
  const sim = createGraphSimulator(tenant);
  const services = await opts.services?.(sim.fetch, initialDomainOf(tenant));
  return rescanTenant({
    latest,
    controlIds,
    graphRoot: DEMO_GRAPH_ROOT,
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('demo-tenant-token'),
    doh: { url: DEMO_DOH_URL, fetch: createDnsSimulator(tenant).fetch },
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.declarations ? { declarations: opts.declarations } : {}),
    ...(services ? { services } : {}),
  });
}
