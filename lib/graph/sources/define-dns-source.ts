/**
 * DNS sources: public DNS lookups (SPF, DMARC, DKIM records) made for items of a Graph source, e.g.
 * one TXT lookup per verified mail domain. Graph lists a tenant's domains and the records Microsoft
 * *expects*, never what is published, so these checks ask DNS itself, through an injected resolver
 * (DNS-over-HTTPS in the CLI, the simulator in demo mode and tests). They need no Graph permission:
 * only their parent does.
 */
import type { ParseResult, SourceDef } from './source-def';

export type DnsRecordType = 'TXT' | 'CNAME' | 'MX';

/** One lookup a DNS source makes for an item of its parent. */
export interface DnsQuery {
  /** The item it is about, e.g. a domain id; keys the source's value. */
  readonly key: string;
  /** Fully qualified name without the trailing dot: `_dmarc.contoso.com`. */
  readonly name: string;
  readonly type: DnsRecordType;
}

/** What DNS holds for one name and type: NXDOMAIN and "no record of that type" are answers too. */
export interface DnsRecords {
  /** `NXDOMAIN`: the name doesn't exist; `NOERROR`: it does (with or without records of the type). */
  readonly rcode: 'NOERROR' | 'NXDOMAIN';
  /**
   * The records of the asked type, in the resolver's order: TXT strings joined and unquoted
   * (`v=spf1 … -all`), CNAME targets and MX `preference host`, without trailing dots.
   */
  readonly records: readonly string[];
}

/** A resolver's answer, or why there is none (SERVFAIL, an HTTP error, no network, a malformed reply). */
export type DnsAnswer = ({ readonly ok: true } & DnsRecords) | { readonly ok: false; readonly problem: string };

/**
 * Looks names up. Never rejects for a failed lookup: failures are answers with `ok: false`, so one
 * failed name makes the controls that need it unknown and nothing else.
 */
export interface DnsResolver {
  /** Shown in reasons, e.g. `https://cloudflare-dns.com/dns-query`. */
  readonly url: string;
  resolve(name: string, type: DnsRecordType): Promise<DnsAnswer>;
}

/**
 * A source whose value comes from DNS lookups planned from a Graph source's data. Read in the
 * second wave, after its parent; its value is a record from query key to parsed records. If the
 * parent or any lookup fails, the whole source fails.
 */
export interface DnsSourceDef<P, T> {
  readonly id: string;
  readonly dns: true;
  readonly from: SourceDef<P>;
  /**
   * Never set: DNS needs no Graph permission, only `from` does. Declared so code that lists any
   * source's permission compiles and sees `undefined` here (`isDnsSource` tells the two apart).
   */
  readonly permission?: never;
  /** How the lookups look, for people and evidence: `TXT _dmarc.{domain}`. */
  readonly queryTemplate: string;
  readonly queries: (parent: P) => readonly DnsQuery[];
  /** Narrows one lookup's records, or names what is wrong with them. */
  readonly parse: (records: DnsRecords, query: DnsQuery) => ParseResult<T>;
}

export function defineDnsSource<P, T>(def: Omit<DnsSourceDef<P, T>, 'dns'>): DnsSourceDef<P, T> {
  return Object.freeze({ ...def, dns: true as const });
}

/** The label of a DNS source, shown beside Graph requests: `DNS TXT _dmarc.{domain}`. */
export function dnsSourceKey(s: Pick<DnsSourceDef<unknown, unknown>, 'queryTemplate'>): string {
  return `DNS ${s.queryTemplate}`;
}

/** Records as they came: for sources whose controls read the strings themselves. */
export function asRecords(records: DnsRecords): ParseResult<DnsRecords> {
  return { ok: true, value: records };
}
