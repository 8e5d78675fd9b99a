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

/**
 * A DoH JSON body as an answer for `type`: NOERROR and NXDOMAIN are answers (with the records of
 * that type, possibly none); any other status, or a body that isn't DoH JSON, is a failure.
 */
export function answerFromDohJson(body: unknown, type: DnsRecordType): DnsAnswer {
  if (!isRecord(body)) return notDnsJson('not an object');
  const status = body.Status;
  if (typeof status !== 'number' || !Number.isInteger(status)) return notDnsJson('no Status');
  if (status === RCODE.nameError) return { ok: true, rcode: 'NXDOMAIN', records: [] };
  if (status !== RCODE.noError) return { ok: false, problem: `it answered ${rcodeName(status)}` };

  const answer = body.Answer ?? [];
  if (!Array.isArray(answer)) return notDnsJson('Answer is not a list');
  const records: string[] = [];
  for (const [i, rr] of answer.entries()) {
    if (!isRecord(rr) || typeof rr.type !== 'number' || typeof rr.data !== 'string')
      return notDnsJson(`Answer[${i}] has no type or data`);
    // The answer also carries the CNAMEs that led to the records asked for: keep only the type asked.
    if (rr.type !== DNS_TYPE_CODES[type]) continue;
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
  return { ok: true, rcode: 'NOERROR', records };
}
