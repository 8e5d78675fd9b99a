/**
 * The DNS layer's I/O: a resolver over DNS-over-HTTPS (the JSON API), with fetch and the resolver's
 * URL injected so Node, the extension, the simulator and tests pass their own. Every lookup resolves
 * to an answer; a failed one (no network, HTTP error, SERVFAIL, a body that isn't DoH JSON, a
 * timeout) to `{ ok: false, problem }`, which the engine turns into an unknown verdict naming the
 * name and the resolver. NXDOMAIN and "no record of that type" are answers, not failures.
 */
import type { DnsAnswer, DnsRecordType, DnsResolver } from '../graph/sources/define-dns-source';
import { answerFromDohJson, DNS_JSON } from './doh-json';
import { CLOUDFLARE_DOH_URL } from './resolver-setting';

/**
 * The CLI's default resolver. Every name a scan checks (the tenant's mail domains, their `_dmarc.`
 * and DKIM selector names, and the `_dmarc.` names of parents that may be their organizational
 * domain) is sent to it; `--doh-url` picks another.
 */
export const DEFAULT_DOH_URL = CLOUDFLARE_DOH_URL;

export interface DohClientOptions {
  /** The resolver's DoH JSON endpoint, e.g. `https://cloudflare-dns.com/dns-query` or `https://dns.google/resolve`. */
  readonly url: string;
  readonly fetch: typeof fetch;
  /** Per attempt; default 5000. */
  readonly timeoutMs?: number;
  /** Attempts after a failure that may pass (no network, HTTP 5xx or 429, SERVFAIL, timeout); default 1. */
  readonly retries?: number;
  /** Cancels lookups in flight; they answer as failed. */
  readonly signal?: AbortSignal;
}

export interface DohClient extends DnsResolver {
  /** HTTP calls made, retries included. */
  readonly stats: { readonly httpCalls: number };
}

type Attempt = { answer: DnsAnswer; retryable: boolean };

/** One line, no trailing period: it ends up inside a sentence. */
const phrase = (s: string): string => s.replace(/\s+/g, ' ').trim().replace(/\.+$/, '');

export function createDohClient(opts: DohClientOptions): DohClient {
  if (!URL.canParse(opts.url) || !/^https?:$/.test(new URL(opts.url).protocol))
    throw new Error(`The DNS-over-HTTPS URL must be an http(s) URL, not '${opts.url}'.`);
  const doFetch = opts.fetch;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const retries = opts.retries ?? 1;
  const stats = { httpCalls: 0 };

  const attempt = async (name: string, type: DnsRecordType): Promise<Attempt> => {
    const url = new URL(opts.url);
    url.searchParams.set('name', name);
    url.searchParams.set('type', type);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout.signal]) : timeout.signal;
    stats.httpCalls++;
    try {
      let res: Response;
      try {
        res = await doFetch(url.toString(), { method: 'GET', headers: { accept: DNS_JSON }, signal });
      } catch (err) {
        if (opts.signal?.aborted) return { answer: { ok: false, problem: 'the scan was cancelled' }, retryable: false };
        if (timeout.signal.aborted)
          return { answer: { ok: false, problem: `no answer within ${timeoutMs / 1000} s` }, retryable: true };
        const why = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
        return {
          answer: { ok: false, problem: `the resolver could not be reached (${phrase(why)})` },
          retryable: true,
        };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        return {
          answer: { ok: false, problem: `it answered HTTP ${res.status}` },
          retryable: res.status >= 500 || res.status === 429,
        };
      }
      let body: unknown;
      try {
        body = JSON.parse(await res.text());
      } catch {
        return { answer: { ok: false, problem: 'its answer was not DNS JSON (not JSON at all)' }, retryable: false };
      }
      const answer = answerFromDohJson(body, type, name);
      return { answer, retryable: !answer.ok && answer.problem === 'it answered SERVFAIL' };
    } catch (err) {
      // Reading the body failed (connection dropped, timeout mid-body).
      const why = timeout.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : phrase(String(err));
      return { answer: { ok: false, problem: why }, retryable: true };
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    url: opts.url,
    stats,
    async resolve(name, type) {
      let last = await attempt(name, type);
      for (let i = 0; i < retries && !last.answer.ok && last.retryable; i++) last = await attempt(name, type);
      return last.answer;
    },
  };
}
