/**
 * The contract between the engine and the admin-service transports (issue 17), like GraphReader's for
 * Graph: which services this scan may read for this tenant, and one call that reads every service
 * request at once. Implemented in lib/services (extension and CLI alike); types and the request list only.
 */
import type { AdminService } from '../../graph/sources/admin-services';
import {
  serviceSourceKey,
  type AnyServiceSource,
  type ServiceRequest,
} from '../../graph/sources/define-service-source';
import type { GraphOutcome } from '../../graph/sources/graph-request';

/** One read of an admin service; `key` is its source's key, unique in one call. */
export interface ServiceGet {
  readonly key: string;
  readonly service: AdminService;
  readonly request: ServiceRequest;
  /** Follow `@odata.nextLink` (InvokeCommand: re-POST the same body) and merge `value` arrays. */
  readonly collection: boolean;
}

/**
 * Whether a scan reads a service. Off, the controls that read it stay what they were without it (a
 * check by hand, decided by Microsoft's verdict where Microsoft scores it), saying `why`.
 */
export type ServiceAccess =
  | { readonly on: true }
  | {
      readonly on: false;
      /** One sentence: "Exchange Online reading is off for this tenant (Connect page › Admin services)." */
      readonly why: string;
    };

/** Counters per service, printed by the CLI and `npm run bench`. */
export interface ServiceStats {
  /** Logical reads made, page follow-ups included (each InvokeCommand of a `$batch` counts). */
  requests: number;
  /** HTTP calls on the wire: a `$batch` counts once, whatever it holds. */
  httpCalls: number;
  /** The longest chain of HTTP calls that had to wait for each other (discovery, then pages). */
  roundTrips: number;
  /** Requests sent again after 429/503/504 (a throttled read inside a batch included). */
  retries: number;
}

export interface ServiceReader {
  /** A plain function (no `this`), so the engine can pass it around. */
  readonly access: (service: AdminService) => ServiceAccess;
  /**
   * Reads every request (only of services that are on), all services in parallel. Never rejects for a
   * failed request: a failure is an outcome. A 200 whose body carries an error (InvokeCommand does
   * that) is a failed outcome with that error's code and message; a cmdlet the tenant's plan lacks has
   * code `CMDLET_NOT_AVAILABLE`.
   */
  read(gets: readonly ServiceGet[], signal?: AbortSignal): Promise<ReadonlyMap<string, GraphOutcome>>;
  readonly stats: Readonly<Partial<Record<AdminService, ServiceStats>>>;
}

/** The code a transport gives a cmdlet the tenant can't run ("The term 'Get-X' is not recognized"). */
export const CMDLET_NOT_AVAILABLE = 'CmdletNotAvailable';

/** The request for a service source: its key is the source's key. */
export function toServiceGet(s: AnyServiceSource): ServiceGet {
  return { key: serviceSourceKey(s), service: s.service, request: s.request, collection: s.collection };
}

/** Without a reader (a CLI run with no service token, the demo before a service is turned on). */
export const noServices: ServiceReader = {
  access: () => ({ on: false, why: 'No admin service is read in this scan.' }),
  read: () => Promise.resolve(new Map()),
  stats: {},
};
