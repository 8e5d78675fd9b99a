/**
 * Which admin service a request URL is for (issue 17), so one simulator answers Graph and the services
 * alike: Exchange Online's, the compliance discovery and regional hosts and Teams' ConfigAPI in every
 * cloud (lib/graph/sources/admin-services.ts `serviceEndpoints`), any tenant's SharePoint admin host
 * (`{prefix}-admin.sharepoint.com` and its national-cloud forms), and the local roots a test or the CLI
 * points `--exo-url` / `--compliance-url` / `--teams-url` at (`localServiceRoots`). Anything else is Graph.
 */
import {
  ADMIN_SERVICES,
  serviceEndpoints,
  TENANT_PLACEHOLDER,
  type AdminService,
  type ServiceCloud,
} from '../../lib/graph/sources/admin-services';

/**
 * How the compliance host was reached: the cloud's discovery host (it redirects to the tenant's
 * regional host), a regional `{prefix}.ps.compliance…` host, or a local root (no redirect: the client
 * keeps using it). Exchange and Teams hosts are `microsoft` or `local`.
 */
export type ServiceHostKind = 'microsoft' | 'discovery' | 'regional' | 'local';

export interface ServiceRoute {
  readonly service: AdminService;
  readonly kind: ServiceHostKind;
  /** The root the request was made under, no trailing slash: `https://outlook.office365.com`, `http://127.0.0.1:1234/exchange`. */
  readonly root: string;
  /** The cloud of a Microsoft host; local roots answer as the global cloud. */
  readonly cloud: ServiceCloud;
  /** For `regional`: the host's first label (`nam12b`); for SharePoint's admin host, the tenant's (`contoso`). */
  readonly prefix?: string;
  /** The path under the root, still encoded: `/adminapi/beta/{tid}/InvokeCommand`. */
  readonly rawPath: string;
  readonly rawQuery: string;
}

/** The path segment each service answers under on a local simulator: `${url}/exchange/adminapi/…`. */
const LOCAL_SEGMENT: Readonly<Record<AdminService, string>> = {
  exchange: 'exchange',
  compliance: 'compliance',
  teams: 'teams',
  sharepoint: 'sharepoint',
};

/**
 * The service roots of a simulator served at `url` (serve-http's `http://127.0.0.1:PORT`, or any
 * non-Microsoft origin a test routes to the simulator): pass them as the CLI's `--exo-url`,
 * `--compliance-url` and `--teams-url`, or as a service reader's `roots`.
 */
export function localServiceRoots(url: string): Readonly<Record<AdminService, string>> {
  const base = url.replace(/\/+$/, '');
  return {
    exchange: `${base}/${LOCAL_SEGMENT.exchange}`,
    compliance: `${base}/${LOCAL_SEGMENT.compliance}`,
    teams: `${base}/${LOCAL_SEGMENT.teams}`,
    sharepoint: `${base}/${LOCAL_SEGMENT.sharepoint}`,
  };
}

const hostOf = (root: string): string => new URL(root).host.toLowerCase();

/** `ps.compliance.protection.outlook.com` from `l5.ps.compliance.protection.office365.us` and the like. */
function complianceBase(discoveryHost: string): string {
  const at = discoveryHost.indexOf('ps.compliance.');
  return at < 0 ? discoveryHost : discoveryHost.slice(at);
}

interface CloudHosts {
  readonly cloud: ServiceCloud;
  readonly exchange: string;
  readonly discovery: string;
  readonly complianceBase: string;
  readonly teams: string;
  /** SharePoint's domain: admin hosts are `{prefix}-admin.` + it. */
  readonly sharepoint: string;
}

const CLOUD_HOSTS: readonly CloudHosts[] = (Object.keys(serviceEndpoints) as ServiceCloud[]).map((cloud) => {
  const e = serviceEndpoints[cloud];
  const discovery = hostOf(e.compliance.root);
  return {
    cloud,
    exchange: hostOf(e.exchange.root),
    discovery,
    complianceBase: complianceBase(discovery),
    teams: hostOf(e.teams.root),
    sharepoint: e.sharepoint.root.replace(`https://${TENANT_PLACEHOLDER}-admin.`, '').toLowerCase(),
  };
});

/**
 * The host the compliance discovery redirects to for a regional prefix, as Microsoft's does
 * (EXO-TEAMS-LIVE.md §2): `nam12b.admin.protection.outlook.com:446`.
 */
export function complianceRedirectHost(cloud: ServiceCloud, prefix: string): string {
  const hosts = CLOUD_HOSTS.find((h) => h.cloud === cloud);
  const suffix = (hosts?.complianceBase ?? 'ps.compliance.protection.outlook.com').replace(/^ps\.compliance\./, '');
  return `${prefix}.admin.${suffix}:446`;
}

/** The regional compliance host clients use after discovery: `nam12b.ps.compliance.protection.outlook.com`. */
export function complianceRegionalHost(cloud: ServiceCloud, prefix: string): string {
  const hosts = CLOUD_HOSTS.find((h) => h.cloud === cloud);
  return `${prefix}.${hosts?.complianceBase ?? 'ps.compliance.protection.outlook.com'}`;
}

const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);

function microsoftHost(host: string): Omit<ServiceRoute, 'root' | 'rawPath' | 'rawQuery'> | null {
  // Discovery hosts first: DoD's (`l5.ps.compliance…office365.us`) looks like a GCC High regional host.
  const discovery = CLOUD_HOSTS.find((h) => host === h.discovery);
  if (discovery) return { service: 'compliance', kind: 'discovery', cloud: discovery.cloud };
  for (const h of CLOUD_HOSTS) {
    if (host === h.exchange || host.endsWith(`.${h.exchange}`))
      return { service: 'exchange', kind: 'microsoft', cloud: h.cloud };
    // `{prefix}.ps.compliance…`, or `{prefix}.` + a discovery host that has a label of its own (DoD's l5).
    for (const base of new Set([h.discovery, h.complianceBase])) {
      const prefix = host.endsWith(`.${base}`) ? host.slice(0, -base.length - 1) : '';
      if (prefix !== '' && !prefix.includes('.'))
        return { service: 'compliance', kind: 'regional', cloud: h.cloud, prefix };
    }
    if (host === h.teams) return { service: 'teams', kind: 'microsoft', cloud: h.cloud };
    const admin = host.endsWith(`-admin.${h.sharepoint}`) ? host.slice(0, -`-admin.${h.sharepoint}`.length) : '';
    if (/^[a-z0-9][a-z0-9-]*$/.test(admin))
      return { service: 'sharepoint', kind: 'microsoft', cloud: h.cloud, prefix: admin };
  }
  return null;
}

/** The service an absolute URL is for, or null for Graph (and for relative URLs, which are Graph's). */
export function serviceRoute(url: string): ServiceRoute | null {
  const m = /^([a-z][a-z0-9+.-]*:\/\/([^/?#]+))([^?#]*)(?:\?([^#]*))?/i.exec(url);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const origin = m[1];
  const host = m[2].toLowerCase().replace(/:443$/, '');
  const path = m[3] ?? '';
  const rawQuery = m[4] ?? '';
  const known = microsoftHost(host);
  if (known) return { ...known, root: origin, rawPath: path === '' ? '/' : path, rawQuery };
  if (GRAPH_HOSTS.has(host)) return null;
  for (const service of ADMIN_SERVICES) {
    const segment = `/${LOCAL_SEGMENT[service]}`;
    if (path === segment || path.startsWith(`${segment}/`)) {
      const rawPath = path.slice(segment.length) || '/';
      return { service, kind: 'local', cloud: 'global', root: `${origin}${segment}`, rawPath, rawQuery };
    }
  }
  return null;
}

/** A request that reached `service`'s own local port (serve-http): the root is the URL's origin. */
export function originRoute(url: string, service: AdminService): ServiceRoute | null {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)([^?#]*)(?:\?([^#]*))?/i.exec(url);
  if (!m || m[1] === undefined) return null;
  return { service, kind: 'local', cloud: 'global', root: m[1], rawPath: m[2] || '/', rawQuery: m[3] ?? '' };
}

/**
 * Every Microsoft host the simulator answers for the services, in all clouds, as URL globs
 * (`https://outlook.office365.com/**`, `https://*.ps.compliance.protection.outlook.com/**`): what an
 * e2e test routes to the simulator (test/e2e/admin-pages.ts `serveAdminServices`).
 */
export const SERVICE_URL_GLOBS: readonly string[] = [
  ...new Set(
    CLOUD_HOSTS.flatMap((h) => [
      `https://${h.exchange}/**`,
      `https://*.${h.exchange}/**`,
      `https://${h.discovery}/**`,
      `https://*.${h.complianceBase}/**`,
      `https://${h.teams}/**`,
      `https://*-admin.${h.sharepoint}/**`,
    ]),
  ),
];
