/**
 * The Connect page's "Admin services" section (issue 17): per tenant, which services a scan reads
 * besides Graph, and where each stands. Types and the payload check the background runs first.
 */
import { isAdminService, type AdminService, type AdminServiceInfo } from '../graph/sources/admin-services';

/**
 * Where one service stands for the tenant: `off` (the default), `on` (turned on and consented), or
 * `refused` (turned on, but the last scan or the consent couldn't read it: `why` says what to do).
 */
export type AdminServiceStatus = 'off' | 'on' | 'refused';

export interface AdminServiceView extends AdminServiceInfo {
  readonly service: AdminService;
  readonly status: AdminServiceStatus;
  /** For `refused`: the last scan's or the consent's sentence. */
  readonly why: string | null;
  /**
   * The host patterns the browser must allow (optional host permissions), asked for in Turn on's click:
   * for SharePoint, exactly the tenant's admin host.
   */
  readonly hosts: readonly string[];
  /** Why it can't be turned on yet (SharePoint before the tenant's initial domain is known); null when it can. */
  readonly unavailable: string | null;
}

export interface AdminServicesView {
  /** The tenant these are for: the signed-in one, or the demo's when the demo is shown; null for none. */
  readonly tenantId: string | null;
  readonly tenantName: string | null;
  readonly demo: boolean;
  readonly services: readonly AdminServiceView[];
}

/** Turn one of the shown tenant's admin services on or off. */
export interface SetAdminServicePayload {
  readonly tenantId: string;
  readonly service: AdminService;
  readonly on: boolean;
}

/** `{ tenantId, service, on }` and nothing else. */
export function isSetAdminServicePayload(p: unknown): p is SetAdminServicePayload {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const o = p as Record<string, unknown>;
  return (
    Object.keys(o).length === 3 &&
    typeof o.tenantId === 'string' &&
    /^[\w.-]{1,200}$/.test(o.tenantId) &&
    isAdminService(o.service) &&
    typeof o.on === 'boolean'
  );
}
