/**
 * The admin-service reader each scan of a tenant reads through (issue 17): lib/services'
 * createServiceReader (injected, so this wiring is tested with an in-memory reader), enabled for the
 * services the tenant turned on whose host the browser allows and for which a silent token can be had.
 * A service that can't be read is off for that scan, saying why; it never stops the Graph scan.
 * SharePoint's host is the tenant's own, named after its initial domain (lib/background/initial-domains.ts).
 */
import type { ServiceReaderOptions } from '../services/create-service-reader';
import type { AdminService, ServiceCloud } from '../graph/sources/admin-services';
import { tenantServiceHostPatterns } from '../graph/service-hosts';
import type { ServiceReader } from '../engine/scan/service-reader';
import type { ScanResult } from '../engine/scan/run-scan';
import type { DemoServices } from '../scanner/demo-scan';
import { noInitialDomainWhy, offWhy, refusalsIn, type AdminServicesSetting } from './admin-services';
import type { InitialDomains } from './initial-domains';

/** lib/services' createServiceReader's options. */
export type ServiceReaderFactoryOptions = ServiceReaderOptions;

export type ServiceReaderFactory = (o: ServiceReaderFactoryOptions) => ServiceReader;

/** The signed-in tenant, as far as reading its services goes. */
export interface ServiceSession {
  readonly connection: { readonly cloud: ServiceCloud };
  readonly account: { readonly tenantId: string };
  /** `initialDomain` names SharePoint's resource (`https://contoso-admin.sharepoint.com`). */
  readonly getServiceToken?: (service: AdminService, initialDomain?: string) => Promise<string>;
}

export interface ServiceReadersDeps {
  settings: Pick<AdminServicesSetting, 'forTenant' | 'noteRefusals'>;
  /** Each tenant's initial domain: SharePoint's admin host is named after it. */
  initialDomains: Pick<InitialDomains, 'known' | 'find' | 'afterScan'>;
  /** createServiceReader; absent: no scan reads a service (each says so). */
  create?: ServiceReaderFactory;
  /** The browser allows requests to these host patterns (optional host permissions granted). */
  hostsAllowed(patterns: readonly string[]): Promise<boolean>;
  /** The network; the signed-in tenant's services are read with it. */
  fetch: typeof fetch;
}

const DEMO_TOKEN = 'demo-service-token';

/** A reader that reads nothing, each service saying why (off for the tenant, or refused): no request is made. */
export function servicesOff(why: (service: AdminService) => string): ServiceReader {
  return { access: (s) => ({ on: false, why: why(s) }), read: () => Promise.resolve(new Map()), stats: {} };
}

function hostWhy(patterns: readonly string[]): string {
  const host = patterns.join(', ');
  return `This browser doesn't allow Posture Lens to reach ${host}: turn the service off and on again on the Connect page › Admin services to allow it.`;
}

/**
 * Which of the services that are on (`on`) this scan may read, and why each other one can't be: its
 * host unknown (SharePoint's, before the initial domain is) or not allowed, or no token to be had.
 * `token` null: the demo, read in-process (no host to allow, no token to ask for).
 */
async function decide(
  hostsAllowed: ServiceReadersDeps['hostsAllowed'],
  on: ReadonlySet<AdminService>,
  cloud: ServiceCloud,
  token: ((s: AdminService) => Promise<string>) | null,
  initialDomain: string | undefined,
): Promise<{ enabled: Set<AdminService>; refused: Map<AdminService, string> }> {
  const enabled = new Set<AdminService>();
  const refused = new Map<AdminService, string>();
  await Promise.all(
    [...on].map(async (s) => {
      if (!token) return enabled.add(s);
      const hosts = tenantServiceHostPatterns(cloud, s, initialDomain);
      if (!hosts) return refused.set(s, noInitialDomainWhy(s));
      // A renamed tenant's new SharePoint host isn't allowed yet: Turn off and on asks for it.
      if (!(await hostsAllowed(hosts))) return refused.set(s, hostWhy(hosts));
      try {
        await token(s);
        enabled.add(s);
      } catch (err) {
        refused.set(s, err instanceof Error ? err.message : String(err));
      }
    }),
  );
  return { enabled, refused };
}

export function createServiceReaders(deps: ServiceReadersDeps) {
  return {
    /** The signed-in tenant's reader for one scan: its services that are on and can be read. */
    async forSignedIn(session: ServiceSession): Promise<ServiceReader> {
      const tenantId = session.account.tenantId;
      const cloud = session.connection.cloud;
      const serviceToken = session.getServiceToken;
      const { on } = await deps.settings.forTenant(tenantId);
      if (!deps.create || !serviceToken || on.size === 0) return servicesOff(offWhy);
      // SharePoint needs the domain (its host): found, with a Graph read if need be. Compliance's anchor
      // mailbox takes it when already known; no Graph read for that alone.
      const initialDomain = on.has('sharepoint')
        ? await deps.initialDomains.find(tenantId)
        : await deps.initialDomains.known(tenantId);
      const getToken = (s: AdminService) => serviceToken(s, initialDomain);
      const { enabled, refused } = await decide((p) => deps.hostsAllowed(p), on, cloud, getToken, initialDomain);
      // Refused before reading: recorded now, as a scan that fails later on Graph would lose it.
      await deps.settings.noteRefusals(tenantId, refused);
      return deps.create({
        tenantId,
        cloud,
        enabled,
        offWhy: (s) => refused.get(s) ?? offWhy(s),
        getToken,
        fetch: deps.fetch,
        ...(initialDomain ? { initialDomain } : {}),
      });
    },

    /** The demo tenant's reader over the simulator's fetch, for the services it turned on. */
    forDemo(tenantId: string): DemoServices {
      return async (simulatorFetch, initialDomain) => {
        const { on } = await deps.settings.forTenant(tenantId);
        if (!deps.create || on.size === 0) return servicesOff(offWhy);
        const { enabled, refused } = await decide((p) => deps.hostsAllowed(p), on, 'global', null, initialDomain);
        return deps.create({
          tenantId,
          cloud: 'global',
          enabled,
          offWhy: (s) => refused.get(s) ?? offWhy(s),
          getToken: () => Promise.resolve(DEMO_TOKEN),
          fetch: simulatorFetch,
          ...(initialDomain ? { initialDomain } : {}),
        });
      };
    },

    /**
     * After a scan was saved: its initial domain is kept, and each service that is on is now read, or
     * refused with the scan's sentence.
     */
    async afterScan(scan: ScanResult): Promise<void> {
      await deps.initialDomains.afterScan(scan);
      const { on } = await deps.settings.forTenant(scan.tenant.id);
      if (on.size > 0) await deps.settings.noteRefusals(scan.tenant.id, refusalsIn(scan, on));
    },
  };
}

export type ServiceReaders = ReturnType<typeof createServiceReaders>;
