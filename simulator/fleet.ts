/**
 * A fleet of simulated tenants (issue 16): several postures served at once, each under a tenant id of
 * its own, for the CLI's fleet tests and the bench, and later the extension's Tenants page. A copy of a
 * built-in tenant gets a new id everywhere the original's appears (organization, Secure Score, SKUs),
 * so nothing in its answers says it is a copy.
 */
import type { Fault } from './faults';
import type { TenantModel } from './tenant-model';
import { withGdapPartner, type GdapPartner } from './tenants/gdap-partner';
import { gdapRelationshipsWith } from './tenants/partner-relationships';
import { tenants, type TenantName } from './tenants/index';

/**
 * How a fleet tenant answers: one of the built-in postures, or `unconsented`: every Graph read is
 * refused with 403 Authorization_RequestDenied, as for a token whose app was never granted a scope in
 * that tenant.
 */
export type FleetPosture = TenantName | 'unconsented';

export const FLEET_POSTURES: readonly FleetPosture[] = ['contoso', 'hardenedE5', 'freshDefaults', 'unconsented'];

/** One tenant of a fleet. */
export interface FleetTenant {
  /** The tenant id: the `tid` of the tokens the fleet server answers for it. */
  readonly tid: string;
  readonly posture: FleetPosture;
  /** Failures this tenant's Graph injects (throttling that never ends, a forbidden path …). */
  readonly faults?: readonly Fault[];
  /** Another organization name and initial domain than its posture's (two tenants of one posture). */
  readonly renamed?: { readonly name: string; readonly initialDomain: string };
  /** Managed by this partner over GDAP: its groups hold roles here, and their members answer 404. */
  readonly gdapPartner?: GdapPartner;
  /** A partner's own tenant: its active GDAP relationships, one per customer (what the Tenants page lists). */
  readonly gdapCustomers?: readonly { readonly tenantId: string; readonly displayName: string }[];
}

/** The fleet's `n`th tenant id (from 1): a real GUID shape, recognisably simulated. */
export const fleetTenantId = (n: number): string => `f1ee7000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * `count` tenants cycling through `postures` (default: contoso, hardened, fresh defaults, unconsented),
 * ids from `fleetTenantId(1)` on: the bench and the tests name the same fleet from the same numbers.
 */
export function fleetOf(count: number, postures: readonly FleetPosture[] = FLEET_POSTURES): FleetTenant[] {
  return Array.from({ length: count }, (_, i) => ({
    tid: fleetTenantId(i + 1),
    posture: postures[i % postures.length] ?? 'contoso',
  }));
}

/** Replaces `from` with `to` in every string of a plain object tree, in place. */
function replaceIn(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.includes(from) ? value.replaceAll(from, to) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = replaceIn(value[i], from, to);
    return value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = replaceIn(record[key], from, to);
  }
  return value;
}

/**
 * A fresh model of `posture` under tenant id `tid` (`unconsented` serves Contoso's data, never reached),
 * renamed and managed over GDAP when the tenant says so.
 */
export function fleetModel(tenant: FleetTenant): TenantModel {
  const model = tenants[tenant.posture === 'unconsented' ? 'contoso' : tenant.posture]();
  const original = model.organization.id;
  if (original) replaceIn(model, original, tenant.tid);
  if (tenant.renamed) {
    const initial = model.domains.find((d) => d.isInitial)?.id;
    if (initial) replaceIn(model, initial, tenant.renamed.initialDomain);
    model.organization.displayName = tenant.renamed.name;
  }
  if (tenant.gdapCustomers) model.delegatedAdminRelationships = gdapRelationshipsWith(tenant.gdapCustomers);
  return tenant.gdapPartner ? withGdapPartner(model, tenant.gdapPartner) : model;
}

const base64Url = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * An unsigned JWT for tenant `tid`, as the fleet server reads one (tid only, no scopes: everything is
 * granted). For tests and the bench; the fake identity provider issues signed ones for the extension.
 */
export const fleetToken = (tid: string): string =>
  `${base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64Url(JSON.stringify({ tid }))}.sig`;
