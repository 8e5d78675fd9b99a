/**
 * A Graph source: one read-only GET, declared once with the least-privileged delegated permission
 * that its Graph reference page names, and a `parse` that turns unknown JSON into typed data or
 * names the field that was missing or malformed.
 */
import { dnsSourceKey, type DnsSourceDef } from './define-dns-source';
import {
  isServiceSource,
  serviceSourceKey,
  type AnyServiceSource,
  type ServiceSourceDef,
} from './define-service-source';
import type { GraphVersion, LicenceRequirement, ParseResult, SourceDef } from './source-def';

export type { GraphVersion, LicenceRequirement, ParseResult, SourceDef } from './source-def';

/** The type a source parses to. */
export type SourceValue<S> =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parent type doesn't matter here
  S extends DerivedSourceDef<any, infer T>
    ? Record<string, T>
    : // eslint-disable-next-line @typescript-eslint/no-explicit-any -- nor here
      S extends DnsSourceDef<any, infer T>
      ? Record<string, T>
      : S extends ServiceSourceDef<infer T>
        ? T
        : S extends SourceDef<infer T>
          ? T
          : never;

export function defineSource<T>(def: SourceDef<T>): SourceDef<T> {
  return Object.freeze({ ...def });
}

/** The relative URL sent to Graph (inside a `$batch` or appended to `<root>/<version>`). */
export function sourceUrl(source: Pick<SourceDef<unknown>, 'path' | 'query'>): string {
  const q = Object.entries(source.query ?? {});
  if (q.length === 0) return source.path;
  // Graph accepts OData's `$` and `'` unescaped; encoding only what URLs require keeps URLs readable in evidence.
  const encode = (s: string): string =>
    encodeURIComponent(s).replace(/%24/g, '$').replace(/%27/g, "'").replace(/%2C/g, ',').replace(/%2F/g, '/');
  return `${source.path}?${q.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}`;
}

/** De-duplication key and the label shown to people: `GET /v1.0/policies/authorizationPolicy`. */
export function sourceKey(source: Pick<SourceDef<unknown>, 'version' | 'path' | 'query'>): string {
  return `GET /${source.version}${sourceUrl(source)}`;
}

/** One follow-up GET a derived source makes for an item of its parent (e.g. one excluded group). */
export interface FollowUpRequest {
  /** The item it is about, e.g. a group id; keys the derived value. */
  readonly key: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly collection: boolean;
  /** The permission this request needs when it isn't its source's (a role read beside group reads). */
  readonly permission?: string;
  /** Licence the endpoint needs; Graph answers 403 with a licence code without it. */
  readonly licence?: LicenceRequirement;
  /**
   * Graph's "no licence" answer is itself an answer (documented, e.g. no PIM eligibility exists without
   * Entra ID P2): `parse` then receives `NOT_LICENSED` instead of failing the source.
   */
  readonly notLicensedIsAnAnswer?: boolean;
  /**
   * A 404 is itself an answer: `parse` then receives `NOT_FOUND` instead of failing the source. For a
   * group that holds a role but isn't in the tenant's directory (a partner's group over GDAP).
   */
  readonly notFoundIsAnAnswer?: boolean;
  /**
   * Only names things for people (a group's or user's display name), never decides a verdict: when it
   * fails, its key is simply absent and the source still succeeds.
   */
  readonly cosmetic?: boolean;
  /** What the request reads, in words, so a failure names it: "the members of group 'Sales' (…)". */
  readonly about?: string;
}

/** The body `parse` receives for a follow-up whose "no licence" answer is an answer; JSON can't forge it. */
export const NOT_LICENSED: unique symbol = Symbol('notLicensed');
/** The body `parse` receives for a follow-up whose 404 is an answer; JSON can't forge it either. */
export const NOT_FOUND: unique symbol = Symbol('notFound');

/**
 * A source whose requests depend on another source's data, e.g. the members of the groups a
 * conditional access policy excludes. Read in a second wave, after its parent; its value is a record
 * from item key to parsed body. If the parent or any follow-up fails, the whole source fails.
 */
export interface DerivedSourceDef<P, T> {
  readonly id: string;
  readonly derived: true;
  readonly from: SourceDef<P>;
  readonly version: GraphVersion;
  /** How the requests look, for people and evidence: `/groups/{id}/members`. */
  readonly pathTemplate: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly permission: string;
  readonly licence?: LicenceRequirement;
  readonly requests: (parent: P) => readonly FollowUpRequest[];
  /**
   * Further follow-ups planned from what the earlier waves returned (the groups nested in a group),
   * read in one more wave each, up to `maxWaves` waves in all; keys already read are never read again.
   */
  readonly next?: (value: Readonly<Record<string, T>>) => readonly FollowUpRequest[];
  /** Most waves of follow-ups (the first included); 1 when absent. */
  readonly maxWaves?: number;
  /** `key` is the follow-up's key, for sources whose follow-ups read different resources. */
  readonly parse: (body: unknown, key: string) => ParseResult<T>;
}

export function defineDerivedSource<P, T>(def: Omit<DerivedSourceDef<P, T>, 'derived'>): DerivedSourceDef<P, T> {
  return Object.freeze({ ...def, derived: true as const });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Graph source, whatever it parses to
export type AnyGraphSource = SourceDef<any> | DerivedSourceDef<any, any>;
/** Any source a control may declare: Graph (static or derived), DNS, or an admin service (issue 17). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any source, whatever it parses to
export type AnySource = AnyGraphSource | DnsSourceDef<any, any> | AnyServiceSource;

export { isServiceSource } from './define-service-source';

export function isDerived(s: AnySource): s is DerivedSourceDef<unknown, unknown> {
  return 'derived' in s;
}

/** A DNS source: lookups, not Graph requests, and no Graph permission of its own. */
export function isDnsSource(s: AnySource): s is DnsSourceDef<unknown, unknown> {
  return 'dns' in s;
}

/** The label of any source: its request, its request template for derived ones, its lookup for DNS ones, its cmdlet or configuration for admin services. */
export function anySourceKey(s: AnySource): string {
  if (isDnsSource(s)) return dnsSourceKey(s);
  if (isServiceSource(s)) return serviceSourceKey(s);
  return isDerived(s)
    ? sourceKey({ version: s.version, path: s.pathTemplate, ...(s.query ? { query: s.query } : {}) })
    : sourceKey(s);
}
