import { describe, expect, test } from 'vitest';
import { createDohClient, DEFAULT_DOH_URL } from './doh-client';

interface Call {
  url: string;
  accept: string | null;
}

/** A fetch answering from a list, one response per call, recording what was asked. */
function fakeFetch(...answers: Array<Response | Error | 'hang'>) {
  const calls: Call[] = [];
  const f = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    calls.push({ url: req.url, accept: req.headers.get('accept') });
    const next = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (next === 'hang')
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next.clone());
  };
  return { fetch: f, calls };
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/dns-json' } });
const txt = (...data: string[]) =>
  json({ Status: 0, Answer: data.map((d) => ({ name: 'contoso.com.', type: 16, TTL: 60, data: d })) });

describe('createDohClient', () => {
  test('GETs <url>?name=&type= asking for application/dns-json, and reads the TXT records', async () => {
    const f = fakeFetch(txt('"v=spf1 include:spf.protection.outlook.com" " -all"'));
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch });
    expect(await dns.resolve('contoso.com', 'TXT')).toEqual({
      ok: true,
      rcode: 'NOERROR',
      records: ['v=spf1 include:spf.protection.outlook.com -all'],
    });
    expect(f.calls).toEqual([
      { url: 'https://cloudflare-dns.com/dns-query?name=contoso.com&type=TXT', accept: 'application/dns-json' },
    ]);
    expect(dns.url).toBe(DEFAULT_DOH_URL);
  });

  test("keeps the resolver URL's own query (Google's /resolve)", async () => {
    const f = fakeFetch(json({ Status: 3 }));
    const dns = createDohClient({ url: 'https://dns.google/resolve?cd=false', fetch: f.fetch });
    expect(await dns.resolve('_dmarc.contoso.com', 'TXT')).toEqual({ ok: true, rcode: 'NXDOMAIN', records: [] });
    expect(f.calls[0]!.url).toBe('https://dns.google/resolve?cd=false&name=_dmarc.contoso.com&type=TXT');
  });

  test('SERVFAIL is retried once, then a failure', async () => {
    const f = fakeFetch(json({ Status: 2 }));
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch });
    expect(await dns.resolve('contoso.com', 'TXT')).toEqual({ ok: false, problem: 'it answered SERVFAIL' });
    expect(f.calls).toHaveLength(2);
    expect(dns.stats.httpCalls).toBe(2);
  });

  test('a passing failure that passes on the retry is an answer', async () => {
    const f = fakeFetch(new Response('busy', { status: 503 }), txt('"v=spf1 -all"'));
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch });
    expect(await dns.resolve('contoso.com', 'TXT')).toMatchObject({ ok: true, records: ['v=spf1 -all'] });
  });

  test('HTTP 400 is not retried', async () => {
    const f = fakeFetch(new Response('bad', { status: 400 }));
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch });
    expect(await dns.resolve('contoso.com', 'TXT')).toEqual({ ok: false, problem: 'it answered HTTP 400' });
    expect(f.calls).toHaveLength(1);
  });

  test('no network: the resolver could not be reached, with the cause', async () => {
    const f = fakeFetch(
      new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND cloudflare-dns.com') }),
    );
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch, retries: 0 });
    expect(await dns.resolve('contoso.com', 'TXT')).toEqual({
      ok: false,
      problem: 'the resolver could not be reached (getaddrinfo ENOTFOUND cloudflare-dns.com)',
    });
  });

  test('no answer in time', async () => {
    const f = fakeFetch('hang');
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch, timeoutMs: 20, retries: 0 });
    expect(await dns.resolve('contoso.com', 'TXT')).toEqual({ ok: false, problem: 'no answer within 0.02 s' });
  });

  test('a cancelled scan cancels lookups in flight', async () => {
    const f = fakeFetch('hang');
    const abort = new AbortController();
    const dns = createDohClient({ url: DEFAULT_DOH_URL, fetch: f.fetch, signal: abort.signal });
    const answer = dns.resolve('contoso.com', 'TXT');
    abort.abort();
    expect(await answer).toEqual({ ok: false, problem: 'the scan was cancelled' });
    expect(f.calls).toHaveLength(1);
  });

  test('a body that is not JSON, or not DoH JSON', async () => {
    const html = createDohClient({ url: DEFAULT_DOH_URL, fetch: fakeFetch(new Response('<html>')).fetch });
    expect(await html.resolve('contoso.com', 'TXT')).toEqual({
      ok: false,
      problem: 'its answer was not DNS JSON (not JSON at all)',
    });
    const odd = createDohClient({ url: DEFAULT_DOH_URL, fetch: fakeFetch(json({ answer: [] })).fetch });
    expect(await odd.resolve('contoso.com', 'TXT')).toEqual({
      ok: false,
      problem: 'its answer was not DNS JSON (no Status)',
    });
  });

  test.each(['not a url', 'ftp://dns.example/dns-query'])('refuses the resolver URL %j', (url) => {
    expect(() => createDohClient({ url, fetch: fakeFetch().fetch })).toThrow(/http\(s\) URL/);
  });
});
