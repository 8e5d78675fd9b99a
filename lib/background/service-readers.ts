/**
 * The admin-service reader each scan of a tenant reads through (issue 17): lib/services'
 * createServiceReader (injected, so this wiring is tested with an in-memory reader), enabled for the
 * services the tenant turned on whose host the browser allows and for which a silent token can be had.
 * A service that can't be read is off for that scan, saying why; it never stops the Graph scan.
 */
import type { ServiceReaderOptions } from '../services/create-service-reader';
import type { AdminService, ServiceCloud } from '../graph/sources/admin-services';
import { serviceHostPatterns } from '../graph/service-hosts';
import type { ServiceReader } from '../engine/scan/service-reader';
import type { ScanResult } from '../engine/scan/run-scan';
import type { DemoServices } from '../scanner/demo-scan';
import { offWhy, refusalsIn, type AdminServicesSetting } from './admin-services';

/** What lib/services/create-service-reader.ts's createServiceReader takes (PREAMBLE-17's contract). */
/** lib/services' createServiceReader's options. */
export type ServiceReaderFactoryOptions = ServiceReaderOptions;

export type ServiceReaderFactory = (o: ServiceReaderFactoryOptions) => ServiceReader;

/** The signed-in tenant, as far as reading its services goes. */
export interface ServiceSession {
  readonly connection: { readonly cloud: ServiceCloud };
  readonly account: { readonly tenantId: string };
  readonly getServiceToken?: (service: AdminService) => Promise<string>;
}

export interface ServiceReadersDeps {
  settings: Pick<AdminServicesSetting, 'forTenant' | 'noteRefusals'>;
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

function hostWhy(service: AdminService, cloud: ServiceCloud): string {
  const host = serviceHostPatterns(cloud, service).join(', ');
  return `This browser doesn't allow Posture Lens to reach ${host}: turn the service off and on again on the Connect page › Admin services to allow it.`;
}

export function createServiceReaders(deps: ServiceReadersDeps) {
  /** The services of `tenantId` this scan may read, and why each other one that is on can't be. */
  async function decide(
    tenantId: string,
    cloud: ServiceCloud,
    token: ((s: AdminService) => Promise<string>) | null,
  ): Promise<{ enabled: Set<AdminService>; refused: Map<AdminService, string> }> {
    const { on } = await deps.settings.forTenant(tenantId);
    const enabled = new Set<AdminService>();
    const refused = new Map<AdminService, string>();
    await Promise.all(
      [...on].map(async (s) => {
        // The demo (no token source) is read in-process: no host to allow, no token to ask for.
        if (!token) return enabled.add(s);
        if (!(await deps.hostsAllowed(serviceHostPatterns(cloud, s)))) return refused.set(s, hostWhy(s, cloud));
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

  return {
    /** The signed-in tenant's reader for one scan: its services that are on and can be read. */
    async forSignedIn(session: ServiceSession): Promise<ServiceReader> {
      const tenantId = session.account.tenantId;
      const cloud = session.connection.cloud;
      const getToken = session.getServiceToken;
      if (!deps.create || !getToken || (await deps.settings.forTenant(tenantId)).on.size === 0)
        return servicesOff(offWhy);
      const { enabled, refused } = await decide(tenantId, cloud, getToken);
      // Refused before reading: recorded now, as a scan that fails later on Graph would lose it.
      await deps.settings.noteRefusals(tenantId, refused);
      return deps.create({
        tenantId,
        cloud,
        enabled,
        offWhy: (s) => refused.get(s) ?? offWhy(s),
        getToken,
        fetch: deps.fetch,
      });
    },

    /** The demo tenant's reader over the simulator's fetch, for the services it turned on. */
    forDemo(tenantId: string): DemoServices {
      return async (simulatorFetch) => {
        if (!deps.create || (await deps.settings.forTenant(tenantId)).on.size === 0) return servicesOff(offWhy);
        const { enabled, refused } = await decide(tenantId, 'global', null);
        return deps.create({
          tenantId,
          cloud: 'global',
          enabled,
          offWhy: (s) => refused.get(s) ?? offWhy(s),
          getToken: () => Promise.resolve(DEMO_TOKEN),
          fetch: simulatorFetch,
        });
      };
    },

    /** After a scan was saved: each service that is on is now read, or refused with the scan's sentence. */
    async afterScan(scan: ScanResult): Promise<void> {
      const { on } = await deps.settings.forTenant(scan.tenant.id);
      if (on.size > 0) await deps.settings.noteRefusals(scan.tenant.id, refusalsIn(scan, on));
    },
  };
}

export type ServiceReaders = ReturnType<typeof createServiceReaders>;
