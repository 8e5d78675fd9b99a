/**
 * The read-only invariant for the admin services, beside Graph's (lib/graph/read-only.ts): the only
 * calls Posture Lens makes to them are a POST of an allow-listed `Get-*` CmdletInput to
 * `/adminapi/beta/{tenantId}/InvokeCommand` on the Exchange or compliance hosts, the compliance
 * discovery GET, GETs of listed Teams configurations on the Teams host, and the one GET of SharePoint's
 * tenant settings on its admin host (sharepoint-read-only.ts). The reader's fetch checks
 * every call here, so a change that would send anything else fails before it leaves; the run-level
 * tests check every call a scan made with the same function.
 */
import type { AdminService } from '../graph/sources/admin-services';
import { isTeamsConfiguration, refusedCmdlet } from '../graph/sources/cmdlet-allow-list';
import { refusedSharePointCall } from './sharepoint-read-only';

/**
 * The roots calls may go to: the compliance root's subdomains are its regional hosts. SharePoint's is
 * the tenant's own admin host, absent when it isn't known (then nothing goes to SharePoint).
 */
export type ServiceRoots = Readonly<Record<Exclude<AdminService, 'sharepoint'>, string>> & {
  readonly sharepoint?: string;
};

export interface ServiceCall {
  readonly method: string;
  /** Absolute URL. */
  readonly url: string;
  /** The JSON body as sent (parsed). */
  readonly body?: unknown;
}

const INVOKE = /^\/adminapi\/beta\/[^/]+\/InvokeCommand$/;
const DISCOVERY = /^\/adminapi\/beta\/[^/]+\/EXOBanner\('AutogenSession'\)$/;
const TEAMS = /^\/Skype\.Policy\/configurations\/([^/]+)(?:\/configuration\/[^/]+)?$/;

/** The services a URL's origin belongs to (one host may serve several: a local stand-in, tests). */
function servicesAt(url: URL, roots: ServiceRoots): AdminService[] {
  return (Object.entries(roots) as [AdminService, string | undefined][]).flatMap(([service, root]) => {
    if (root === undefined) return [];
    const r = new URL(root);
    if (url.origin === r.origin) return [service];
    const regional = service === 'compliance' && url.protocol === r.protocol && url.host.endsWith(`.${r.host}`);
    return regional ? [service] : [];
  });
}

// The discovery names its entity with quotes, which a fetch may send percent-encoded.
function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** Null when `call` only reads `service`, else why not. */
function refusedFor(service: AdminService, call: ServiceCall, url: URL, roots: ServiceRoots): string | null {
  const path = url.pathname;
  if (service === 'sharepoint') return refusedSharePointCall(call.method, url, roots.sharepoint ?? url.origin);
  if (service === 'teams') {
    if (call.method !== 'GET') return `Teams is only read with GET, not ${call.method}`;
    const name = TEAMS.exec(path)?.[1];
    return isTeamsConfiguration(name) ? null : `${path} is not a listed Teams configuration`;
  }
  if (call.method === 'GET')
    return service === 'compliance' && DISCOVERY.test(decodedPath(url))
      ? null
      : `GET ${path} is not the compliance discovery`;
  if (call.method !== 'POST') return `Posture Lens never sends ${call.method}`;
  if (!INVOKE.test(path)) return `POST ${path} is not InvokeCommand`;
  return refusedCmdlet(service, call.body);
}

/** Null when `call` only reads an admin service, else why not. */
export function refusedServiceCall(call: ServiceCall, roots: ServiceRoots): string | null {
  if (!URL.canParse(call.url)) return `${call.url} is not a URL`;
  const url = new URL(call.url);
  const services = servicesAt(url, roots);
  if (services.length === 0) return `${url.origin} is not an admin-service host`;
  const refusals = services.map((s) => refusedFor(s, call, url, roots));
  return refusals.includes(null) ? null : (refusals[0] ?? null);
}

/** Throws unless `call` only reads (see refusedServiceCall). */
export function assertServiceReadOnly(call: ServiceCall, roots: ServiceRoots): void {
  const why = refusedServiceCall(call, roots);
  if (why) throw new Error(`Posture Lens only reads the admin services: ${why}.`);
}

/** `fetch`, checking every call before it is sent. */
export function readOnlyFetch(fetchImpl: typeof fetch, roots: ServiceRoots): typeof fetch {
  return (input, init) => {
    try {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const text = typeof init?.body === 'string' ? init.body : undefined;
      const body = text === undefined ? undefined : (JSON.parse(text) as unknown);
      assertServiceReadOnly({ method: init?.method ?? 'GET', url, body }, roots);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return fetchImpl(input, init);
  };
}
