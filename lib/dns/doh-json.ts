/**
 * The DNS-over-HTTPS JSON format that Cloudflare (`https://cloudflare-dns.com/dns-query`) and Google
 * (`https://dns.google/resolve`) serve for `GET ?name=&type=` with `Accept: application/dns-json`:
 * `{ "Status": 0, "Answer": [{ "name", "type", "TTL", "data" }] }`. Pure: read by the DoH client,
 * written by the simulator, so both agree on one format.
 * https://developers.cloudflare.com/1.1.1.1/encryption/dns-over-https/make-api-requests/dns-json/
 * https://developers.google.com/speed/public-dns/docs/doh/json
 */
import type { DnsAnswer, DnsRecordType } from '../graph/sources/define-dns-source';

export const DNS_JSON = 'application/dns-json';

/** RR type codes (RFC 1035, RFC 1034). */
export const DNS_TYPE_CODES: Readonly<Record<DnsRecordType, number>> = { CNAME: 5, MX: 15, TXT: 16 };

/** RCODE names (RFC 1035 §4.1.1, RFC 2136 §2.2). */
const RCODES: readonly string[] = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];
export const RCODE = { noError: 0, serverFailure: 2, nameError: 3, refused: 5 } as const;

export const rcodeName = (status: number): string => RCODES[status] ?? `RCODE ${status}`;

export interface DohJsonRecord {
  name: string;
  type: number;
  TTL: number;
  data: string;
}

export interface DohJson {
  Status: number;
  TC: boolean;
  RD: boolean;
  RA: boolean;
  AD: boolean;
  CD: boolean;
  Question: Array<{ name: string; type: number }>;
  Answer?: DohJsonRecord[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const notDnsJson = (what: string): DnsAnswer => ({ ok: false, problem: `its answer was not DNS JSON (${what})` });
const withoutDot = (s: string): string => s.replace(/\.$/, '');

/**
 * One TXT record's `data` as text. Cloudflare sends the zone-file form, one or more quoted
 * character-strings (`"v=spf1 … " "-all"`, split at 255 bytes), which RFC 7208 §3.3 and RFC 7489
 * §6.4 say to join without spaces; Google sends the text unquoted. Null when the quoting is broken.
 */
export function txtText(data: string): string | null {
  const s = data.trim();
  if (!s.startsWith('"')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '"') return null;
    i++;
    let closed = false;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"') {
        closed = true;
        i++;
        break;
      }
      if (c === '\\') {
        const digits = /^\d{3}/.exec(s.slice(i + 1));
        if (digits) {
          out += String.fromCharCode(Number(digits[0]));
          i += 4;
        } else if (i + 1 < s.length) {
          out += s[i + 1];
          i += 2;
        } else return null;
        continue;
      }
      out += c;
      i++;
    }
    if (!closed) return null;
    while (i < s.length && /\s/.test(s[i]!)) i++;
  }
  return out;
}

/** TXT text in Cloudflare's form: quoted character-strings of at most 255 characters. */
export function txtData(text: string): string {
  const chunks: string[] = [];
  for (let i = 0; i === 0 || i < text.length; i += 255) chunks.push(text.slice(i, i + 255));
  return chunks.map((c) => `"${c.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(' ');
}

const TYPE_NAMES = new Map(Object.entries(DNS_TYPE_CODES).map(([t, c]) => [c, t]));
const typeName = (code: number): string => TYPE_NAMES.get(code) ?? String(code);
const normalName = (s: string): string => s.trim().toLowerCase().replace(/\.$/, '');
/** Links a CNAME chain may have before we call it a loop; resolvers stop at about as many. */
const MAX_CHAIN = 8;

interface Rr {
  readonly name: string;
  readonly type: number;
  readonly data: string;
}

/**
 * The owner names whose records answer a lookup of `name`: `name` itself, and for any type but CNAME
 * the CNAME chain the resolver followed from it (RFC 1034 §3.6.2, §4.3.2). A problem when the chain
 * is ambiguous (two CNAMEs at one name) or loops.
 */
function chainFrom(name: string, type: DnsRecordType, rrs: readonly Rr[]): string[] | { problem: string } {
  const cnames = new Map<string, string[]>();
  for (const rr of rrs)
    if (rr.type === DNS_TYPE_CODES.CNAME) cnames.set(rr.name, [...(cnames.get(rr.name) ?? []), rr.data]);
  for (const [owner, targets] of cnames)
    if (targets.length > 1)
      return {
        problem: `it answered with ${targets.length} CNAMEs at ${owner}, where DNS allows one (RFC 1034 §3.6.2)`,
      };
  const chain = [name];
  if (type === 'CNAME') return chain;
  let next = cnames.get(name)?.[0];
  while (next !== undefined) {
    const target = normalName(next);
    if (chain.includes(target) || chain.length > MAX_CHAIN)
      return { problem: `its CNAME chain from ${name} loops or is longer than ${MAX_CHAIN} links` };
    chain.push(target);
    next = cnames.get(target)?.[0];
  }
  return chain;
}

/**
 * A DoH JSON body as the answer to `type name`: NOERROR and NXDOMAIN are answers (with the records of
 * that type at `name`, or at the end of the CNAME chain from it; possibly none). Any other status, a
 * truncated answer, an answer to another question or holding records for names off the chain, or a
 * body that isn't DoH JSON, is a failure naming the problem: the records could be incomplete or about
 * another name, so nothing may be concluded from them.
 */
export function answerFromDohJson(body: unknown, type: DnsRecordType, name: string): DnsAnswer {
  if (!isRecord(body)) return notDnsJson('not an object');
  const status = body.Status;
  if (typeof status !== 'number' || !Number.isInteger(status)) return notDnsJson('no Status');
  if (body.TC !== undefined && typeof body.TC !== 'boolean') return notDnsJson('TC is not true or false');
  // TC: the resolver's answer didn't fit and was cut (RFC 1035 §4.1.1); what is missing is unknown.
  if (body.TC === true)
    return { ok: false, problem: 'its answer was truncated (TC flag set), so records may be missing' };
  const asked = normalName(name);
  const question = body.Question ?? [];
  if (!Array.isArray(question)) return notDnsJson('Question is not a list');
  for (const [i, q] of question.entries()) {
    if (!isRecord(q) || typeof q.name !== 'string' || typeof q.type !== 'number')
      return notDnsJson(`Question[${i}] has no name or type`);
    if (normalName(q.name) !== asked || q.type !== DNS_TYPE_CODES[type])
      return {
        ok: false,
        problem: `it answered a question about ${typeName(q.type)} ${normalName(q.name)}, not ${type} ${asked}`,
      };
  }
  if (status !== RCODE.noError && status !== RCODE.nameError)
    return { ok: false, problem: `it answered ${rcodeName(status)}` };

  const answer = body.Answer ?? [];
  if (!Array.isArray(answer)) return notDnsJson('Answer is not a list');
  const rrs: Rr[] = [];
  for (const [i, rr] of answer.entries()) {
    if (!isRecord(rr) || typeof rr.name !== 'string' || typeof rr.type !== 'number' || typeof rr.data !== 'string')
      return notDnsJson(`Answer[${i}] has no name, type or data`);
    rrs.push({ name: normalName(rr.name), type: rr.type, data: rr.data });
  }
  const chain = chainFrom(asked, type, rrs);
  if (!Array.isArray(chain)) return { ok: false, ...chain };
  const end = chain[chain.length - 1]!;
  const records: string[] = [];
  for (const [i, rr] of rrs.entries()) {
    if (!chain.includes(rr.name))
      return {
        ok: false,
        problem: `it answered with a record for ${rr.name}, which is not ${asked} nor a CNAME target of it`,
      };
    // Only the type asked counts: the chain's CNAMEs and any signatures beside them are not records of it.
    if (rr.type !== DNS_TYPE_CODES[type]) continue;
    if (rr.name !== end)
      return { ok: false, problem: `it answered with both a CNAME and other records at ${rr.name} (RFC 1034 §3.6.2)` };
    switch (type) {
      case 'TXT': {
        const text = txtText(rr.data);
        if (text === null) return notDnsJson(`Answer[${i}] is a TXT record with broken quoting`);
        records.push(text);
        break;
      }
      case 'CNAME':
        records.push(withoutDot(rr.data.trim()));
        break;
      case 'MX':
        records.push(withoutDot(rr.data.trim().replace(/\s+/g, ' ')));
        break;
    }
  }
  // NXDOMAIN with a chain: the chain's end doesn't exist, so there are no records either way.
  return status === RCODE.nameError
    ? { ok: true, rcode: 'NXDOMAIN', records: [] }
    : { ok: true, rcode: 'NOERROR', records };
}
