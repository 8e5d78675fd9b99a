/**
 * The shape of a Graph source declaration, in a file of its own so that Graph sources
 * (define-source.ts) and the DNS sources planned from them (define-dns-source.ts) don't import each
 * other. Types only.
 */
export type GraphVersion = 'v1.0' | 'beta';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; path: string; problem: string };

export interface SourceDef<T> {
  /** Stable name, e.g. `conditionalAccessPolicies`; shown in evidence and reasons. */
  readonly id: string;
  readonly version: GraphVersion;
  /** Path below the version segment, starting with `/`, without a query string. */
  readonly path: string;
  /** OData query options, sent in this order: `{ $select: 'id,state' }`. */
  readonly query?: Readonly<Record<string, string>>;
  /** Extra request headers, e.g. `ConsistencyLevel: eventual` for advanced queries. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Least-privileged delegated permission; always a read permission. */
  readonly permission: string;
  /** Collections follow `@odata.nextLink` and arrive as `{ value: [...all pages] }`. */
  readonly collection: boolean;
  /** Licence the endpoint itself needs (Graph answers 403 without it), when it needs one. */
  readonly licence?: LicenceRequirement;
  readonly parse: (body: unknown) => ParseResult<T>;
}

export interface LicenceRequirement {
  /** Human name, e.g. "Microsoft Entra ID P1". */
  readonly name: string;
  /** Any one of these service plans (subscribedSkus[].servicePlans[].servicePlanName) suffices. */
  readonly servicePlans: readonly string[];
}
