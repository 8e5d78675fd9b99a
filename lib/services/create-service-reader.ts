/**
 * The ServiceReader the extension's background and the CLI give a scan (issue 17): Exchange Online,
 * Security & Compliance, Teams and SharePoint Online read at once, each with its own token and a few requests in flight,
 * every call checked read-only before it is sent, and stats per service.
 */
import type { ServiceAccess, ServiceGet, ServiceReader, ServiceStats } from '../engine/scan/service-reader';
import {
  adminServiceInfo,
  serviceEndpoints,
  tenantServiceEndpoint,
  type AdminService,
  type ServiceCloud,
} from '../graph/sources/admin-services';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { discoverByRedirect, type DiscoverComplianceRoot } from './compliance-host';
import { readServiceGets, type ServiceTarget } from './read-service-gets';
import { readOnlyFetch, type ServiceRoots } from './service-read-only';

export interface ServiceReaderOptions {
  readonly tenantId: string;
  readonly cloud: ServiceCloud;
  /** The services this scan reads; the rest answer `access()` off, saying `offWhy`. */
  readonly enabled: ReadonlySet<AdminService>;
  /** The sentence for a service not enabled (the CLI names its flag, the extension its Connect page). */
  readonly offWhy?: (service: AdminService) => string;
  /** Rejects when there is none (no consent, signed out…): that service's requests then fail with 401. */
  readonly getToken: (service: AdminService) => Promise<string>;
  readonly fetch: typeof fetch;
  /** Roots instead of the cloud's (tests, the CLI's --exo-url …), without a trailing slash. */
  readonly roots?: Partial<Record<AdminService, string>>;
  /**
   * The tenant's initial domain (`contoso.onmicrosoft.com`): the compliance anchor mailbox (without it
   * none is sent), and SharePoint's admin host (without it, or `roots.sharepoint`, SharePoint is off).
   */
  readonly initialDomain?: string;
  readonly sleep?: (ms: number) => Promise<void>;
  /** How the regional compliance host is found (default: the 302's Location, as Node can read it). */
  readonly discoverComplianceRoot?: DiscoverComplianceRoot;
  /** Requests in flight per service (default 4). */
  readonly concurrency?: number;
}

const defaultOffWhy = (s: AdminService) => `${adminServiceInfo[s].label} is not read in this scan.`;
const waitFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The roots calls go to: the overrides, else the cloud's. SharePoint's is the tenant's admin host, from
 * its initial domain; absent when neither it nor an override is given.
 */
export function serviceRoots(
  cloud: ServiceCloud,
  overrides: Partial<Record<AdminService, string>> = {},
  initialDomain?: string,
): ServiceRoots {
  const trim = (root: string) => root.replace(/\/+$/, '');
  const rootOf = (s: Exclude<AdminService, 'sharepoint'>) => trim(overrides[s] ?? serviceEndpoints[cloud][s].root);
  const sharepoint = overrides.sharepoint ?? tenantServiceEndpoint(cloud, 'sharepoint', initialDomain)?.root;
  return {
    exchange: rootOf('exchange'),
    compliance: rootOf('compliance'),
    teams: rootOf('teams'),
    ...(sharepoint ? { sharepoint: trim(sharepoint) } : {}),
  };
}

/** Why SharePoint is off although it was turned on: its admin host isn't known. */
export const SHAREPOINT_NO_HOST =
  "SharePoint Online was not read: its admin host ({tenant}-admin.sharepoint.com) is named after the tenant's initial domain ({tenant}.onmicrosoft.com), which is not known.";

const noToken = (s: AdminService, err: unknown): GraphOutcome => ({
  ok: false,
  status: 401,
  code: 'NoToken',
  message: `no token could be had for ${adminServiceInfo[s].label}: ${err instanceof Error ? err.message : String(err)}`,
});

export function createServiceReader(o: ServiceReaderOptions): ServiceReader {
  const stats: Partial<Record<AdminService, ServiceStats>> = {};
  const roots = serviceRoots(o.cloud, o.roots, o.initialDomain);
  const guarded = readOnlyFetch(o.fetch, roots);
  let regional: Promise<string | null> | undefined;
  const access = (s: AdminService): ServiceAccess => {
    if (!o.enabled.has(s)) return { on: false, why: (o.offWhy ?? defaultOffWhy)(s) };
    return s === 'sharepoint' && !roots.sharepoint ? { on: false, why: SHAREPOINT_NO_HOST } : { on: true };
  };

  /** The regional compliance root, discovered once per reader (the first read counts the call). */
  async function complianceRoot(st: ServiceStats, token: string, signal?: AbortSignal) {
    let depth = 0;
    if (!regional) {
      st.httpCalls += 1;
      st.roundTrips = Math.max(st.roundTrips, 1);
      depth = 1;
      regional = (o.discoverComplianceRoot ?? discoverByRedirect)({
        discoveryRoot: roots.compliance,
        tenantId: o.tenantId,
        token,
        fetch: guarded,
        ...(signal ? { signal } : {}),
      });
    }
    const root = await regional;
    if (root) return { root, depth };
    const note = `No regional Security & Compliance host was found, so its discovery host ${new URL(roots.compliance).host} was asked.`;
    return { root: roots.compliance, depth, note };
  }

  async function readOne(service: AdminService, gets: readonly ServiceGet[], signal?: AbortSignal) {
    const st = (stats[service] ??= { requests: 0, httpCalls: 0, roundTrips: 0, retries: 0 });
    let token: string;
    try {
      token = await o.getToken(service);
    } catch (err) {
      return gets.map((g) => [g.key, noToken(service, err)] as const);
    }
    const found = service === 'compliance' ? await complianceRoot(st, token, signal) : undefined;
    const target: ServiceTarget = {
      service,
      tenantId: o.tenantId,
      // access() keeps SharePoint off without its root, so every service read has one here.
      root: found?.root ?? roots[service] ?? '',
      token,
      startDepth: found?.depth ?? 0,
      ...(o.initialDomain ? { initialDomain: o.initialDomain } : {}),
      ...(found?.note ? { note: found.note } : {}),
    };
    const ctx = {
      label: adminServiceInfo[service].label,
      fetch: guarded,
      sleep: o.sleep ?? waitFor,
      policy: { maxRetries: 4, maxRetryAfterSeconds: 30 },
      now: () => Date.now(),
      random: Math.random,
      stats: st,
      ...(signal ? { signal } : {}),
    };
    return readServiceGets(ctx, target, gets, Math.max(1, Math.floor(o.concurrency ?? 4)));
  }

  return {
    access,
    stats,
    async read(gets, signal) {
      const byService = new Map<AdminService, ServiceGet[]>();
      for (const g of gets)
        if (access(g.service).on) byService.set(g.service, [...(byService.get(g.service) ?? []), g]);
      const answers = await Promise.all([...byService].map(([s, list]) => readOne(s, list, signal)));
      return new Map(answers.flat());
    },
  };
}
