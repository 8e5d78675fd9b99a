/**
 * The CLI's ServiceReader: the services whose token was given, read over Node's fetch (which shows a
 * manual redirect's Location, so the compliance host is discovered as the research describes), for
 * the tenant named by the tokens' `tid` claim.
 */
import type { ServiceReader } from '../lib/engine/scan/service-reader';
import { ADMIN_SERVICES, adminServiceInfo, type AdminService } from '../lib/graph/sources/admin-services';
import { createServiceReader } from '../lib/services/create-service-reader';
import type { ScanArgs } from './scan-args';
import { serviceOffWhy } from './service-args';
import { sharePointRootOfToken } from './sharepoint-root';
import { tenantIdOfToken } from './token-tenant';

/** The tenant id the services are read for, and which token said so. */
export function servicesTenant(args: Pick<ScanArgs, 'token' | 'services'>): { id: string; from: string } | undefined {
  const graph = tenantIdOfToken(args.token);
  if (graph) return { id: graph, from: '--token' };
  for (const s of ADMIN_SERVICES) {
    const id = tenantIdOfToken(args.services.tokens[s]);
    if (id) return { id, from: `the ${adminServiceInfo[s].label} token` };
  }
  return undefined;
}

const noSharePointRoot =
  'SharePoint Online was not read: its admin URL is neither given (--spo-url) nor the audience of --spo-token; get the token with az account get-access-token --resource https://{tenant}-admin.sharepoint.com.';

const noTenant = (s: AdminService) =>
  `${adminServiceInfo[s].label} was not read: the tenant id could not be read from the tid claim of --token or of the service's token.`;

export function cliServiceReader(
  args: Pick<ScanArgs, 'token' | 'services' | 'target'>,
  fetchImpl: typeof fetch,
): ServiceReader {
  const tokens = args.services.tokens;
  const tenant = servicesTenant(args);
  const spoRoot = args.services.roots.sharepoint ?? sharePointRootOfToken(tokens.sharepoint);
  const given = ADMIN_SERVICES.filter((s) => tokens[s] !== undefined && (s !== 'sharepoint' || spoRoot));
  const cloud = args.target.kind === 'graph' && args.target.cloud !== 'custom' ? args.target.cloud : 'global';
  return createServiceReader({
    tenantId: tenant?.id ?? '',
    cloud,
    enabled: new Set(tenant ? given : []),
    offWhy: (s) =>
      tokens[s] === undefined ? serviceOffWhy(s) : s === 'sharepoint' && !spoRoot ? noSharePointRoot : noTenant(s),
    getToken: (s) => {
      const token = tokens[s];
      return token ? Promise.resolve(token) : Promise.reject(new Error(`no ${s} token was given`));
    },
    fetch: fetchImpl,
    roots: { ...args.services.roots, ...(spoRoot ? { sharepoint: spoRoot } : {}) },
  });
}
