import type { FilterFunction, FilterOperator } from '../odata-filter';
import type { Licence } from '../licences';
import type { TenantModel } from '../tenant-model';

export type ApiVersion = 'v1.0' | 'beta';

export interface RouteContext {
  readonly tenant: TenantModel;
  readonly version: ApiVersion;
  /** Path parameters, e.g. `{ id: 'contoso.com' }`, decoded. */
  readonly params: Readonly<Record<string, string>>;
}

export type RouteAnswer =
  | { readonly kind: 'collection'; readonly items: readonly object[] }
  | { readonly kind: 'entity'; readonly entity: object }
  | { readonly kind: 'notFound'; readonly id: string };

/** Which `$filter` a resource accepts; anything else is a 400, as in Graph. */
export interface FilterSupport {
  /** Filterable properties (top-level names, case-insensitive). */
  readonly properties: readonly string[];
  /** Default: `startswith` (plus `endswith` as an advanced query on directory objects). */
  readonly functions?: readonly FilterFunction[];
  /** Default: all. */
  readonly operators?: readonly FilterOperator[];
  /** Properties the filter must constrain (PIM policy assignments need scopeId and scopeType). */
  readonly required?: readonly string[];
}

/** Graph's answer when the tenant lacks a licence the endpoint needs. */
export interface LicenceGate {
  readonly licence: Licence;
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

export type Expander = (item: object, ctx: RouteContext, nested: string | null) => unknown;

/**
 * One Graph resource the simulator serves: where it lives, what it takes to read it, which query
 * options it accepts, and how its data comes out of the tenant model.
 */
export interface RouteDef {
  /** Below the version, `{name}` for one segment, e.g. `/users/{id}` or `/directoryRoles/roleTemplateId={templateId}`. */
  readonly path: string;
  /** Default: both. */
  readonly versions?: readonly ApiVersion[];
  /** Resource type name for messages, e.g. `User`. */
  readonly resource: string;
  /** Any one of these delegated scopes suffices: the least privileged first, then the higher ones Graph accepts. */
  readonly permissions: readonly string[];
  readonly licence?: LicenceGate;
  /** Graph documents the endpoint as Global Administrator only. */
  readonly globalAdminOnly?: boolean;
  /** `@odata.context` after `$metadata#`, e.g. `users` or `policies/authorizationPolicy/$entity`. */
  readonly context: string;
  /** Directory objects follow the advanced-query rules (`ConsistencyLevel: eventual`). */
  readonly directoryObject?: boolean;
  /** Collections that page: default page size and the largest `$top`. */
  readonly page?: { readonly size: number; readonly max: number };
  /** Default true. URD refuses `$select`. */
  readonly select?: boolean;
  readonly filter?: FilterSupport;
  readonly orderBy?: readonly string[];
  /** `$top` accepted (default: when the route pages). */
  readonly top?: boolean;
  /** `$count=true` and the `/$count` segment accepted. */
  readonly count?: boolean;
  readonly expand?: Readonly<Record<string, Expander>>;
  /** Navigation properties kept in the model but served only when expanded. */
  readonly navigation?: readonly string[];
  /** v1.0 returns only these when there is no `$select` (users). */
  readonly defaultProperties?: readonly string[];
  /** Per-version shaping, e.g. dropping beta-only fields from a v1.0 answer. */
  readonly view?: (item: object, version: ApiVersion) => object;
  readonly resolve: (ctx: RouteContext) => RouteAnswer;
}

export function defineRoute(def: RouteDef): RouteDef {
  return Object.freeze({ ...def });
}

export const collection = (items: readonly object[]): RouteAnswer => ({ kind: 'collection', items });
export const entity = (value: object): RouteAnswer => ({ kind: 'entity', entity: value });
/** An entity looked up by id: found, or Graph's 404. */
export const entityOrNotFound = (value: object | undefined, id: string): RouteAnswer =>
  value === undefined ? { kind: 'notFound', id } : { kind: 'entity', entity: value };

export function param(ctx: RouteContext, name: string): string {
  const v = ctx.params[name];
  if (v === undefined) throw new Error(`route has no parameter ${name}`);
  return v;
}

export const sameId = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
