/**
 * An in-memory ServiceReader for control tests: answers each allow-listed cmdlet and Teams
 * configuration, and SharePoint's tenant settings, from a simulated tenant's `services` data, the way the transports hand answers to the
 * engine (collections as `{ value: [...] }`, one configuration instance as the object itself), with
 * faults per cmdlet or configuration. The HTTP path (transports and simulator) has its own tests.
 */
import type { AdminService } from '../lib/graph/sources/admin-services';
import { adminServiceInfo } from '../lib/graph/sources/admin-services';
import type { AllowedCmdlet, TeamsConfiguration } from '../lib/graph/sources/cmdlet-allow-list';
import type { ServiceRequest } from '../lib/graph/sources/define-service-source';
import type { GraphOutcome } from '../lib/graph/sources/graph-request';
import { CMDLET_NOT_AVAILABLE, type ServiceReader, type ServiceStats } from '../lib/engine/scan/service-reader';
import type { ServiceData, ServiceObject } from '../simulator/services/service-data';

/** What a fault targets: a cmdlet, a Teams configuration, or SharePoint's one read. */
export type ServiceFaultTarget = AllowedCmdlet | TeamsConfiguration | 'SPO.Tenant';

/** The service answers one cmdlet or configuration this way instead. */
export interface ServiceFault {
  readonly target: ServiceFaultTarget;
  /** An HTTP error (401, 403, 429, 500 …), or 200 with `body` as the answer (malformed data). */
  readonly status: number;
  readonly body?: unknown;
  readonly code?: string;
  readonly message?: string;
}

export interface FakeServiceOptions {
  /** Services the scan doesn't read ("off for this tenant"); default none. */
  readonly off?: readonly AdminService[];
  readonly faults?: readonly ServiceFault[];
}

const OFF_WHY = (s: AdminService) =>
  `${adminServiceInfo[s].label} reading is off for this tenant (Connect page › Admin services).`;

function matches(o: ServiceObject, key: string, value: unknown): boolean {
  return typeof value === 'string' && (o[key] === value || (key === 'Identity' && o.Name === value));
}

function answer(data: ServiceData | undefined, r: ServiceRequest, collection: boolean): GraphOutcome {
  if (r.kind === 'cmdlet') {
    const out = data?.cmdlets[r.cmdlet];
    if (!out)
      return {
        ok: false,
        status: 400,
        code: CMDLET_NOT_AVAILABLE,
        message: `The term '${r.cmdlet}' is not recognized as a name of a cmdlet`,
      };
    const params = Object.entries(r.parameters ?? {}).filter(([k]) => k === 'Identity' || k === 'RecipientTypeDetails');
    const value = out.filter((o) => params.every(([k, v]) => matches(o, k, v)));
    return { ok: true, status: 200, body: { value }, pages: 1 };
  }
  if (r.kind === 'sharepointTenant')
    return data?.sharepoint
      ? { ok: true, status: 200, body: data.sharepoint, pages: 1 }
      : { ok: false, status: 404, message: 'This tenant has no SharePoint Online.' };
  const all = data?.teams[r.configuration] ?? [];
  if (r.identity === undefined || collection) return { ok: true, status: 200, body: { value: all }, pages: 1 };
  const one = all.find((o) => o.Identity === r.identity || o.Identity === `Tag:${r.identity}`);
  return one
    ? { ok: true, status: 200, body: one, pages: 1 }
    : { ok: false, status: 404, message: `No ${r.configuration} ${r.identity}` };
}

export function fakeServiceReader(data: ServiceData | undefined, opts: FakeServiceOptions = {}): ServiceReader {
  const stats: Partial<Record<AdminService, ServiceStats>> = {};
  return {
    access: (s) => (opts.off?.includes(s) ? { on: false, why: OFF_WHY(s) } : { on: true }),
    read(gets) {
      const out = new Map<string, GraphOutcome>();
      for (const g of gets) {
        const st = (stats[g.service] ??= { requests: 0, httpCalls: 0, roundTrips: 1, retries: 0 });
        st.requests++;
        st.httpCalls++;
        const r = g.request;
        const target =
          r.kind === 'cmdlet' ? r.cmdlet : r.kind === 'teamsConfiguration' ? r.configuration : 'SPO.Tenant';
        const fault = opts.faults?.find((f) => f.target === target);
        if (fault && fault.status === 200) out.set(g.key, { ok: true, status: 200, body: fault.body, pages: 1 });
        else if (fault)
          out.set(g.key, {
            ok: false,
            status: fault.status,
            ...(fault.code ? { code: fault.code } : {}),
            message: fault.message ?? `HTTP ${fault.status}`,
          });
        else out.set(g.key, answer(data, g.request, g.collection));
      }
      return Promise.resolve(out);
    },
    stats,
  };
}
